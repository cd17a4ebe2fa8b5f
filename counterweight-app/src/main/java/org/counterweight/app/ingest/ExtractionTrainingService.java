package org.counterweight.app.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.ensemble.Seeds;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.ExtractionModel;
import org.counterweight.core.text.Mention;
import org.counterweight.core.text.MentionKind;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.article.ArticleText;

/**
 * Trains the {@link ExtractionModel} that gives relations, events and agreements their confidence:
 * the rules extract every development article, each of their findings of those kinds is labelled
 * right or wrong by matching it to the article's gold annotations (as {@code eval-ingest} does),
 * and a logistic regression learns which are right. The calibration is cross-fitted: the articles are
 * cut into folds, each fold's findings are scored by a model fitted on the other folds, Platt's a and
 * b are fitted to those out-of-fold scores, and the shipped weights are then fitted on every article.
 * Deterministic for a given seed.
 */
public final class ExtractionTrainingService {
    /** Hyper-parameters, fixed before training (not tuned on any blind article). */
    static final int BITS = 16;
    static final int EPOCHS = 10;
    static final double RATE = 0.05;
    static final double L2 = 1e-2;

    private final Workbench workbench;

    public ExtractionTrainingService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** One labelled finding: its article (for the folds), features and outcome. */
    private record Labelled(int article, ExtractionModel.Example example, MentionKind kind) {
    }

    public ExtractionTrainingResult train(ExtractionTrainingRequest request) {
        ArticleExtractor rules;
        try (UnitOfWork work = workbench.begin()) {
            rules = IngestService.extractor(work, request.caseId(), null);
        }
        List<Labelled> labelled = new ArrayList<>();
        int articles = 0;
        for (GoldSet set : request.sets()) {
            for (GoldArticle gold : set.articles()) {
                ArticleText article = ArticleReader.clean(gold.text(), ArticleReader.Format.TEXT);
                ArticleExtractor.Result result = rules.extract(article.text(), gold.date(), gold.author());
                List<Mention> kept = new ArrayList<>();
                List<Mention> mapped = new ArrayList<>();
                for (Mention m : result.mentions()) {
                    if (ExtractionModel.KINDS.contains(m.kind()) && gold.kinds().contains(m.kind()) && m.sentence() >= 0) {
                        kept.add(m);
                        mapped.add(m.withSpan(article.original(m.start()), article.original(m.end())));
                    }
                }
                Map<MentionKind, int[]> counts = new EnumMap<>(MentionKind.class);
                for (MentionKind kind : MentionKind.values()) {
                    counts.put(kind, new int[3]);
                }
                List<GoldArticle.Annotation> annotations = gold.annotations().stream()
                        .filter(a -> ExtractionModel.KINDS.contains(a.kind())).toList();
                boolean[] matched = EvaluationService.match(annotations, mapped, counts).matched();
                for (int i = 0; i < kept.size(); i++) {
                    Mention m = kept.get(i);
                    int[] features = ExtractionModel.features(m, article.text(), result.sentences().get(m.sentence()), BITS);
                    labelled.add(new Labelled(articles, new ExtractionModel.Example(features, matched[i]), m.kind()));
                }
                articles++;
            }
        }
        if (labelled.isEmpty()) {
            throw new InvalidRequestException("gold", "the gold articles give no relation, event"
                    + " or agreement to learn from");
        }
        int folds = Math.min(request.folds(), articles);
        double[] outOfFold = new double[labelled.size()];
        boolean[] outcome = new boolean[labelled.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<ExtractionModel.Example> training = new ArrayList<>();
            for (Labelled l : labelled) {
                if (l.article() % folds != fold) {
                    training.add(l.example());
                }
            }
            ExtractionModel model = ExtractionModel.fit(training, BITS, EPOCHS, RATE, L2,
                    Seeds.generator(request.seed(), "extraction-fold-" + fold));
            for (int i = 0; i < labelled.size(); i++) {
                if (labelled.get(i).article() % folds == fold) {
                    outOfFold[i] = model.score(labelled.get(i).example().features());
                    outcome[i] = labelled.get(i).example().correct();
                }
            }
        }
        List<ExtractionModel.Example> all = labelled.stream().map(Labelled::example).toList();
        SplittableRandom random = Seeds.generator(request.seed(), "extraction-all");
        ExtractionModel model = ExtractionModel.fit(all, BITS, EPOCHS, RATE, L2, random).calibrated(outOfFold, outcome);
        double brier = 0;
        double ruleBrier = 0;
        int correct = 0;
        for (int i = 0; i < labelled.size(); i++) {
            double p = ExtractionModel.sigmoidOf(model.plattA() * outOfFold[i] + model.plattB());
            double y = outcome[i] ? 1 : 0;
            brier += (p - y) * (p - y);
            correct += outcome[i] ? 1 : 0;
        }
        for (Labelled l : labelled) {
            double y = l.example().correct() ? 1 : 0;
            double base = (double) correct / labelled.size();
            ruleBrier += (base - y) * (base - y);
        }
        return new ExtractionTrainingResult(articles, labelled.size(), correct, folds, brier / labelled.size(),
                ruleBrier / labelled.size(), model);
    }
}
