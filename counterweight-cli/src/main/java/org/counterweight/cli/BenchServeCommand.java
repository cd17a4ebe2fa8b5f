package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.report.Report;
import org.counterweight.web.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {"A bounded load test of the web server on 127.0.0.1 (a free port): CLIENTS"
        + " concurrent clients ask the read endpoints in turn for SECONDS while one scenario runs; p50/p95/p99"
        + " latency and errors per endpoint and overall. Results and machines in docs/benchmarks.md."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight bench serve                 # 50 clients, 30 s",
            "  counterweight bench serve --clients 10 --seconds 5"})
final class BenchServeCommand extends ServiceCommand {
    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default:"
            + " ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "How long they ask (default:"
            + " ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "caatsa-india", description = "The built-in"
            + " scenario run meanwhile (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--scenario-runs", paramLabel = "N", defaultValue = "2000", description = "Its runs (default:"
            + " ${DEFAULT-VALUE}).")
    int scenarioRuns;

    /** The server under load may cache scenario results, as a server does. */
    @Override
    boolean writes() {
        return true;
    }

    @Override
    List<Report.Table> run(Workbench workbench) {
        try {
            return List.of(LoadTest.table(LoadTest.run(workbench, new LoadTest.Settings(clients, seconds, scenario,
                    scenarioRuns))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
