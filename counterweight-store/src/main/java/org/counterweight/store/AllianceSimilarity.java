package org.counterweight.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.counterweight.core.model.ObligationEnd;
import org.counterweight.core.similarity.SimilarityMatrix;
import org.counterweight.store.PortfolioQueries.YearPortfolios;
import org.duckdb.DuckDBAppender;

/**
 * Alliance-portfolio similarity of every pair of system members, year by year, over ATOP
 * obligations (Bueno de Mesquita's 0-3 scale, see {@link PortfolioQueries}), with capability
 * weights from NMC CINC for the weighted measures. States without a CINC figure in a year carry
 * weight 0 in the weighted measures of that year (NMC has a figure for every system member, so this
 * is rare; {@link YearMatrix#unweightedItems()} counts them).
 *
 * <p>Years after ATOP's last are computed only when asked to carry: from the commitments of ATOP's
 * last year among the year's members (save those a recorded {@link ObligationEnd} has ended), and,
 * after NMC's last year, NMC's last CINC as weights; each such year says what it was carried from, and
 * each dyad of a state whose carried commitments ended says that too. Without carrying there is no value for them: similarity is
 * never computed from portfolios that are empty because the data have ended.
 */
public final class AllianceSimilarity {
    /** Columns added to dyad frames, and the measure each holds. */
    public static final List<String[]> COLUMNS = List.of(new String[] {"s_unweighted", "s-absolute"},
            new String[] {"s_weighted", "s-absolute-weighted"}, new String[] {"s_squared", "s-squared"},
            new String[] {"tau_b", "tau-b"}, new String[] {"kappa", "kappa-absolute"},
            new String[] {"pi", "pi-absolute"});
    /**
     * Columns added to dyad frames: {@link #COLUMNS} and the squared-distance kappa and pi that Häge's
     * FPSIM v2 reports for valued alliance data ({@code kappava}, {@code piva}; Häge 2011, Political
     * Analysis 19(3)).
     */
    public static final List<String[]> FRAME_COLUMNS = Stream.concat(COLUMNS.stream(), Stream.of(
            new String[] {"kappa_squared", "kappa-squared"}, new String[] {"pi_squared", "pi-squared"})).toList();

    private final StoreSession session;

    public AllianceSimilarity(StoreSession session) {
        this.session = session;
    }

    /**
     * One year's states and all-pairs matrices.
     *
     * @param atopFrom    the ATOP year the portfolios are, when carried; null when they are the year's own
     * @param weightsFrom the NMC year the weights are, when carried; null when they are the year's own
     * @param ended       the recorded ends that dropped states' carried commitments from the year's portfolios
     */
    public record YearMatrix(int year, int[] states, SimilarityMatrix matrix, int unweightedItems, Integer atopFrom,
            Integer weightsFrom, List<ObligationEnd> ended) {
        public YearMatrix {
            ended = List.copyOf(ended);
        }

        /** Whether anything in the year was carried past a dataset's end. */
        public boolean carried() {
            return atopFrom != null || weightsFrom != null;
        }

        /** The year's basis: observed, carried-forward-from-Y (ATOP), or weights-carried-from-Y (NMC only). */
        public String basis() {
            return atopFrom != null ? ObligationEnd.carriedLabel(atopFrom) : weightsFrom != null
                    ? "weights-carried-from-" + weightsFrom : "observed";
        }

        /**
         * The basis of one dyad's values: the year's, or carried-forward-from-Y-ended-E when a recorded
         * end (in year E) dropped either state's carried commitments from the portfolios.
         */
        public String basis(int ccodeA, int ccodeB) {
            return atopFrom == null ? basis() : ended.stream().filter(e -> e.cowCode() == ccodeA
                    || e.cowCode() == ccodeB).findFirst().map(e -> e.carriedBasis(atopFrom)).orElse(basis());
        }
    }

    /**
     * The portfolios of every year in [from, to] with their CINC weights (0 for a state without a
     * figure; {@code unweighted} counts them per year), and the NMC year each year's weights are from.
     */
    public record Portfolios(List<YearPortfolios> years, List<double[]> weights, List<Integer> unweighted,
            List<Integer> weightYears) {
    }

    /**
     * Reads the portfolios and weights of [from, to] (NMC version {@code nmcVersion} for the weights),
     * carrying ATOP's and NMC's last years past their ends when {@code carry}.
     */
    public Portfolios load(int from, int to, String nmcVersion, boolean carry) {
        PortfolioQueries portfolios = new PortfolioQueries(session);
        List<YearPortfolios> years = portfolios.alliances(from, to, carry);
        Integer nmcLast = portfolios.nmcLastYear(nmcVersion);
        List<double[]> weights = new ArrayList<>();
        List<Integer> unweighted = new ArrayList<>();
        List<Integer> weightYears = new ArrayList<>();
        for (YearPortfolios year : years) {
            int weightYear = nmcLast == null ? year.year() : Math.min(year.year(), nmcLast);
            weightYears.add(weightYear);
            double[] w = portfolios.cinc(nmcVersion, weightYear, year.states());
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
        return new Portfolios(years, weights, unweighted, weightYears);
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
     * @param carry      whether years past ATOP's (and NMC's) last are computed from the last year's data
     */
    public List<YearMatrix> compute(int from, int to, String nmcVersion, boolean carry, int threads) {
        Portfolios portfolios = load(from, to, nmcVersion, carry);
        List<SimilarityMatrix> matrices = matrices(portfolios, threads);
        List<YearMatrix> result = new ArrayList<>();
        for (int i = 0; i < matrices.size(); i++) {
            YearPortfolios year = portfolios.years().get(i);
            int weightYear = portfolios.weightYears().get(i);
            result.add(new YearMatrix(year.year(), year.states(), matrices.get(i), portfolios.unweighted().get(i),
                    year.carriedFrom(), weightYear == year.year() ? null : weightYear, year.ended()));
        }
        return result;
    }

    /**
     * Computes [from, to] and stages it as the temporary table {@code dyad_similarity}
     * (ccode1 &lt; ccode2, year, one column per {@link #FRAME_COLUMNS}, similarity_basis) for dyad frames to join.
     */
    void materialise(int from, int to, String nmcVersion, boolean carry) {
        List<YearMatrix> years = compute(from, to, nmcVersion, carry, Runtime.getRuntime().availableProcessors());
        try (Statement statement = session.connection().createStatement()) {
            StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TEMP TABLE dyad_similarity (ccode1 INTEGER,"
                    + " ccode2 INTEGER, year INTEGER");
            FRAME_COLUMNS.forEach(c -> ddl.append(", ").append(c[0]).append(" DOUBLE"));
            statement.execute(ddl.append(", similarity_basis VARCHAR)").toString());
        } catch (SQLException e) {
            throw new StoreException("cannot create the similarity table: " + e.getMessage(), e);
        }
        try (DuckDBAppender appender = session.connection().createAppender("temp", "main", "dyad_similarity")) {
            for (YearMatrix year : years) {
                int[] measures = new int[FRAME_COLUMNS.size()];
                for (int m = 0; m < measures.length; m++) {
                    measures[m] = year.matrix().measures().indexOf(FRAME_COLUMNS.get(m)[1]);
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
                        appender.append(year.basis(states[i], states[j]));
                        appender.endRow();
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot stage similarity values: " + e.getMessage(), e);
        }
    }
}
