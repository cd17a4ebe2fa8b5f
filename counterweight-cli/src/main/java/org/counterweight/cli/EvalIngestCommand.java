package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.Mention;
import org.counterweight.core.text.MentionKind;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.article.ArticleText;
import org.counterweight.io.yaml.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code counterweight eval-ingest GOLD_DIR}: precision, recall and F1 per kind against the gold
 * annotations of docs/ingest-gold-format.md. A prediction matches a gold annotation when the kinds
 * and values are equal (actor ids as sets, numbers to 1e-9 relative, any two {@code new:}
 * agreements) and the spans overlap; each
 * side matches at most once (greedy, gold in text order, first matching prediction).
 */
@Command(name = "eval-ingest", description = "Score the article extractor against gold annotations (*.yaml): precision,"
        + " recall and F1 per kind.")
final class EvalIngestCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of <article>.yaml gold files beside their texts.")
    Path goldDir;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "0",
            description = "Also time N extra extraction passes over the texts on one thread and print sentences/second.")
    int repeat;

    @Option(names = "--errors", paramLabel = "KIND", arity = "0..1", fallbackValue = "all",
            description = "Also list every missed gold annotation and every unmatched prediction, for one kind"
                    + " (actor, agreement, date, number, relation, event, assessment, recommendation) or all.")
    String errors;

    record Gold(MentionKind kind, int start, int end, String value) {
    }

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (!Files.isDirectory(goldDir)) {
            throw new UserInputException("no such folder: " + goldDir);
        }
        if (repeat < 0) {
            throw new UserInputException("--repeat must be >= 0, got " + repeat);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(goldDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new UserInputException("no *.yaml gold files in " + goldDir);
        }
        MentionKind errorKind = errors == null || errors.equalsIgnoreCase("all") ? null : parseKind(errors);
        ResultTable errorTable = new ResultTable("eval-ingest errors", "article", "kind", "error", "text", "value",
                "sentence");
        ArticleExtractor extractor = Ingestion.extractor(workbench);
        Map<MentionKind, int[]> counts = new EnumMap<>(MentionKind.class); // matches, predictions, gold
        for (MentionKind kind : MentionKind.values()) {
            counts.put(kind, new int[3]);
        }
        List<String> texts = new ArrayList<>();
        List<PartialDate> dates = new ArrayList<>();
        for (Path file : files) {
            YamlNode root;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                root = YamlNode.parse(reader, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path textFile = goldDir.resolve(root.text("text"));
            String original;
            try {
                original = Files.readString(textFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserInputException("cannot read " + textFile + " named by " + file + ": " + e.getMessage());
            }
            PartialDate date = root.optionalText("date").map(IngestCommand::parseDate).orElse(null);
            String author = root.optionalText("author").orElse(null);
            List<Gold> gold = new ArrayList<>();
            for (YamlNode a : root.list("annotations")) {
                String surface = a.text("text");
                int occurrence = a.optionalText("occurrence").map(Integer::parseInt).orElse(1);
                int at = -1;
                for (int k = 0; k < occurrence; k++) {
                    at = original.indexOf(surface, at + 1);
                    if (at < 0) {
                        throw a.error("text '" + surface + "' (occurrence " + occurrence + ") is not in " + textFile);
                    }
                }
                gold.add(new Gold(MentionKind.parse(a.text("kind")), at, at + surface.length(), a.text("value")));
            }
            ArticleText article = ArticleReader.clean(original, ArticleReader.Format.TEXT);
            texts.add(article.text());
            dates.add(date);
            ArticleExtractor.Result result = extractor.extract(article.text(), date, author);
            List<Mention> predicted = new ArrayList<>();
            for (Mention m : result.mentions()) {
                predicted.add(m.withSpan(article.original(m.start()), article.original(m.end())));
            }
            Unmatched unmatched = score(gold, predicted, counts);
            if (errors != null) {
                String name = root.text("article");
                for (Gold g : unmatched.gold()) {
                    if (errorKind == null || g.kind() == errorKind) {
                        errorTable.add(name, g.kind().label(), "missed", original.substring(g.start(), g.end()), g.value(),
                                sentenceAround(original, g.start()));
                    }
                }
                for (Mention m : unmatched.predicted()) {
                    if (errorKind == null || m.kind() == errorKind) {
                        errorTable.add(name, m.kind().label(), "spurious", m.text(), m.value(),
                                sentenceAround(original, m.start()));
                    }
                }
            }
        }
        ResultTable table = new ResultTable("eval-ingest: " + files.size() + " article(s)", "kind", "gold", "predicted",
                "matched", "precision", "recall", "f1");
        int[] total = new int[3];
        for (MentionKind kind : MentionKind.values()) {
            int[] c = counts.get(kind);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
            row(table, kind.label(), c);
        }
        row(table, "overall", total);
        if (repeat > 0) {
            int sentences = 0;
            long t0 = System.nanoTime();
            for (int r = 0; r < repeat; r++) {
                for (int i = 0; i < texts.size(); i++) {
                    sentences += extractor.extract(texts.get(i), dates.get(i), null).sentences().size();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            table.note(String.format(Locale.ROOT, "throughput: %d sentences in %.3f s on one thread = %.0f sentences/s",
                    sentences, seconds, sentences / seconds));
        }
        return errors == null ? List.of(table) : List.of(table, errorTable);
    }

    private static MentionKind parseKind(String label) {
        try {
            return MentionKind.parse(label);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--errors: " + e.getMessage());
        }
    }

    /** The line of the original text around an offset, shortened to 160 characters, for reading errors. */
    private static String sentenceAround(String text, int at) {
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int to = text.indexOf('\n', at);
        to = to < 0 ? text.length() : to;
        from = Math.max(from, at - 80);
        to = Math.min(to, Math.max(at + 80, from + 160));
        return text.substring(from, to).strip();
    }

    /** What {@link #score} could not pair: gold annotations missed and predictions with no gold counterpart. */
    record Unmatched(List<Gold> gold, List<Mention> predicted) {
    }

    private static void row(ResultTable table, String label, int[] c) {
        double p = c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
        double r = c[2] == 0 ? Double.NaN : (double) c[0] / c[2];
        double f = c[1] + c[2] == 0 ? Double.NaN : 2.0 * c[0] / (c[1] + c[2]); // = 2PR / (P + R), 0 when either is 0
        table.add(label, c[2], c[1], c[0], fmt(p), fmt(r), fmt(f));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static Unmatched score(List<Gold> gold, List<Mention> predicted, Map<MentionKind, int[]> counts) {
        boolean[] used = new boolean[predicted.size()];
        List<Gold> missed = new ArrayList<>();
        for (Mention m : predicted) {
            counts.get(m.kind())[1]++;
        }
        for (Gold g : gold) {
            counts.get(g.kind())[2]++;
            boolean found = false;
            for (int i = 0; i < predicted.size() && !found; i++) {
                Mention m = predicted.get(i);
                if (!used[i] && m.kind() == g.kind() && m.overlaps(g.start(), g.end()) && sameValue(g.kind(), g.value(), m.value())) {
                    used[i] = true;
                    found = true;
                    counts.get(g.kind())[0]++;
                }
            }
            if (!found) {
                missed.add(g);
            }
        }
        List<Mention> spurious = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                spurious.add(predicted.get(i));
            }
        }
        return new Unmatched(missed, spurious);
    }

    static boolean sameValue(MentionKind kind, String gold, String predicted) {
        String a = gold.strip();
        String b = predicted.strip();
        if (kind == MentionKind.ACTOR) {
            return new HashSet<>(List.of(a.split("\\s+"))).equals(new HashSet<>(List.of(b.split("\\s+"))));
        }
        if (kind == MentionKind.AGREEMENT && a.startsWith("new:") && b.startsWith("new:")) {
            return true; // a proposed agreement's name is the annotator's or the extractor's invention
        }
        if (kind == MentionKind.NUMBER) {
            String[] x = a.split("\\s+", 2);
            String[] y = b.split("\\s+", 2);
            if (x.length != 2 || y.length != 2 || !x[1].equalsIgnoreCase(y[1])) {
                return false;
            }
            try {
                double u = Double.parseDouble(x[0]);
                double v = Double.parseDouble(y[0]);
                return Math.abs(u - v) <= 1e-9 * Math.max(Math.abs(u), Math.abs(v)) || u == v;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return a.equals(b);
    }
}
