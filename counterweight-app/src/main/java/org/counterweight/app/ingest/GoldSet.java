package org.counterweight.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.counterweight.app.UserFile;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.text.MentionKind;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.yaml.YamlNode;

/**
 * Gold articles to score the extractor against: the {@code *.yaml} files of a folder, in file-name
 * order, each beside the text it annotates (docs/ingest-gold-format.md).
 *
 * @param articles the articles
 */
public record GoldSet(List<GoldArticle> articles) {
    public GoldSet {
        articles = List.copyOf(articles);
    }

    /**
     * Reads a folder of gold files. Each annotation's span is found from its surface text and
     * occurrence (the n-th exact, case-sensitive match in the whole text).
     *
     * @throws InputFormatException naming the folder or file (and line) at fault
     */
    public static GoldSet read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputFormatException(folder.toString(), 0, null, "no such folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new InputFormatException(folder.toString(), 0, null, "no *.yaml gold files");
        }
        List<GoldArticle> articles = new ArrayList<>();
        for (Path file : files) {
            YamlNode root = YamlNode.parse(UserFile.read(file).reader(), file.toString());
            articles.add(article(root, folder));
        }
        return new GoldSet(articles);
    }

    private static GoldArticle article(YamlNode root, Path folder) {
        YamlNode textNode = root.required("text");
        Path textFile = folder.resolve(root.text("text"));
        String text;
        try {
            text = UserFile.read(textFile).text();
        } catch (InputFormatException e) {
            throw textNode.error(e.getMessage());
        }
        PartialDate date = root.get("date").filter(d -> !d.text().isBlank()).map(d -> d.convert(PartialDate::parse))
                .orElse(null);
        List<GoldArticle.Annotation> annotations = new ArrayList<>();
        for (YamlNode a : root.list("annotations")) {
            String surface = a.text("text");
            int occurrence = a.optionalInteger("occurrence", 1, Integer.MAX_VALUE).orElse(1);
            int at = -1;
            for (int k = 0; k < occurrence; k++) {
                at = text.indexOf(surface, at + 1);
                if (at < 0) {
                    throw a.error("text '" + surface + "' (occurrence " + occurrence + ") is not in " + textFile);
                }
            }
            annotations.add(new GoldArticle.Annotation(a.as("kind", MentionKind::parse), at, at + surface.length(),
                    a.text("value")));
        }
        Set<MentionKind> kinds = EnumSet.noneOf(MentionKind.class);
        root.list("kinds").forEach(k -> kinds.add(k.convert(MentionKind::parse)));
        if (root.get("kinds").isPresent() && kinds.isEmpty()) {
            throw root.required("kinds").error("kinds must name at least one kind");
        }
        for (int i = 0; i < annotations.size(); i++) {
            if (!kinds.isEmpty() && !kinds.contains(annotations.get(i).kind())) {
                throw root.list("annotations").get(i).error("kind " + annotations.get(i).kind().label()
                        + " is not among the article's kinds " + kinds);
            }
        }
        return new GoldArticle(root.text("article"), text, date, root.optionalText("author").orElse(null),
                annotations, kinds);
    }
}
