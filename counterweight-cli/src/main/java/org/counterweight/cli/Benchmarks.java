package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.counterweight.app.CaseId;
import org.counterweight.app.ingest.IngestService;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.landscape.ExhaustiveAlignmentSearch;
import org.counterweight.core.landscape.Landscape;
import org.counterweight.core.landscape.LandscapeAnalysis;
import org.counterweight.core.similarity.SimilarityMatrix;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.SentenceSplitter;
import org.counterweight.io.csv.CsvReader;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.store.PortfolioQueries;
import org.counterweight.store.PortfolioQueries.YearPortfolios;

/** The analytics benchmarks behind {@code bench}: median of several runs after a warm-up. */
final class Benchmarks {
    private Benchmarks() {
    }

    static double[] time(int runs, Runnable task) {
        task.run();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds;
    }

    static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static ResultTable table(String title, String item, long count, double[] seconds) {
        ResultTable table = new ResultTable(title + " (" + seconds.length + " runs after a warm-up)", "work", "count",
                "median_s", "min_s", "max_s");
        table.add(item, count, millis(median(seconds)), millis(seconds[0]), millis(seconds[seconds.length - 1]));
        table.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores; peak resident memory "
                + BenchCommand.peakResidentMegabytes() + " MB");
        return table;
    }

    /** The two bundled articles of the south-asia case, the texts {@code bench ingest} reads. */
    private static final List<String> ARTICLES = List.of("gillani-2021-indo-us-strategic-partnership.txt",
            "us-india-strategic-convergence-2022.txt");

    /**
     * Article extraction on one thread: {@code passes} passes over the bundled articles per run, in
     * sentences per second, with sentence splitting alone as the reference.
     */
    static ResultTable ingest(Workbench workbench, int runs) {
        List<String> texts = new ArrayList<>();
        for (String name : ARTICLES) {
            String text = BundledCases.file("south-asia", "articles/" + name).orElseThrow();
            texts.add(ArticleReader.clean(text, ArticleReader.Format.TEXT).text());
        }
        ArticleExtractor extractor = new IngestService(workbench.app()).extractor(CaseId.SOUTH_ASIA);
        int passes = 200;
        AtomicLong sentences = new AtomicLong();
        double[] split = time(runs, () -> {
            for (int p = 0; p < passes; p++) {
                texts.forEach(SentenceSplitter::split);
            }
        });
        double[] extract = time(runs, () -> {
            long n = 0;
            for (int p = 0; p < passes; p++) {
                for (String t : texts) {
                    n += extractor.extract(t, null, null).sentences().size();
                }
            }
            sentences.set(n);
        });
        ResultTable table = new ResultTable("Article extraction on one thread: " + passes + " passes over the 2 bundled"
                + " articles (" + runs + " runs after a warm-up)", "work", "sentences", "median_s", "min_s", "max_s",
                "sentences_per_s");
        table.add("sentence splitting only (reference)", sentences.get(), millis(median(split)), millis(split[0]),
                millis(split[split.length - 1]), Math.round(sentences.get() / median(split)));
        table.add("full extraction (actors, agreements, dates, amounts, relations, events, stance)", sentences.get(),
                millis(median(extract)), millis(extract[0]), millis(extract[extract.length - 1]),
                Math.round(sentences.get() / median(extract)));
        table.note(String.format(Locale.ROOT, "ratio extraction/splitting: %.1f; anchors: PETRARCH about 150"
                + " sentences/s, TABARI 1,000-2,000", median(extract) / median(split)));
        table.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores; peak resident memory "
                + BenchCommand.peakResidentMegabytes() + " MB");
        return table;
    }

    static ResultTable similarity(Workbench workbench, int runs) {
        PortfolioQueries queries = new PortfolioQueries(workbench.session());
        long loadStart = System.nanoTime();
        List<YearPortfolios> years = queries.alliances(1816, 2018);
        String nmc = workbench.datasets().nmcVersions().get(0).version();
        List<double[]> weights = new ArrayList<>();
        for (YearPortfolios year : years) {
            double[] w = queries.cinc(nmc, year.year(), year.states());
            for (int i = 0; i < w.length; i++) {
                w[i] = Double.isNaN(w[i]) ? 0 : w[i];
            }
            weights.add(w);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long dyads = years.stream().mapToLong(y -> (long) y.states().length * (y.states().length - 1) / 2).sum();
        int measures = SimilarityMatrix.standardMeasures(4, true).size();
        int threads = Runtime.getRuntime().availableProcessors();
        double[] seconds = time(runs, () -> {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<SimilarityMatrix>> futures = new ArrayList<>();
                for (int i = 0; i < years.size(); i++) {
                    int[][] codes = years.get(i).codes();
                    double[] w = weights.get(i);
                    futures.add(pool.submit(() -> SimilarityMatrix.allPairs(codes, w, 4)));
                }
                for (var future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        });
        ResultTable table = table("Every similarity measure (" + measures + ") for every ATOP dyad-year 1816-2018, "
                + threads + " threads", "dyad-years", dyads, seconds);
        table.note("loading the portfolios and CINC weights from the store (not timed above): " + millis(loadSeconds)
                + " s");
        return table;
    }

    static ResultTable balance(int runs) {
        String resource = BundledDatasets.get("doreian-mrvar-2015-cow-signed").orElseThrow().resource();
        Map<String, SignedNetwork.Builder> networks = new LinkedHashMap<>();
        try (Reader reader = BundledDatasets.open(resource)) {
            CsvReader.comma(resource).read(reader, List.of("window", "a", "b", "sign"), row -> networks
                    .computeIfAbsent(row.required("window"), w -> SignedNetwork.builder())
                    .addEdge(row.required("a"), row.required("b"), row.integer("sign")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        List<SignedNetwork> built = new ArrayList<>();
        networks.values().forEach(b -> built.add(b.build()));
        AtomicLong total = new AtomicLong();
        double[] seconds = time(runs, () -> {
            long sum = 0;
            for (SignedNetwork network : built) {
                FrustrationIndex.Result result = FrustrationIndex.compute(network);
                if (!result.isOptimal()) {
                    throw new IllegalStateException("not solved to optimality");
                }
                sum += Math.round(result.frustration());
            }
            total.set(sum);
        });
        ResultTable table = table("Exact frustration index of the 51 COW signed networks 1946-1999", "networks",
                built.size(), seconds);
        table.note("all solved to proven optimality; sum of the 51 indices: " + total.get());
        return table;
    }

    static ResultTable landscape(int runs) {
        int n = 25;
        SplittableRandom random = new SplittableRandom(25);
        List<String> actors = new ArrayList<>();
        double[] sizes = new double[n];
        double[][] propensities = new double[n][n];
        for (int i = 0; i < n; i++) {
            actors.add("A" + i);
            sizes[i] = 1 + random.nextDouble(9);
            for (int j = 0; j < i; j++) {
                propensities[i][j] = random.nextDouble(-2, 2);
                propensities[j][i] = propensities[i][j];
            }
        }
        Landscape landscape = Landscape.of(actors, sizes, propensities);
        AtomicLong minima = new AtomicLong();
        double[] seconds = time(runs, () -> {
            LandscapeAnalysis analysis = new ExhaustiveAlignmentSearch().search(landscape);
            minima.set(analysis.minima().size());
        });
        ResultTable table = table("Exact landscape minima and basins, 25 actors (seeded random propensities in [-2, 2])",
                "configurations", 1L << (n - 1), seconds);
        table.note(minima.get() + " local minima");
        return table;
    }

    static ResultTable ensemble(Workbench workbench, int repetitions) {
        org.counterweight.core.scenario.ScenarioSpec spec = org.counterweight.io.scenario.ScenarioFileReader
                .bundled("baseline").withRuns(10_000, 1);
        long start = System.nanoTime();
        org.counterweight.app.scenario.ScenarioInputs inputs = new org.counterweight.app.scenario.ScenarioService(
                workbench.app()).prepare(spec);
        double setup = (System.nanoTime() - start) / 1e9;
        org.counterweight.core.scenario.ScenarioSimulation simulation = new org.counterweight.core.scenario
                .ScenarioSimulation(spec, inputs.actors(), inputs::alignment, true);
        int threads = Runtime.getRuntime().availableProcessors();
        org.counterweight.core.ensemble.EnsembleRunner runner = new org.counterweight.core.ensemble.EnsembleRunner(threads);
        double[] seconds = time(repetitions, () -> org.counterweight.core.ensemble.QuantileBands.of(
                runner.run(simulation, spec.runs(), spec.seed())));
        ResultTable table = table("10,000 runs x " + spec.horizonYears() + " years of the baseline, " + inputs.actors()
                .size() + " actors, " + threads + " threads, with quantile bands", "runs", spec.runs(), seconds);
        table.note("calibration and alignment path before the runs (not timed above): " + millis(setup) + " s");
        return table;
    }
}
