package org.counterweight.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * One API endpoint as declared once: routed from this and described in {@code /openapi.json} from
 * this, so the document cannot drift from the routes.
 *
 * @param method    GET, POST or DELETE
 * @param path      the path, with {@code {id}} for a path parameter
 * @param tag       the group it is listed under in the explorer
 * @param summary   what it answers
 * @param params    its query parameters (anything else is refused)
 * @param write     whether it changes the knowledge base (then it needs {@code --allow-writes} and the token)
 * @param body      the media type of the request body it reads, or null for none
 * @param responses the statuses it answers besides 400, with their meaning
 * @param action    what it does once the parameters are checked
 */
record Endpoint(String method, String path, String tag, String summary, List<Param> params, boolean write, String body,
        List<String> responses, Action action) {
    /** What an endpoint does with a request whose parameters have been checked. */
    @FunctionalInterface
    interface Action {
        void handle(Context ctx, Query query) throws Exception;
    }

    Endpoint {
        params = List.copyOf(params);
        responses = List.copyOf(responses);
    }
}
