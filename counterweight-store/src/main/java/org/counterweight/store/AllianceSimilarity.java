package org.counterweight.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.counterweight.core.similarity.SimilarityMatrix;
import org.counterweight.store.PortfolioQueries.YearPortfolios;
import org.duckdb.DuckDBAppender;

/**
 * Alliance-portfolio similarity of every pair of system members, year by year, over ATOP
 * obligations (Bueno de Mesquita's 0-3 scale, see {@link PortfolioQueries}), with capability
 * weights from NMC CINC for the weighted measures. States without a CINC figure in a year carry
 * weight 0 in the weighted measures of that year (NMC has a figure for every system member, so this
 * is rare; {@link YearMatrix#unweightedItems()} counts them).
 */
public final class AllianceSimilarity {
    /** Columns added to dyad frames, and the measure each holds. */
    public static final List<String[]> COLUMNS = List.of(new String[] {"s_unweighted", "s-absolute"},
            new String[] {"s_weighted", "s-absolute-weighted"}, new String[] {"s_squared", "s-squared"},
            new String[] {"tau_b", "tau-b"}, new String[] {"kappa", "kappa-absolute"},
            new String[] {"pi", "pi-absolute"});

    private final StoreSession session;

    public AllianceSimilarity(StoreSession session) {
        this.session = session;
    }

    /** One year's states and all-pairs matrices. */
    public record YearMatrix(int year, int[] states, SimilarityMatrix matrix, int unweightedItems) {
    }

    /**
     * The portfolios of every year in [from, to] with their CINC weights (0 for a state without a
     * figure; {@code unweighted} counts them per year).
     */
    public record Portfolios(List<YearPortfolios> years, List<double[]> weights, List<Integer> unweighted) {
    }

    /** Reads the portfolios and weights of [from, to] (NMC version {@code nmcVersion} for the weights). */
    public Portfolios load(int from, int to, String nmcVersion) {
        PortfolioQueries portfolios = new PortfolioQueries(session);
        List<YearPortfolios> years = portfolios.alliances(from, to);
        List<double[]> weights = new ArrayList<>();
        List<Integer> unweighted = new ArrayList<>();
        for (YearPortfolios year : years) {
            double[] w = portfolios.cinc(nmcVersion, year.year(), year.states());
            int missing = 0;
            for (int i = 0; i < w.length; i++) {
                if (Double.isNaN(w[i])) {
                    w[i] = 0;
                    missing++;
                }
            }
            weights.add(w);
            unweighted.add(missing);
        }
        return new Portfolios(years, weights, unweighted);
    }

    /** Every year's all-pairs matrices, on {@code threads} threads (one task per year), in year order. */
    public static List<SimilarityMatrix> matrices(Portfolios portfolios, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<SimilarityMatrix>> futures = new ArrayList<>();
            for (int i = 0; i < portfolios.years().size(); i++) {
                int[][] codes = portfolios.years().get(i).codes();
                double[] w = portfolios.weights().get(i);
                futures.add(pool.submit(() -> SimilarityMatrix.allPairs(codes, w, 4)));
            }
            List<SimilarityMatrix> result = new ArrayList<>();
            for (Future<SimilarityMatrix> future : futures) {
                result.add(future.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("similarity computation interrupted", e);
        } catch (ExecutionException e) {
            throw new StoreException("similarity computation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Computes every year in [from, to] on {@code threads} threads (one task per year).
     *
     * @param nmcVersion NMC version for the capability weights
     */
    public List<YearMatrix> compute(int from, int to, String nmcVersion, int threads) {
        Portfolios portfolios = load(from, to, nmcVersion);
        List<SimilarityMatrix> matrices = matrices(portfolios, threads);
        List<YearMatrix> result = new ArrayList<>();
        for (int i = 0; i < matrices.size(); i++) {
            YearPortfolios year = portfolios.years().get(i);
            result.add(new YearMatrix(year.year(), year.states(), matrices.get(i), portfolios.unweighted().get(i)));
        }
        return result;
    }

    /**
     * Computes [from, to] and stages it as the temporary table {@code dyad_similarity}
     * (ccode1 &lt; ccode2, year, one column per {@link #COLUMNS}) for dyad frames to join.
     */
    void materialise(int from, int to, String nmcVersion) {
        List<YearMatrix> years = compute(from, to, nmcVersion, Runtime.getRuntime().availableProcessors());
        try (Statement statement = session.connection().createStatement()) {
            StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TEMP TABLE dyad_similarity (ccode1 INTEGER,"
                    + " ccode2 INTEGER, year INTEGER");
            COLUMNS.forEach(c -> ddl.append(", ").append(c[0]).append(" DOUBLE"));
            statement.execute(ddl.append(')').toString());
        } catch (SQLException e) {
            throw new StoreException("cannot create the similarity table: " + e.getMessage(), e);
        }
        try (DuckDBAppender appender = session.connection().createAppender("temp", "main", "dyad_similarity")) {
            for (YearMatrix year : years) {
                int[] measures = new int[COLUMNS.size()];
                for (int m = 0; m < measures.length; m++) {
                    measures[m] = year.matrix().measures().indexOf(COLUMNS.get(m)[1]);
                }
                int[] states = year.states();
                for (int i = 0; i < states.length; i++) {
                    for (int j = i + 1; j < states.length; j++) {
                        appender.beginRow();
                        appender.append(Math.min(states[i], states[j]));
                        appender.append(Math.max(states[i], states[j]));
                        appender.append(year.year());
                        for (int measure : measures) {
                            double value = year.matrix().get(measure, i, j);
                            if (Double.isNaN(value)) {
                                appender.appendNull();
                            } else {
                                appender.append(value);
                            }
                        }
                        appender.endRow();
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot stage similarity values: " + e.getMessage(), e);
        }
    }
}
