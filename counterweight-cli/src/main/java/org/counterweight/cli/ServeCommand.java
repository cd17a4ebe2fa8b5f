package org.counterweight.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.counterweight.app.Workbench;
import org.counterweight.web.ServerSettings;
import org.counterweight.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serves the web workbench on 127.0.0.1: the JSON API over every service"
        + " (/api/..., described at /openapi.json, explorer at /explorer.html) and the browser UI at /.",
    "Read-only unless --allow-writes, which prints a random token that writes (imports, claim reviews) must carry"
            + " as 'Authorization: Bearer TOKEN'. A read-only server shares the knowledge base with reading"
            + " commands; one that allows writes holds it alone. Stop it with Ctrl-C. See docs/web.md."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight serve                      # then open"
                + " http://127.0.0.1:8080/", "  counterweight serve --port 9000 --db /tmp/kb.duckdb",
            "  counterweight serve --allow-writes       # prints the write token"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ProgressOptions progressOptions;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port on 127.0.0.1 (default:"
            + " ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--allow-writes", description = "Allow writes to holders of the token printed at start.")
    boolean allowWrites;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = allowWrites ? ServerSettings.withWrites(port) : ServerSettings.readOnly(port);
        Workbench workbench = Workbench.open(storeOptions.path(), allowWrites ? Workbench.Access.WRITE
                : Workbench.Access.READ, storeOptions.lockWait(),
                progressOptions.on(spec.commandLine().getErr(), 0));
        WebServer server;
        try {
            server = WebServer.start(workbench, settings);
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            workbench.close();
            stopped.countDown();
        }, "counterweight-serve-stop"));
        var out = spec.commandLine().getOut();
        out.println("Serving " + workbench.storeName() + " at " + server.url() + " ("
                + (allowWrites ? "writes allowed with the token below" : "read-only") + "; Ctrl-C stops)");
        settings.writeToken().ifPresent(t -> out.println("Write token: " + t));
        out.flush();
        stopped.await();
        return 0;
    }
}
