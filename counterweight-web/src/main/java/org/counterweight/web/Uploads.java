package org.counterweight.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.app.datasets.ImportRequest;
import org.counterweight.app.events.EventImportRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.app.events.EventsTables;
import org.counterweight.report.Report;

/**
 * Uploaded files. A request never names a path: an upload is the request body, and its {@code name}
 * is a bare file name (letters, digits, dot, dash, underscore) used in messages and, for an import,
 * as the name of the copy the server writes into a fresh folder of its own, deleted afterwards.
 */
final class Uploads {
    /** What an upload's name may be: a bare file name, never a path. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    static final Param NAME = Param.optional("name", Param.Type.STRING, "The uploaded file's name (a bare name such"
            + " as my-scenario.yaml, never a path), used in messages.");

    private Uploads() {
    }

    /** The upload's name, checked; {@code otherwise} when the request gives none. */
    static String name(Query query, String otherwise) {
        String name = query.string("name", otherwise);
        if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidRequestException("name", "a bare file name of letters, digits, '.', '-' and '_'"
                    + " (at most 80), not '" + name + "'");
        }
        return name;
    }

    /**
     * POST /api/import: a dataset, case or event file as the body, imported into the knowledge base (event
     * data, {@code dataset} gdelt, icews or events, into the event store beside it), as the CLI's import.
     */
    static Endpoint importEndpoint(DatasetsService datasets, EventsService events) {
        return new Endpoint("POST", "/api/import", "sources", "Import a dataset, case or event file (the request"
                + " body)", List.of(Param.required("dataset", Param.Type.STRING, "case, a dataset layout (cow-nmc,"
                        + " ...), or event data: gdelt, icews or events (either)."),
                        Param.optional("version", Param.Type.STRING, "The dataset version, where the file does not"
                                + " state it."), NAME),
                true, "application/octet-stream", List.of("200", "401", "403", "413"), (ctx, query) -> {
                    byte[] body = ctx.bodyAsBytes();
                    if (body.length == 0) {
                        throw new InvalidRequestException("body", "the file to import is the request body; it is empty");
                    }
                    Path folder = Files.createTempDirectory("counterweight-upload");
                    try {
                        Path file = folder.resolve(name(query, "upload"));
                        Files.write(file, body);
                        String dataset = query.string("dataset");
                        List<Report.Table> imported = EventImportRequest.FAMILIES.contains(dataset)
                                ? EventsTables.of(events.importEvents(new EventImportRequest(dataset, file.toString())))
                                : DatasetsTables.of(datasets.importFile(new ImportRequest(dataset, file,
                                        query.string("version"))));
                        TableJson.answer(ctx, imported);
                    } finally {
                        delete(folder);
                    }
                });
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
