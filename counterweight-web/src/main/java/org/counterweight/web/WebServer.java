package org.counterweight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Workbench;
import org.counterweight.io.InputFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web workbench's server (Javalin on Jetty): the API's endpoints, {@code /openapi.json}, the API
 * explorer and the UI's pages, scripts and styles from this jar.
 *
 * <p>Every error is JSON, {@code {"error": {"status", "field", "message"}}} (and {@code file},
 * {@code line} for a bad uploaded file): 400 for an invalid parameter or body, 401 and 403 for writes,
 * 404, 413 for a body over the limit, 429 when the scenario queue is full. Bound to loopback, it also
 * refuses requests whose Host is not a loopback name (so another site's page cannot reach it through
 * DNS rebinding). Read answers are kept in a {@link ResponseCache} that every write empties.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final Javalin app;
    private final ScenarioRuns runs;
    private final ServerSettings settings;

    private WebServer(Javalin app, ScenarioRuns runs, ServerSettings settings) {
        this.app = app;
        this.runs = runs;
        this.settings = settings;
    }

    /** Starts serving the workbench as the settings say; the caller closes the server, then the workbench. */
    public static WebServer start(Workbench workbench, ServerSettings settings) {
        ScenarioRuns runs = new ScenarioRuns(workbench, settings.runQueue());
        ResponseCache cache = new ResponseCache(ResponseCache.DEFAULT_ENTRIES);
        List<Endpoint> endpoints = new ArrayList<>(ApiEndpoints.all(workbench, runs, cache));
        endpoints.add(configEndpoint(settings));
        String openApi = OpenApiDocument.of(endpoints, settings);
        WriteGuard guard = new WriteGuard(settings);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        boolean loopback = settings.host().equals(ServerSettings.LOOPBACK);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", CSP);
            if (loopback && !LOOPBACK_HOSTS.contains(hostName(ctx.host()))) {
                throw new ApiException(421, "Host", "this server answers only requests addressed to 127.0.0.1 or"
                        + " localhost");
            }
            if (ctx.contentLength() > settings.maxRequestBytes()) {
                throw new ApiException(413, "body", "the body is " + ctx.contentLength() + " bytes; at most "
                        + settings.maxRequestBytes() + " are accepted");
            }
        });
        for (Endpoint endpoint : endpoints) {
            List<Param> queryParams = endpoint.params().stream()
                    .filter(p -> !endpoint.path().contains("{" + p.name() + "}")).toList();
            app.addHttpHandler(HandlerType.valueOf(endpoint.method()), endpoint.path(), ctx -> {
                if (!endpoint.write()) {
                    endpoint.action().handle(ctx, Query.of(ctx.queryString(), queryParams));
                    return;
                }
                guard.check(ctx);
                try {
                    endpoint.action().handle(ctx, Query.of(ctx.queryString(), queryParams));
                } finally {
                    cache.clear();
                }
            });
        }
        app.get("/openapi.json", ctx -> ctx.contentType(TableJson.JSON).result(openApi));
        app.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, e.parameter(), e.getMessage()));
        app.exception(InputFormatException.class, (e, ctx) -> {
            ObjectNode body = errorBody(400, e.field(), e.getMessage());
            ((ObjectNode) body.get("error")).put("file", e.file()).put("line", e.line());
            ctx.status(400).contentType(TableJson.JSON).result(body.toString());
        });
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, null, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, null, "no such page or endpoint: " + ctx.path() + " (see /openapi.json)");
            }
        });
        app.error(405, ctx -> error(ctx, 405, null, ctx.method() + " is not allowed on " + ctx.path()));
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            runs.close();
            throw e;
        }
        return new WebServer(app, runs, settings);
    }

    private static Endpoint configEndpoint(ServerSettings settings) {
        return new Endpoint("GET", "/api/config", "server", "What this server allows: writes, the default case and"
                + " its limits", List.of(), false, null, List.of("200"), (ctx, q) -> {
                    ObjectNode body = JSON.createObjectNode();
                    body.put("writesAllowed", settings.writesAllowed()).put("defaultCase", ApiEndpoints.DEFAULT_CASE)
                            .put("maxRequestBytes", settings.maxRequestBytes()).put("runQueue", settings.runQueue())
                            .put("maxRuns", ScenarioRuns.MAX_WEB_RUNS);
                    ctx.contentType(TableJson.JSON).result(body.toString());
                });
    }

    private static String hostName(String host) {
        if (host == null) {
            return "";
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static void error(Context ctx, int status, String field, String message) {
        ctx.status(status).contentType(TableJson.JSON).result(errorBody(status, field, message).toString());
    }

    private static ObjectNode errorBody(int status, String field, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error").put("status", status);
        if (field == null) {
            error.putNull("field");
        } else {
            error.put("field", field);
        }
        error.put("message", message);
        return body;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Its address, {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://" + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host()) + ":"
                + port() + "/";
    }

    @Override
    public void close() {
        runs.close();
        app.stop();
    }
}
