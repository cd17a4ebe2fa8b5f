package org.counterweight.io.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.model.CaseFile;
import org.counterweight.io.Utf8Text;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.CameoCodebookReader;
import org.counterweight.io.yaml.YamlNode;

/**
 * The case files bundled under {@code counterweight-data/cases/}, and reading a user's case file
 * from disk, with the bundled CAMEO codebook and dataset ids as context.
 */
public final class BundledCases {
    /** Ids of the bundled cases. */
    public static final List<String> IDS = List.of("south-asia");

    private static final String ROOT = "counterweight-data/cases/";

    private BundledCases() {
    }

    /** A case file as read, with the text it was read from (for hashing). */
    public record LoadedCase(CaseFile caseFile, String fileName, String content, List<String> siblingContents) {
        public LoadedCase {
            siblingContents = List.copyOf(siblingContents);
        }

        /**
         * The line of the entry with this id under a top-level list ({@code "claims"}, {@code "actors"}...), or of
         * the {@code case} key for field {@code "case"}; 0 when not found. Read again from the text: only an
         * error needs it.
         */
        public long lineOf(String field, String id) {
            YamlNode root = YamlNode.parse(new StringReader(content), fileName);
            if (field.equals("case")) {
                return root.get("case").map(YamlNode::line).orElse(0L);
            }
            for (YamlNode entry : root.list(field)) {
                Optional<YamlNode> idNode = entry.get("id");
                if (idNode.isPresent() && idNode.get().text().equals(id)) {
                    return idNode.get().line();
                }
            }
            return 0;
        }
    }

    /** Bundled cases as read, once per process: they do not change while it runs, and every store opened checks them. */
    private static final java.util.Map<String, LoadedCase> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads a bundled case. */
    public static LoadedCase bundled(String caseId) {
        if (!IDS.contains(caseId)) {
            throw new IllegalArgumentException("no bundled case '" + caseId + "'; bundled: " + IDS);
        }
        return LOADED.computeIfAbsent(caseId, id -> read(file(id, "case.yaml").orElseThrow(), "cases/" + id
                + "/case.yaml", path -> file(id, path)));
    }


    /** A file bundled beside a case ({@code articles/...}), as text; empty when there is none. */
    public static Optional<String> file(String caseId, String path) {
        return resource(ROOT + caseId + "/" + path);
    }

    /**
     * The text of a source a bundled case declares with a {@code file} (its articles), for checking
     * quotes against it; empty when the case is not bundled or the source has no bundled text.
     */
    public static Optional<String> sourceText(String caseId, String sourceId) {
        if (!IDS.contains(caseId)) {
            return Optional.empty();
        }
        YamlNode root = YamlNode.parse(new StringReader(
                file(caseId, "case.yaml").orElseThrow()), caseId + "/case.yaml");
        for (YamlNode source : root.list("sources")) {
            if (source.text("id").equals(sourceId)) {
                return source.optionalText("file").flatMap(path -> file(caseId, path));
            }
        }
        return Optional.empty();
    }

    /** Reads a case file from disk; files it names are resolved next to it. */
    public static LoadedCase fromFile(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String content = Utf8Text.read(file, fileName, YamlNode.MAX_DOCUMENT_CHARS);
        Path folder = file.toAbsolutePath().getParent();
        return read(content, fileName, path -> {
            Path sibling = folder.resolve(path).normalize();
            return sibling.startsWith(folder) && Files.isRegularFile(sibling)
                    ? Optional.of(Utf8Text.read(sibling, path, ArticleReader.MAX_BYTES)) : Optional.empty();
        });
    }

    private static LoadedCase read(String content, String fileName,
            java.util.function.Function<String, Optional<String>> siblings) {
        Map<String, String> readSiblings = new HashMap<>();
        CaseFileReader reader = new CaseFileReader(BundledDatasets.all().stream().map(d -> d.id())
                .collect(Collectors.toSet()), CameoGoldstein.INSTANCE::of, path -> {
                    Optional<String> text = siblings.apply(path);
                    text.ifPresent(t -> readSiblings.put(path, t));
                    return text;
                });
        CaseFile caseFile = reader.read(new StringReader(content), fileName);
        List<String> siblingContents = readSiblings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "\n" + e.getValue()).toList();
        return new LoadedCase(caseFile, fileName, content, siblingContents);
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = BundledCases.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled CAMEO codebook's Goldstein values, read once. */
    private enum CameoGoldstein {
        INSTANCE;

        private final Map<String, Double> values;

        CameoGoldstein() {
            String name = BundledDatasets.get("cameo-codebook").orElseThrow().resource();
            try (InputStream in = BundledCases.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled CAMEO codebook missing: " + name);
                }
                values = new CameoCodebookReader().readAll(new InputStreamReader(in, StandardCharsets.UTF_8), name)
                        .stream().collect(Collectors.toMap(CameoCode::code, CameoCode::goldstein));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        OptionalDouble of(String code) {
            Double value = values.get(code);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
    }
}
