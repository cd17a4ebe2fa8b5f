package org.counterweight.app.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.ingest.IngestService;
import org.counterweight.app.scenario.ScenarioInputs;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.bargaining.BargainingActor;
import org.counterweight.core.bargaining.BargainingForecast;
import org.counterweight.core.bargaining.ExpectedUtilityModel;
import org.counterweight.core.bargaining.IssueScale;
import org.counterweight.core.bargaining.UncertainActor;
import org.counterweight.core.bargaining.Variant;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.landscape.ExhaustiveAlignmentSearch;
import org.counterweight.core.landscape.Landscape;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.scenario.Range;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.similarity.SimilarityMatrix;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.SentenceSplitter;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.io.csv.CsvReader;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventFile;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.store.AllianceSimilarity;
import org.counterweight.store.ColumnNames;
import org.counterweight.store.DyadFrames.Addition;
import org.counterweight.store.DyadFrames;
import org.counterweight.store.events.EventStore;
import org.counterweight.store.events.FileImport;

/**
 * The benchmarks of docs/benchmarks.md: each times its work on the bundled data after one warm-up,
 * with a reference run in the same process where one makes sense (the bare dyad frame, sentence
 * splitting), since shared machines are noisy. Never a unit test.
 */
public final class BenchmarkService {
    /** The bundled articles of the case, the texts the ingestion benchmark reads. */
    private static final List<String> ARTICLES = List.of("gillani-2021-indo-us-strategic-partnership.txt",
            "us-india-strategic-convergence-2022.txt");
    /** Passes over the articles per timed run of the ingestion benchmark. */
    private static final int INGEST_PASSES = 200;
    /** Actors of the landscape benchmark. */
    private static final int LANDSCAPE_ACTORS = 25;
    /** Actors and rounds of the large bargaining benchmark. */
    private static final int BARGAIN_ACTORS = 100;
    private static final int BARGAIN_ROUNDS = 100;
    /** The European Community example (Bueno de Mesquita &amp; Stokman 1994; Scholz et al. 2011, Table 1). */
    private static final String[][] EC_EXAMPLE = {{"Netherlands", "0.08", "4", "0.8"}, {"Belgium", "0.08", "7", "0.4"},
        {"Luxembourg", "0.03", "4", "0.2"}, {"Germany", "0.16", "4", "0.8"}, {"France", "0.16", "10", "0.6"},
        {"Italy", "0.16", "10", "0.6"}, {"UK", "0.16", "10", "0.9"}, {"Ireland", "0.05", "7", "0.1"},
        {"Denmark", "0.05", "4", "1.0"}, {"Greece", "0.08", "7", "0.7"}};

    private final Workbench workbench;

    public BenchmarkService(Workbench workbench) {
        this.workbench = workbench;
    }

    public BenchmarkResult run(BenchmarkRequest request) {
        return run(request, Progress.NONE);
    }

    /** Runs the benchmark, telling each timed piece of work as a stage of its warm-up and timed runs. */
    public BenchmarkResult run(BenchmarkRequest request, Progress progress) {
        Timer timer = new Timer(request.repetitions(), progress);
        return switch (request.benchmark()) {
            case DYADS -> dyads(timer);
            case SIMILARITY -> similarity(timer);
            case BALANCE -> balance(timer);
            case LANDSCAPE -> landscape(timer);
            case ENSEMBLE -> ensemble(timer);
            case INGEST -> ingest(timer);
            case EVENTS -> events(timer, request.rowsOrDefault(), request.spark());
            case BARGAIN -> bargain(timer);
        };
    }

    /** How many timed runs follow the warm-up, and where each piece of work's runs are told. */
    private record Timer(int runs, Progress progress) {
        /** One warm-up, then {@link #runs} timed runs of {@code task} (told as stage {@code work}), in seconds. */
        double[] time(String work, Runnable task) {
            progress.stage(work + ": a warm-up and " + runs + " timed runs", runs + 1L, Progress.RUNS);
            task.run();
            progress.advanced(1, null);
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                task.run();
                seconds[i] = (System.nanoTime() - start) / 1e9;
                progress.advanced(i + 2L, null);
            }
            return seconds;
        }

        /** {@link #time}, noting the process CPU seconds per run (warm-up included in the mean) under {@code label}. */
        double[] timeWithCpu(String work, Runnable task, String label, List<String> notes) {
            double before = processCpuSeconds();
            double[] seconds = time(work, task);
            notes.add(String.format(Locale.ROOT, "%s %.3f", label, (processCpuSeconds() - before) / (runs + 1)));
            return seconds;
        }
    }

    private static String after(int runs) {
        return " (" + runs + " runs after a warm-up)";
    }

    /** The machine, for every benchmark's notes. */
    private static String machine() {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; peak resident memory " + peakResidentMegabytes()
                + " MB (VmHWM; JVM and DuckDB)";
    }

    static String peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** Bytes per generated row of the synthetic GDELT file (about 180), with room for the Parquet and spills. */
    private static final long BENCH_BYTES_PER_ROW = 400;

    /**
     * Generates a synthetic GDELT 2.0 file of {@code rows} events over one year in a temporary folder
     * (refused when the file system has not room for about {@value #BENCH_BYTES_PER_ROW} bytes a row;
     * removed at the end, whatever happens), then times (a) its import into a fresh event store per run
     * (hash, DuckDB's parallel CSV reader with the line rules, de-duplication, year/month-partitioned
     * Parquet, log), (b) the dyad-month table of every state dyad (DuckDB reduces each dyad-month,
     * {@code DyadTally} merges), (c) the same table counted inside DuckDB (the floor), and, when the
     * Spark module's build is given, (d) the import and (e) the dyad-month table on Spark
     * {@code local[2]} over the same data, in a JVM of its own.
     */
    private static BenchmarkResult events(Timer timer, long rows, Path sparkBuild) {
        int runs = timer.runs();
        Path folder = null;
        try {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            long usable = Files.getFileStore(temp).getUsableSpace();
            if (usable < rows * BENCH_BYTES_PER_ROW) {
                throw new InvalidRequestException("rows", String.format(Locale.ROOT, "%d rows need about %.1f GB in"
                        + " %s; %.1f GB are free", rows, rows * BENCH_BYTES_PER_ROW / 1e9, temp, usable / 1e9));
            }
            folder = Files.createTempDirectory("counterweight-bench-events");
            Path file = folder.resolve("synthetic.export.CSV");
            long generateStart = System.nanoTime();
            SyntheticGdelt.write(file, rows, 366, 20161231L);
            double generated = (System.nanoTime() - generateStart) / 1e9;
            long bytes = Files.size(file);
            List<EventFile> files = EventFile.resolve(file.toString());
            CameoCountries countries = CameoCountriesReader.bundled();
            Path stores = folder.resolve("stores");
            int[] run = {0};
            FileImport[] last = {null};
            double cpuBefore = processCpuSeconds();
            double[] importTimes = timer.time("import", () -> {
                deleteTree(stores.resolve("run" + (run[0] - 1)));
                last[0] = EventStore.at(stores.resolve("run" + run[0]++)).importFiles(files, countries).get(0);
            });
            double importCpu = (processCpuSeconds() - cpuBefore) / (runs + 1);
            Path floor = folder.resolve("floor");
            long[] floorEvents = {0};
            double floorCpuBefore = processCpuSeconds();
            double[] floorTimes = timer.time("floor", () -> {
                deleteTree(floor);
                floorEvents[0] = EventStore.writeFloor(files.get(0), floor);
            });
            double floorCpu = (processCpuSeconds() - floorCpuBefore) / (runs + 1);
            deleteTree(floor);
            EventStore store = EventStore.at(stores.resolve("run" + (run[0] - 1)));
            long stored = store.eventCount();
            long[] months = {0};
            double[] tallyTimes = timer.time("dyad-month table", () -> months[0] = store.dyadMonths().size());
            double[] sqlTimes = timer.time("dyad-month table in plain SQL", () -> store.dyadMonthsInPlainSql());
            List<BenchmarkResult.Timing> timings = new ArrayList<>(List.of(
                    new BenchmarkResult.Timing("import " + rows + " synthetic GDELT 2.0 rows (" + bytes / (1 << 20)
                            + " MB) into a fresh event store", stored, importTimes),
                    new BenchmarkResult.Timing("floor: DuckDB reads the same file and writes its events' fields as"
                            + " Parquet by year and month, nothing checked, numbered or mapped (reference)",
                            floorEvents[0], floorTimes),
                    new BenchmarkResult.Timing("dyad-month table, DuckDB reduces each dyad-month, DyadTally merges ("
                            + months[0] + " dyad-months)", stored, tallyTimes),
                    new BenchmarkResult.Timing("dyad-month table counted inside DuckDB (reference)", stored,
                            sqlTimes)));
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "generating the file took %.1f s (not timed above); ratio"
                    + " import/floor: %.2f; ratio reduction/plain SQL: %.2f; process CPU (all threads, user+system)"
                    + " per import %.1f s, per floor %.1f s; defects in the last import: %s; load average during the"
                    + " run: %s", generated, timings.get(0).median() / timings.get(1).median(),
                    timings.get(2).median() / timings.get(3).median(), importCpu, floorCpu, last[0].defects(),
                    loadAverage()));
            Optional<String> noSpark = SparkBenchmark.unavailable(sparkBuild);
            if (noSpark.isEmpty()) {
                SparkBenchmark.Timings spark = SparkBenchmark.run(sparkBuild, runs, file, store.root().resolve("events"),
                        folder.resolve("spark"));
                timings.add(spark.imported());
                timings.add(spark.tallied());
                notes.add(String.format(Locale.ROOT, "Spark local[2] in its own JVM (its start-up not timed); ratio"
                        + " Spark/DuckDB: import %.2f, dyad-month table %.2f", spark.imported().median()
                                / timings.get(0).median(), spark.tallied().median() / timings.get(2).median()));
            } else {
                notes.add("Spark: not run (" + noSpark.get() + ")");
            }
            notes.add(machine());
            return new BenchmarkResult("Event import and dyad-month aggregation" + after(runs), "work", "events",
                    "events_per_s", timings, notes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
        } finally {
            deleteTree(folder);
        }
    }

    /** CPU seconds this process has used, all threads (JVM and DuckDB's), from /proc; NaN where unknown. */
    private static double processCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The 1-minute load average, from /proc, so a reader can tell a busy machine's timings. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }

    private static BenchmarkResult simple(String title, String work, long count, double[] seconds,
            List<String> notes) {
        List<String> all = new ArrayList<>(notes);
        all.add(machine());
        return new BenchmarkResult(title, "work", "count", null, List.of(new BenchmarkResult.Timing(work, count,
                seconds)), all);
    }

    /**
     * Directed dyad-years 1816-2022 written to Parquet: bare (the reference), with CINC and ATOP (the
     * frame of peacesciencer's {@code create_dyadyears() |> add_nmc() |> add_atop_alliance()}), and with
     * every covariate group that needs no per-year computation in Java (all but similarity, arms and UN
     * votes).
     */
    private BenchmarkResult dyads(Timer timer) {
        try (UnitOfWork work = workbench.begin()) {
            DyadFrames frames = new DyadFrames(work.session());
            String version = work.releases().nmc().version();
            String rivalries = work.releases().rivalries().map(DatasetCoverage::dataset).orElse(null);
            DyadFrames.Spec bare = dyadSpec(version, rivalries, Set.of());
            DyadFrames.Spec merged = dyadSpec(version, rivalries, EnumSet.of(Addition.CINC, Addition.ALLIANCE));
            DyadFrames.Spec covariates = dyadSpec(version, rivalries, EnumSet.of(Addition.NMC, Addition.ALLIANCE,
                    Addition.RIVALRY, Addition.CONTIGUITY, Addition.MAJORS, Addition.DEMOCRACY, Addition.MIDS,
                    Addition.PEACEYEARS, Addition.DISTANCE, Addition.IGO, Addition.GDP));
            Path folder = Files.createTempDirectory("counterweight-bench");
            Path file = folder.resolve("dyads.parquet");
            try {
                List<BenchmarkResult.Timing> timings = new ArrayList<>();
                for (Object[] frame : new Object[][] {{"bare (reference)", bare}, {"with cinc (NMC " + version
                        + ") and ATOP 5.1", merged}, {"with nmc, alliance, rivalry, contiguity, majors, democracy, mids,"
                                + " peaceyears, distance, igo, gdp", covariates}}) {
                    DyadFrames.Spec spec = (DyadFrames.Spec) frame[1];
                    double[] seconds = timer.time((String) frame[0], () -> frames.write(spec, file, Map.of()));
                    timings.add(new BenchmarkResult.Timing((String) frame[0], frames.write(spec, file, Map.of()),
                            seconds));
                }
                double cpuBefore = processCpuSeconds();
                frames.write(merged, file, Map.of());
                double mergedCpu = processCpuSeconds() - cpuBefore;
                return new BenchmarkResult("Directed dyad-years, COW system 1816-2022, written to Parquet" + after(timer.runs()),
                        "frame", "rows", null, timings, List.of(String.format(Locale.ROOT, "ratio merged/bare: %.2f;"
                                + " process CPU of one more merged run (all threads): %.2f s; load average: %s",
                                timings.get(1).median() / timings.get(0).median(), mergedCpu, loadAverage()),
                                machine()));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
        }
    }

    private static DyadFrames.Spec dyadSpec(String nmcVersion, String rivalries, Set<Addition> additions) {
        return new DyadFrames.Spec(1816, 2022, List.of(), true, additions, nmcVersion, List.of(), rivalries, false,
                ColumnNames.PEACESCIENCER);
    }

    private BenchmarkResult similarity(Timer timer) {
        long loadStart = System.nanoTime();
        AllianceSimilarity.Portfolios portfolios;
        try (UnitOfWork work = workbench.begin()) {
            portfolios = new AllianceSimilarity(work.session()).load(1816, 2018, work.releases().nmc().version(),
                    false);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long dyads = portfolios.years().stream().mapToLong(y -> (long) y.states().length * (y.states().length - 1) / 2)
                .sum();
        int measures = SimilarityMatrix.standardMeasures(4, true).size();
        int threads = Runtime.getRuntime().availableProcessors();
        double[] seconds = timer.time("similarity matrices", () -> AllianceSimilarity.matrices(portfolios, threads));
        return simple("Every similarity measure (" + measures + ") for every ATOP dyad-year 1816-2018, " + threads
                + " threads" + after(timer.runs()), "dyad-years", dyads, seconds, List.of(String.format(Locale.ROOT,
                        "loading the portfolios and CINC weights from the store (not timed above): %.3f s",
                        loadSeconds)));
    }

    private static BenchmarkResult balance(Timer timer) {
        String resource = BundledDatasets.get("doreian-mrvar-2015-cow-signed").orElseThrow().resource();
        Map<String, SignedNetwork.Builder> networks = new LinkedHashMap<>();
        try (Reader reader = BundledDatasets.open(resource)) {
            CsvReader.comma(resource).read(reader, List.of("window", "a", "b", "sign"), row -> networks
                    .computeIfAbsent(row.required("window"), w -> SignedNetwork.builder())
                    .addEdge(row.required("a"), row.required("b"), row.integer("sign")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<SignedNetwork> built = networks.values().stream().map(SignedNetwork.Builder::build).toList();
        AtomicLong total = new AtomicLong();
        double[] seconds = timer.time("frustration index", () -> {
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
        return simple("Exact frustration index of the 51 COW signed networks 1946-1999" + after(timer.runs()), "networks",
                built.size(), seconds, List.of("all solved to proven optimality; sum of the 51 indices: "
                        + total.get()));
    }

    private static BenchmarkResult landscape(Timer timer) {
        int n = LANDSCAPE_ACTORS;
        SplittableRandom random = new SplittableRandom(n);
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
        double[] seconds = timer.time("landscape search", () -> minima.set(new ExhaustiveAlignmentSearch().search(landscape).minima()
                .size()));
        return simple("Exact landscape minima and basins, " + n + " actors (seeded random propensities in [-2, 2])"
                + after(timer.runs()), "configurations", 1L << (n - 1), seconds, List.of(minima.get() + " local minima"));
    }

    private BenchmarkResult ensemble(Timer timer) {
        int runs = timer.runs();
        ScenarioSpec spec = ScenarioFileReader.bundled("baseline").withRuns(10_000, 1);
        long start = System.nanoTime();
        ScenarioInputs inputs = new ScenarioService(workbench).prepare(spec);
        double setup = (System.nanoTime() - start) / 1e9;
        ScenarioSimulation simulation = new ScenarioSimulation(spec, inputs.actors(), inputs::alignment, true);
        int threads = Runtime.getRuntime().availableProcessors();
        EnsembleRunner runner = new EnsembleRunner(threads);
        double[] seconds = timer.time("ensemble", () -> QuantileBands.of(runner.run(simulation, spec.runs(), spec.seed())));
        return simple("10,000 runs x " + spec.horizonYears() + " years of the baseline, " + inputs.actors().size()
                + " actors, " + threads + " threads, with quantile bands" + after(runs), "runs", spec.runs(), seconds,
                List.of(String.format(Locale.ROOT, "selection of each state's equation (rolling-origin evaluation,"
                        + " admissible draws) and alignment path before the runs (not timed above): %.3f s", setup)));
    }

    /**
     * The expected-utility model ({@code docs/models/bargaining.md}): (a) 100 actors with seeded random
     * capability, position and salience bargaining for 100 rounds, each variant on one thread (bdm-intent's
     * risk from the actor's own positions costs O(n^3) more a round); (b) 10,000
     * Monte Carlo runs of the European Community example over 10 rounds, every input +/- 10% (positions
     * +/- 10% of the scale), on every processor, with the median's quantile bands.
     */
    private static BenchmarkResult bargain(Timer timer) {
        int runs = timer.runs();
        SplittableRandom random = new SplittableRandom(100);
        List<BargainingActor> hundred = new ArrayList<>();
        for (int i = 0; i < BARGAIN_ACTORS; i++) {
            hundred.add(new BargainingActor("A" + i, random.nextDouble(0.01, 1), random.nextDouble(0, 100),
                    random.nextDouble(0.05, 1)));
        }
        IssueScale scale = new IssueScale(0, 100);
        ExpectedUtilityModel scholz = new ExpectedUtilityModel(Variant.SCHOLZ);
        List<String> cpu = new ArrayList<>();
        double[] large = timer.timeWithCpu("100 actors x 100 rounds, scholz", () -> scholz.run(hundred, scale, BARGAIN_ROUNDS), "scholz", cpu);
        ExpectedUtilityModel intent = new ExpectedUtilityModel(Variant.BDM_INTENT);
        double[] largeIntent = timer.timeWithCpu("100 actors x 100 rounds, bdm-intent", () -> intent.run(hundred, scale, BARGAIN_ROUNDS), "bdm-intent", cpu);
        List<UncertainActor> ec = new ArrayList<>();
        for (String[] row : EC_EXAMPLE) {
            double c = Double.parseDouble(row[1]);
            double x = Double.parseDouble(row[2]);
            double s = Double.parseDouble(row[3]);
            ec.add(new UncertainActor(new BargainingActor(row[0], c, x, s), new Range(0.9 * c, 1.1 * c),
                    new Range(Math.max(4, x - 0.6), Math.min(10, x + 0.6)), new Range(0.9 * s, Math.min(1, 1.1 * s))));
        }
        BargainingForecast forecast = new BargainingForecast(scholz, new IssueScale(4, 10), ec, 10);
        int threads = Runtime.getRuntime().availableProcessors();
        EnsembleRunner runner = new EnsembleRunner(threads);
        double[] ensemble = timer.timeWithCpu("10,000 EC runs", () -> QuantileBands.of(forecast.ensemble(runner, 10_000, 1,
                org.counterweight.core.ensemble.ProgressListener.NONE)), "the EC ensemble", cpu);
        return new BenchmarkResult("Expected-utility bargaining (docs/models/bargaining.md)" + after(runs), "work",
                "rounds", null, List.of(
                        new BenchmarkResult.Timing(BARGAIN_ACTORS + " actors x " + BARGAIN_ROUNDS + " rounds, scholz,"
                                + " 1 thread", BARGAIN_ROUNDS, large),
                        new BenchmarkResult.Timing(BARGAIN_ACTORS + " actors x " + BARGAIN_ROUNDS + " rounds,"
                                + " bdm-intent, 1 thread", BARGAIN_ROUNDS, largeIntent),
                        new BenchmarkResult.Timing("10,000 runs of the EC example x 10 rounds, +/- 10%, " + threads
                                + " threads, with bands", 100_000, ensemble)),
                List.of("targets: 100 actors x 100 rounds under 1 s; 10,000 perturbed EC runs x 10 rounds under 5 s"
                        + " on 2 cores", "process CPU seconds per run (all threads; what a busy machine does not"
                        + " inflate): " + String.join(", ", cpu), machine()));
    }

    /**
     * Article extraction on one thread: {@value #INGEST_PASSES} passes over the bundled articles per
     * run, in sentences per second, with sentence splitting alone as the reference.
     */
    private BenchmarkResult ingest(Timer timer) {
        List<String> texts = new ArrayList<>();
        for (String name : ARTICLES) {
            String text = BundledCases.file("south-asia", "articles/" + name).orElseThrow();
            texts.add(ArticleReader.clean(text, ArticleReader.Format.TEXT).text());
        }
        ArticleExtractor extractor = new IngestService(workbench).extractor(CaseId.SOUTH_ASIA);
        AtomicLong sentences = new AtomicLong();
        double[] split = timer.time("sentence splitting", () -> {
            for (int p = 0; p < INGEST_PASSES; p++) {
                texts.forEach(SentenceSplitter::split);
            }
        });
        double[] extract = timer.time("full extraction", () -> {
            long n = 0;
            for (int p = 0; p < INGEST_PASSES; p++) {
                for (String t : texts) {
                    n += extractor.extract(t, null, null).sentences().size();
                }
            }
            sentences.set(n);
        });
        BenchmarkResult.Timing reference = new BenchmarkResult.Timing("sentence splitting only (reference)",
                sentences.get(), split);
        BenchmarkResult.Timing full = new BenchmarkResult.Timing("full extraction (actors, agreements, dates, amounts,"
                + " relations, events, stance)", sentences.get(), extract);
        return new BenchmarkResult("Article extraction on one thread: " + INGEST_PASSES + " passes over the "
                + ARTICLES.size() + " bundled articles" + after(timer.runs()), "work", "sentences", "sentences_per_s",
                List.of(reference, full), List.of(String.format(Locale.ROOT, "ratio extraction/splitting: %.1f;"
                        + " anchors: PETRARCH about 150 sentences/s, TABARI 1,000-2,000",
                        full.median() / reference.median()), machine()));
    }
}
