package org.counterweight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.counterweight.app.Workbench;
import org.counterweight.report.Report;

/**
 * A bounded load test of the server (a command, never a unit test): it starts a read-only server on
 * 127.0.0.1 at a free port, asks each read endpoint once (the cold pass: each answer computed by its
 * service), queues one scenario run, then has {@code clients} clients, each with its own HTTP/1.1
 * keep-alive connection ({@link KeepAliveClient}), ask the read endpoints in turn for {@code seconds} seconds while the scenario runs, and
 * reports latency percentiles (nearest rank) and errors (any status but 200, or a failed request).
 * The measured window follows {@value #WARM_UP_SECONDS} s of the same load, not measured, for the JIT.
 * Every request goes to the loopback address it started; it stops by itself at the deadline.
 */
public final class LoadTest {
    /** The read requests the clients make, in turn (each client starts at a different one). */
    static final List<String> READS = List.of("/api/actors", "/api/agreements?actor=IND",
            "/api/relations?year=2015&actor=PAK", "/api/ties?year=2015", "/api/ties?year=2022",
            "/api/claims?actor=PAK", "/api/events", "/api/sources", "/api/capabilities?actor=PAK&from=2000&to=2010",
            "/api/power?actors=IND,PAK&from=2010&to=2022", "/api/similarity?a=IND&b=USA&from=2000&to=2010",
            "/api/arms?recipient=PAK", "/api/scenarios", "/api/coverage",
            "/api/events-dyad?a=IND&b=PAK&from=2016&to=2018&by=year");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seconds of unmeasured load before the measured window. */
    static final int WARM_UP_SECONDS = 5;

    /**
     * What to run.
     *
     * @param clients      concurrent clients
     * @param seconds      how long they ask
     * @param scenario     the built-in scenario run meanwhile
     * @param scenarioRuns its runs
     */
    public record Settings(int clients, int seconds, String scenario, int scenarioRuns) {
        public Settings {
            if (clients < 1 || clients > 500) {
                throw new IllegalArgumentException("clients must be 1-500, got " + clients);
            }
            if (seconds < 1 || seconds > 600) {
                throw new IllegalArgumentException("seconds must be 1-600, got " + seconds);
            }
        }
    }

    /** Latencies of one request path, in milliseconds, and its errors. */
    public record Latencies(String request, int count, int errors, double p50, double p95, double p99, double max,
            double cold) {
    }

    /**
     * The outcome.
     *
     * @param rows          each request, then all of them ("all")
     * @param scenarioState the scenario run's state when the clients stopped, and its progress
     */
    public record Result(Settings settings, List<Latencies> rows, String scenarioState, double requestsPerSecond) {
    }

    private LoadTest() {
    }

    /** Runs the load test against a server of its own over this workbench. */
    public static Result run(Workbench workbench, Settings settings) throws InterruptedException {
        List<String> reads = READS;
        try (WebServer server = WebServer.start(workbench, ServerSettings.readOnly(0))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, Double> cold = new LinkedHashMap<>();
            for (String path : reads) {
                long start = System.nanoTime();
                send(warm, base + path);
                cold.put(path, (System.nanoTime() - start) / 1e6);
            }
            JsonNode queued = JSON.readTree(send(warm, HttpRequest.newBuilder(URI.create(base
                    + "/api/scenarios/runs?scenario=" + settings.scenario() + "&runs=" + settings.scenarioRuns()))
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).body());
            String run = queued.path("id").asText();
            warmUp(server.port(), reads, settings.clients());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.seconds());
            ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
            List<Future<List<long[]>>> clients = new ArrayList<>();
            for (int c = 0; c < settings.clients(); c++) {
                int first = c;
                clients.add(pool.submit(() -> client(server.port(), reads, first, deadline)));
            }
            pool.shutdown();
            Map<Integer, List<long[]>> byPath = new LinkedHashMap<>();
            List<long[]> all = new ArrayList<>();
            for (Future<List<long[]>> f : clients) {
                try {
                    for (long[] sample : f.get()) {
                        byPath.computeIfAbsent((int) sample[0], k -> new ArrayList<>()).add(sample);
                        all.add(sample);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a client failed", e.getCause());
                }
            }
            String state = JSON.readTree(send(warm, base + "/api/scenarios/runs/" + run).body()).path("state").asText()
                    + " (" + JSON.readTree(send(warm, base + "/api/scenarios/runs/" + run).body()).path("completed")
                    .asInt() + " of " + settings.scenarioRuns() * 2 + " runs done when the clients stopped)";
            send(warm, HttpRequest.newBuilder(URI.create(base + "/api/scenarios/runs/" + run)).DELETE().build());
            List<Latencies> rows = new ArrayList<>();
            for (int i = 0; i < reads.size(); i++) {
                rows.add(latencies(reads.get(i), byPath.getOrDefault(i, List.of()), cold.get(reads.get(i))));
            }
            rows.add(latencies("all", all, Double.NaN));
            return new Result(settings, rows, state, all.size() / (double) settings.seconds());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Lets the JIT compile the serving path before the measured window: the same clients for
     * {@value #WARM_UP_SECONDS} s, their samples dropped (as a JMH warm-up iteration).
     */
    private static void warmUp(int port, List<String> reads, int clients) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            pool.submit(() -> client(port, reads, first, deadline));
        }
        pool.shutdown();
        pool.awaitTermination(WARM_UP_SECONDS + 60L, TimeUnit.SECONDS);
    }

    /** One client's samples: {path index, nanoseconds, 1 if an error}. */
    private static List<long[]> client(int port, List<String> reads, int first, long deadline) {
        List<long[]> samples = new ArrayList<>();
        try (KeepAliveClient http = new KeepAliveClient(port)) {
            for (int i = first; System.nanoTime() < deadline; i++) {
                int path = i % reads.size();
                long start = System.nanoTime();
                boolean error;
                try {
                    error = http.get(reads.get(path)) != 200;
                } catch (IOException | RuntimeException e) {
                    error = true;
                    http.close();
                }
                samples.add(new long[] {path, System.nanoTime() - start, error ? 1 : 0});
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return samples;
    }

    private static HttpResponse<String> send(HttpClient http, String url) throws IOException {
        return send(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Latencies latencies(String request, List<long[]> samples, double cold) {
        double[] ms = samples.stream().mapToDouble(s -> s[1] / 1e6).sorted().toArray();
        int errors = (int) samples.stream().filter(s -> s[2] == 1).count();
        return new Latencies(request, ms.length, errors, rank(ms, 0.50), rank(ms, 0.95), rank(ms, 0.99),
                ms.length == 0 ? Double.NaN : ms[ms.length - 1], cold);
    }

    /** The nearest-rank percentile of sorted values (NaN when there are none). */
    static double rank(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The result as a table: one row per request and one for all, with the machine in the notes. */
    public static Report.Table table(Result result) {
        Report.Table.Builder table = Report.Table.builder("bench-serve", "Load test: " + result.settings().clients()
                + " clients for " + result.settings().seconds() + " s over the read endpoints on 127.0.0.1, while "
                + result.settings().scenario() + " runs (" + result.settings().scenarioRuns() + " runs)", "request",
                "requests", "errors", "p50_ms", "p95_ms", "p99_ms", "max_ms", "cold_ms");
        for (Latencies l : result.rows()) {
            table.row(l.request(), l.count(), l.errors(), round(l.p50()), round(l.p95()), round(l.p99()),
                    round(l.max()), Double.isNaN(l.cold()) ? null : round(l.cold()));
        }
        Runtime runtime = Runtime.getRuntime();
        return table.note("Throughput: " + Math.round(result.requestsPerSecond()) + " requests/s. Scenario: "
                        + result.scenarioState() + ".")
                .note("Measured after " + WARM_UP_SECONDS + " s of the same load, not counted (JIT warm-up).")
                .note("cold_ms: the first request of each path, before the clients start (the service computes it);"
                        + " later requests of the same path are answered from the server's response cache.")
                .note("Machine: " + runtime.availableProcessors() + " processors, JVM max heap "
                        + runtime.maxMemory() / (1 << 20) + " MiB; client and server in one JVM. Percentiles: nearest"
                        + " rank. Errors: any status but 200, or a failed request.")
                .build(null);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.round(v * 100) / 100.0;
    }
}
