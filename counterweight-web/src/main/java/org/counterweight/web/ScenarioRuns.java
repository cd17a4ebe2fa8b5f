package org.counterweight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.app.scenario.ScenarioTables;
import org.counterweight.app.scenario.SimulationRequest;
import org.counterweight.app.scenario.SimulationResult;
import org.counterweight.report.Report;

/**
 * Scenario runs, one at a time on a worker thread, in a queue bounded by
 * {@link ServerSettings#runQueue()} (a run asked for while it is full gets 429). A run reports its
 * progress (runs completed of both ensembles) while it runs, can be cancelled while it waits or runs,
 * and keeps its tables when done; the last {@value #KEPT} runs are kept.
 */
final class ScenarioRuns implements AutoCloseable {
    /** Runs kept for reading after they end. */
    static final int KEPT = 32;
    /** The most runs one web request may ask for. */
    static final int MAX_WEB_RUNS = 5_000;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
    private static final long EVENT_INTERVAL_MS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a run is. */
    enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /**
     * One run; its fields change under the run's lock. A cancel asked for before the run ends is always
     * honoured: the run ends cancelled, even when its computation completes after the cancel (its tables
     * are then dropped); a cancel after the run ended changes nothing.
     */
    static final class Run {
        final String id;
        final String scenario;
        private State state = State.QUEUED;
        private int completed;
        private int total;
        private String error;
        private String errorField;
        private String tables;
        private volatile boolean cancelRequested;
        private Future<?> future;

        Run(String id, String scenario) {
            this.id = id;
            this.scenario = scenario;
        }

        synchronized ObjectNode status() {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id).put("scenario", scenario).put("state", state.name().toLowerCase())
                    .put("completed", completed).put("total", total).put("cancelRequested", cancelRequested);
            if (error != null) {
                node.putObject("error").put("field", errorField).put("message", error);
            }
            return node;
        }

        synchronized boolean ended() {
            return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
        }

        synchronized void queued(Future<?> future) {
            this.future = future;
        }

        /** Whether the run is to start: false (and the run cancelled) when a cancel came while it waited. */
        synchronized boolean started() {
            if (cancelRequested) {
                state = State.CANCELLED;
                return false;
            }
            state = State.RUNNING;
            return true;
        }

        /** Runs completed of both ensembles; stops the computation once a cancel has been asked for. */
        void progressed(int completedRuns, int totalRuns) {
            if (cancelRequested) {
                throw new CancellationException("cancelled");
            }
            synchronized (this) {
                completed = completedRuns;
                total = totalRuns;
            }
        }

        /** The run's computation completed with these tables: done, unless a cancel came first. */
        synchronized void finished(String json) {
            if (cancelRequested) {
                state = State.CANCELLED;
                return;
            }
            tables = json;
            state = State.DONE;
        }

        /** The run's computation stopped with this exception: cancelled when asked, else failed. */
        synchronized void stopped(RuntimeException e) {
            if (cancelRequested) {
                state = State.CANCELLED;
                return;
            }
            state = State.FAILED;
            errorField = e instanceof InvalidRequestException invalid ? invalid.parameter() : null;
            error = String.valueOf(e.getMessage());
        }

        /**
         * Asks the run to stop unless it has ended: a waiting run is cancelled at once, a running one when
         * it next reports progress or completes.
         */
        synchronized void cancel() {
            if (ended()) {
                return;
            }
            cancelRequested = true;
            if (state == State.QUEUED && future != null && future.cancel(false)) {
                state = State.CANCELLED;
            }
        }

        synchronized String tables() {
            return tables;
        }
    }

    private final ScenarioService scenarios;
    private final int capacity;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scenario-runs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new LinkedHashMap<>();

    ScenarioRuns(Workbench workbench, int capacity) {
        this.scenarios = new ScenarioService(workbench);
        this.capacity = capacity;
    }

    /** The endpoints of scenario runs: start, status (with tables when done), progress events, cancel. */
    List<Endpoint> endpoints() {
        Param id = Param.required("id", Param.Type.STRING, "The run's id (path).");
        return List.of(
                new Endpoint("POST", "/api/scenarios/runs", "scenarios", "Queue a scenario run: a built-in scenario, or a"
                        + " scenario file (YAML) as the request body",
                        List.of(Param.optional("scenario", Param.Type.STRING, "A built-in scenario (see /api/scenarios);"
                                + " leave out to run the body."),
                                Param.optional("runs", Param.Type.INTEGER, "Runs, 1-" + MAX_WEB_RUNS + "."),
                                Param.optional("seed", Param.Type.INTEGER, "Base seed."),
                                Param.optional("focus", Param.Type.STRING, "The actor whose deficit the sensitivity"
                                        + " analysis explains (default PAK)."), Uploads.NAME),
                        false, "application/yaml", List.of("202", "429"), this::start),
                new Endpoint("GET", "/api/scenarios/runs/{id}", "scenarios", "A run's state and progress; when done,"
                        + " its tables (verdicts, horizon, sensitivity, then the bands)", List.of(id), false, null,
                        List.of("200", "404"), (ctx, q) -> ctx.contentType(TableJson.JSON).result(body(find(ctx)))),
                new Endpoint("GET", "/api/scenarios/runs/{id}/events", "scenarios", "Server-sent events: 'progress'"
                        + " (the run's state: runs completed of both ensembles') while"
                        + " it waits or runs, then 'end' with its final state",
                        List.of(id), false, null, List.of("200", "404"), this::events),
                new Endpoint("DELETE", "/api/scenarios/runs/{id}", "scenarios", "Cancel a run that waits or runs",
                        List.of(id), false, null, List.of("200", "404"), (ctx, q) -> {
                            Run run = find(ctx);
                            run.cancel();
                            ctx.contentType(TableJson.JSON).result(run.status().toString());
                        }));
    }

    private void start(Context ctx, Query query) {
        Integer runsAsked = query.integer("runs");
        if (runsAsked != null && (runsAsked < 1 || runsAsked > MAX_WEB_RUNS)) {
            throw new InvalidRequestException("runs", "1-" + MAX_WEB_RUNS + " on the web server, got " + runsAsked);
        }
        String scenario = query.string("scenario");
        String text = ctx.body();
        UserFile file = null;
        if (scenario == null) {
            if (text.isBlank()) {
                throw new InvalidRequestException("scenario", "give a built-in scenario or a scenario file as the body");
            }
            file = new UserFile(Uploads.name(query, "upload.yaml"), text);
        } else if (!text.isBlank()) {
            throw new InvalidRequestException("scenario", "give a built-in scenario or a scenario file, not both");
        }
        SimulationRequest request = new SimulationRequest(scenario, file,
                new RunSettings(runsAsked, query.longValue("seed"), 1),
                query.string("focus", SimulationRequest.DEFAULT_FOCUS));
        String name = scenarios.check(request).id();
        Run run = new Run(UUID.randomUUID().toString().replace("-", "").substring(0, 12), name);
        synchronized (runs) {
            long waiting = runs.values().stream().filter(r -> !r.ended()).count();
            if (waiting >= capacity) {
                throw new ApiException(429, "scenario", waiting + " runs are waiting or running (the bound is "
                        + capacity + "); try again when one ends");
            }
            runs.put(run.id, run);
            trim();
            run.queued(worker.submit(() -> execute(run, request)));
        }
        ctx.status(202).header("Location", "/api/scenarios/runs/" + run.id).contentType(TableJson.JSON)
                .result(run.status().toString());
    }

    private void execute(Run run, SimulationRequest request) {
        if (!run.started()) {
            return;
        }
        try {
            SimulationResult result = scenarios.simulate(request, run::progressed);
            List<Report.Table> tables = new ArrayList<>(ScenarioTables.of(result));
            tables.addAll(ScenarioTables.bands(result));
            run.finished(TableJson.array(tables, "POST /api/scenarios/runs (" + run.scenario + ", run " + run.id
                    + ")"));
        } catch (RuntimeException e) {
            run.stopped(e);
        }
    }

    private void events(Context ctx, Query query) throws IOException, InterruptedException {
        Run run = find(ctx);
        ctx.res().setContentType("text/event-stream; charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        OutputStream out = ctx.res().getOutputStream();
        String last = null;
        while (true) {
            boolean ended = run.ended();
            String status = run.status().toString();
            if (!status.equals(last)) {
                send(out, "progress", status);
                last = status;
            }
            if (ended) {
                send(out, "end", status);
                return;
            }
            Thread.sleep(EVENT_INTERVAL_MS);
        }
    }

    private static void send(OutputStream out, String event, String data) throws IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String body(Run run) {
        ObjectNode status = run.status();
        String tables = run.tables();
        if (tables == null) {
            return status.toString();
        }
        String head = status.toString();
        return head.substring(0, head.length() - 1) + ",\"tables\":" + tables + "}";
    }

    private Run find(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidRequestException("id", "a run id is 12 hexadecimal digits, not '" + id + "'");
        }
        synchronized (runs) {
            Run run = runs.get(id);
            if (run == null) {
                throw new ApiException(404, "id", "no run " + id + " (the last " + KEPT + " are kept)");
            }
            return run;
        }
    }

    private void trim() {
        var it = runs.values().iterator();
        while (runs.size() > KEPT && it.hasNext()) {
            if (it.next().ended()) {
                it.remove();
            }
        }
    }

    @Override
    public void close() {
        synchronized (runs) {
            runs.values().forEach(Run::cancel);
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
