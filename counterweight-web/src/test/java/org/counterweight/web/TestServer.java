package org.counterweight.web;

import java.nio.file.Path;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;

/** Test helper: a server over a fresh copy of the loaded test knowledge base, and a client of it. */
final class TestServer implements AutoCloseable {
    final Workbench workbench;
    final WebServer server;
    final Http http;

    TestServer(Path folder, ServerSettings settings) {
        this.workbench = TestWorkbenches.copy(folder);
        this.server = WebServer.start(workbench, settings);
        this.http = new Http(server.url());
    }

    @Override
    public void close() {
        server.close();
        workbench.close();
    }
}
