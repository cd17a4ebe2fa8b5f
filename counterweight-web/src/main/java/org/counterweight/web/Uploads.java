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

    /** POST /api/import: a dataset or case file as the body, imported into the knowledge base. */
    static Endpoint importEndpoint(DatasetsService datasets) {
        return new Endpoint("POST", "/api/import", "sources", "Import a dataset or case file (the request body)",
                List.of(Param.required("dataset", Param.Type.STRING, "case, or a dataset layout (cow-nmc, ...)."),
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
                        TableJson.answer(ctx, DatasetsTables.of(datasets.importFile(new ImportRequest(
                                query.string("dataset"), file, query.string("version")))));
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
