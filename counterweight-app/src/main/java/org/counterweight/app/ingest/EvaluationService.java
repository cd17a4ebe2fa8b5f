package org.counterweight.app.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.ensemble.Seeds;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.Mention;
import org.counterweight.core.text.MentionKind;
import org.counterweight.core.text.ScoreBootstrap;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.article.ArticleText;

/**
 * Scores the article extractor against gold annotations (docs/ingest-gold-format.md): precision,
 * recall and F1 per kind. A prediction matches a gold annotation when the kinds and values are equal
 * (actor ids as sets, numbers to 1e-9 relative, any two {@code new:} agreements) and the spans
 * overlap; each side matches at most once (greedy: gold in text order, first matching prediction).
 * Only the kinds an article declares annotated are scored for it. Each kind's score carries 95%
 * percentile intervals from a bootstrap over articles ({@link ScoreBootstrap}), and every prediction
 * is returned with whether it matched, for reliability tables of the confidences.
 */
public final class EvaluationService {
    /** Draws of the article bootstrap behind each interval, and its seed: the same gold gives the same intervals. */
    static final int BOOTSTRAP_DRAWS = 2000;
    static final long BOOTSTRAP_SEED = 20261207L;

    private final Workbench workbench;

    public EvaluationService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * Extracts each gold article's text (cleaned as plain text, offsets mapped back) with the case's
     * extractor and scores the findings; times the repeated passes, when asked, after scoring.
     */
    public EvaluationResult evaluate(EvaluationRequest request) {
        ArticleExtractor extractor;
        try (UnitOfWork work = workbench.begin()) {
            extractor = IngestService.extractor(work, request.caseId());
        }
        List<ArticleText> texts = new ArrayList<>();
        EvaluationResult result = score(EvaluationResult.Compared.EXTRACTOR, request.gold().articles(), gold -> {
            ArticleText article = ArticleReader.clean(gold.text(), ArticleReader.Format.TEXT);
            texts.add(article);
            List<Mention> predicted = new ArrayList<>();
            for (Mention m : extractor.extract(article.text(), gold.date(), gold.author()).mentions()) {
                if (m.confidence() >= request.minConfidence()) { // the kinds are kept to the article's by score()
                    predicted.add(m.withSpan(article.original(m.start()), article.original(m.end())));
                }
            }
            return predicted;
        }, GoldArticle::kinds, request.errorKinds());
        return request.repeat() > 0 ? result.withThroughput(time(extractor, request, texts)) : result;
    }

    /**
     * Agreement between two annotators of the same articles: the second annotation of each article is
     * scored against the first as if it were predictions, on the kinds both declare. Precision and recall
     * swap when the two are swapped, F1 does not: it is the agreement measure (Hripcsak &amp; Rothschild
     * 2005, "Agreement, the F-measure, and reliability in information retrieval", JAMIA 12(3)), the
     * ceiling of what an extractor can score against one annotator's gold.
     *
     * @param first  the annotations scored against (the gold of {@link #evaluate})
     * @param second a second annotation of some of the same articles, by article id
     * @param errorKinds the kinds whose disagreements to list; empty: none
     * @throws InvalidRequestException naming {@code against} when the second set has an article the first lacks
     *                                 or a different text for one
     */
    public EvaluationResult agreement(GoldSet first, GoldSet second, Set<MentionKind> errorKinds) {
        Map<String, GoldArticle> firsts = new LinkedHashMap<>();
        first.articles().forEach(a -> firsts.put(a.id(), a));
        Map<String, GoldArticle> seconds = new LinkedHashMap<>();
        for (GoldArticle other : second.articles()) {
            GoldArticle one = firsts.get(other.id());
            if (one == null) {
                throw new InvalidRequestException("against", "article " + other.id() + " has no first annotation to compare with");
            }
            if (!one.text().equals(other.text())) {
                throw new InvalidRequestException("against", "article " + other.id() + " has a different text in the two sets");
            }
            seconds.put(other.id(), other);
        }
        List<GoldArticle> compared = first.articles().stream().filter(a -> seconds.containsKey(a.id())).toList();
        return score(EvaluationResult.Compared.SECOND_ANNOTATION, compared, gold -> seconds.get(gold.id()).annotations()
                .stream().map(a -> new Mention(a.kind(), gold.text().substring(a.start(), a.end()), a.start(), a.end(), -1,
                        a.value(), 1.0, "second annotator")).toList(), gold -> {
            Set<MentionKind> both = EnumSet.noneOf(MentionKind.class);
            both.addAll(gold.kinds());
            both.retainAll(seconds.get(gold.id()).kinds());
            return both;
        }, errorKinds);
    }

    /** Scores each article's predictions against its annotations, on the kinds {@code kinds} gives it. */
    private static EvaluationResult score(EvaluationResult.Compared compared, List<GoldArticle> golds,
            Function<GoldArticle, List<Mention>> predictions, Function<GoldArticle, Set<MentionKind>> kinds,
            Set<MentionKind> errorKinds) {
        Map<MentionKind, List<ScoreBootstrap.Counts>> perArticle = new EnumMap<>(MentionKind.class);
        for (MentionKind kind : MentionKind.values()) {
            perArticle.put(kind, new ArrayList<>());
        }
        List<EvaluationResult.ExtractionError> errors = new ArrayList<>();
        List<EvaluationResult.Judged> judged = new ArrayList<>();
        for (GoldArticle gold : golds) {
            Set<MentionKind> scored = kinds.apply(gold);
            List<Mention> predicted = predictions.apply(gold).stream().filter(m -> scored.contains(m.kind())).toList();
            List<GoldArticle.Annotation> annotations = gold.annotations().stream().filter(a -> scored.contains(a.kind()))
                    .toList();
            Map<MentionKind, int[]> counts = new EnumMap<>(MentionKind.class); // matched, predicted, gold
            for (MentionKind kind : MentionKind.values()) {
                counts.put(kind, new int[3]);
            }
            Unmatched unmatched = match(annotations, predicted, counts);
            for (MentionKind kind : scored) {
                int[] c = counts.get(kind);
                perArticle.get(kind).add(new ScoreBootstrap.Counts(c[2], c[1], c[0]));
            }
            for (int i = 0; i < predicted.size(); i++) {
                judged.add(new EvaluationResult.Judged(gold.id(), predicted.get(i), unmatched.matched()[i]));
            }
            for (GoldArticle.Annotation a : unmatched.gold()) {
                if (errorKinds.contains(a.kind())) {
                    errors.add(new EvaluationResult.ExtractionError(gold.id(), a.kind(),
                            EvaluationResult.ErrorType.MISSED, gold.text().substring(a.start(), a.end()), a.value(),
                            lineAround(gold.text(), a.start())));
                }
            }
            for (Mention m : unmatched.predicted()) {
                if (errorKinds.contains(m.kind())) {
                    errors.add(new EvaluationResult.ExtractionError(gold.id(), m.kind(),
                            EvaluationResult.ErrorType.SPURIOUS, m.text(), m.value(), lineAround(gold.text(),
                                    m.start())));
                }
            }
        }
        Map<MentionKind, EvaluationResult.Score> scores = new EnumMap<>(MentionKind.class);
        Map<MentionKind, ScoreBootstrap.Intervals> intervals = new EnumMap<>(MentionKind.class);
        EvaluationResult.Score overall = new EvaluationResult.Score(0, 0, 0);
        SplittableRandom random = Seeds.generator(BOOTSTRAP_SEED, "eval-ingest");
        for (MentionKind kind : MentionKind.values()) {
            List<ScoreBootstrap.Counts> articles = perArticle.get(kind);
            EvaluationResult.Score score = new EvaluationResult.Score(
                    articles.stream().mapToInt(ScoreBootstrap.Counts::gold).sum(),
                    articles.stream().mapToInt(ScoreBootstrap.Counts::predicted).sum(),
                    articles.stream().mapToInt(ScoreBootstrap.Counts::matched).sum());
            scores.put(kind, score);
            overall = overall.plus(score);
            if (!articles.isEmpty()) {
                intervals.put(kind, ScoreBootstrap.of(articles, BOOTSTRAP_DRAWS, 0.95, random));
            }
        }
        return new EvaluationResult(compared, golds.size(), scores, overall, intervals, judged,
                errorKinds.isEmpty() ? Optional.empty() : Optional.of(errors), Optional.empty());
    }

    /** Extraction alone, {@code repeat} passes over the clean texts on this thread (without authors). */
    private static EvaluationResult.Throughput time(ArticleExtractor extractor, EvaluationRequest request,
            List<ArticleText> texts) {
        List<GoldArticle> articles = request.gold().articles();
        long sentences = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < request.repeat(); r++) {
            for (int i = 0; i < texts.size(); i++) {
                sentences += extractor.extract(texts.get(i).text(), articles.get(i).date(), null).sentences().size();
            }
        }
        return new EvaluationResult.Throughput(sentences, (System.nanoTime() - t0) / 1e9);
    }

    /** The line of the original text around an offset, shortened to 160 characters, for reading errors. */
    private static String lineAround(String text, int at) {
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int to = text.indexOf('\n', at);
        to = to < 0 ? text.length() : to;
        from = Math.max(from, at - 80);
        to = Math.min(to, Math.max(at + 80, from + 160));
        return text.substring(from, to).strip();
    }

    /** What {@link #match} could not pair: gold annotations missed and predictions with no gold counterpart. */
    record Unmatched(List<GoldArticle.Annotation> gold, List<Mention> predicted, boolean[] matched) {
    }

    /** Pairs annotations with predictions greedily, adding to {@code counts} (matched, predicted, gold by kind). */
    static Unmatched match(List<GoldArticle.Annotation> gold, List<Mention> predicted,
            Map<MentionKind, int[]> counts) {
        boolean[] used = new boolean[predicted.size()];
        List<GoldArticle.Annotation> missed = new ArrayList<>();
        for (Mention m : predicted) {
            counts.get(m.kind())[1]++;
        }
        for (GoldArticle.Annotation g : gold) {
            counts.get(g.kind())[2]++;
            boolean found = false;
            for (int i = 0; i < predicted.size() && !found; i++) {
                Mention m = predicted.get(i);
                if (!used[i] && m.kind() == g.kind() && m.overlaps(g.start(), g.end())
                        && sameValue(g.kind(), g.value(), m.value())) {
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
        return new Unmatched(missed, spurious, used);
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
