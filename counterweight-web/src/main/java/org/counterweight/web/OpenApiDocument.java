package org.counterweight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the endpoints, written from their declarations ({@link Endpoint}), so
 * what {@code /openapi.json} says is what the server routes. Table endpoints answer the
 * {@code TableExport} JSON: an object with id, title, source, columns, rows and notes, or an array of them.
 */
final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z]+)}");

    private OpenApiDocument() {
    }

    static String of(List<Endpoint> endpoints, ServerSettings settings) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Counterweight API").put("version", "1")
                .put("description", "The application services of Counterweight over HTTP. Table endpoints answer"
                        + " exactly what the CLI's --format json prints. Writes need --allow-writes and"
                        + " 'Authorization: Bearer TOKEN' (" + (settings.writesAllowed() ? "allowed on this server"
                        : "this server is read-only") + "). Errors: {\"error\": {\"status\", \"field\", \"message\"}}.");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode table = schemas.putObject("Table").put("type", "object");
        ObjectNode props = table.putObject("properties");
        for (String s : List.of("id", "title", "source")) {
            props.putObject(s).put("type", "string");
        }
        props.putObject("columns").put("type", "array").putObject("items").put("type", "string");
        props.putObject("rows").put("type", "array").putObject("items").put("type", "object");
        props.putObject("notes").put("type", "array").putObject("items").put("type", "string");
        ObjectNode error = schemas.putObject("Error").put("type", "object");
        ObjectNode inner = error.putObject("properties").putObject("error").put("type", "object").putObject("properties");
        inner.putObject("status").put("type", "integer");
        inner.putObject("field").put("type", "string");
        inner.putObject("message").put("type", "string");
        components.putObject("securitySchemes").putObject("writeToken")
                .put("type", "http").put("scheme", "bearer");

        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Endpoint e : endpoints) {
            ObjectNode op = paths.computeIfAbsent(e.path(), p -> json.createObjectNode())
                    .putObject(e.method().toLowerCase());
            op.putArray("tags").add(e.tag());
            op.put("summary", e.summary());
            op.put("operationId", e.method().toLowerCase() + e.path().replaceAll("[^A-Za-z0-9]+", "_"));
            ArrayNode params = op.putArray("parameters");
            Matcher m = PATH_PARAM.matcher(e.path());
            while (m.find()) {
                Param p = e.params().stream().filter(x -> x.name().equals(m.group(1))).findFirst().orElseThrow();
                addParam(params, p, "path");
            }
            for (Param p : e.params()) {
                if (!e.path().contains("{" + p.name() + "}")) {
                    addParam(params, p, "query");
                }
            }
            if (e.body() != null) {
                op.putObject("requestBody").putObject("content").putObject(e.body()).putObject("schema")
                        .put("type", "string").put("format", "binary");
            }
            if (e.write()) {
                op.putArray("security").addObject().putArray("writeToken");
            }
            ObjectNode responses = op.putObject("responses");
            for (String status : e.responses()) {
                ObjectNode r = responses.putObject(status).put("description", describe(status));
                ObjectNode content = r.putObject("content");
                if (status.startsWith("2")) {
                    boolean events = e.path().endsWith("/{id}/events");
                    content.putObject(events ? "text/event-stream" : "application/json").putObject("schema")
                            .put("$ref", "#/components/schemas/Table");
                } else {
                    content.putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
                }
            }
            responses.putObject("400").put("description", describe("400")).putObject("content")
                    .putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
        }
        ObjectNode pathsNode = doc.putObject("paths");
        paths.forEach(pathsNode::set);
        return doc.toPrettyString();
    }

    private static void addParam(ArrayNode params, Param p, String in) {
        ObjectNode node = params.addObject().put("name", p.name()).put("in", in)
                .put("required", p.required() || in.equals("path")).put("description", p.description());
        ObjectNode schema = node.putObject("schema").put("type", p.type().schema);
        if (p.type() == Param.Type.LIST) {
            schema.put("type", "string").put("description", "comma-separated");
        }
        if (p.type() == Param.Type.BOOLEAN) {
            node.put("allowEmptyValue", true);
        }
        if (!p.choices().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            p.choices().forEach(values::add);
        }
    }

    private static String describe(String status) {
        return switch (status) {
            case "200" -> "The answer (a table, or an array of tables)";
            case "202" -> "Queued: the run's state";
            case "400" -> "A parameter or the body is invalid: the error names the field";
            case "401" -> "Writes are allowed but the token is missing or wrong";
            case "403" -> "The server is read-only";
            case "404" -> "No such run";
            case "413" -> "The request body is larger than the server accepts";
            case "429" -> "The scenario queue is full";
            default -> status;
        };
    }
}
