package org.counterweight.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The probability that a relation, event or agreement the rules found is right, from a logistic
 * regression over hashed sparse features of the finding and its sentence: its kind, CAMEO code or
 * sign, the rule's own confidence, character 3- to 5-grams of its cue and surface text, and the words
 * before it and of its sentence: character n-grams with a linear classifier, the kind of model that
 * Piskorski, Haneczok &amp; Jacquet 2020 ("New Benchmark Corpus and Models for Fine-grained Event
 * Classification: To BERT or not to BERT?", COLING) found close to BERT on ACLED event types; feature
 * hashing as in Weinberger et al. 2009, "Feature Hashing for Large Scale Multitask Learning", ICML.
 * Weights are fitted by AdaGrad (Duchi, Hazan &amp; Singer 2011, JMLR 12) on log loss with an L2
 * penalty; the raw score is then mapped to a probability by Platt scaling (Platt 1999, "Probabilistic
 * Outputs for Support Vector Machines"), {@code 1 / (1 + exp(-(a s + b)))}, whose a and b are fitted
 * on out-of-fold scores so that a reported 0.8 is right about 80% of the time on the development
 * articles.
 *
 * <p>Pure and immutable once built; the weights are the caller's to store (io's
 * {@code ExtractionModelFile}).
 *
 * @param bits    the feature space has 2^bits weights
 * @param weights the weights, length 2^bits
 * @param bias    the intercept
 * @param plattA  Platt's slope
 * @param plattB  Platt's intercept
 */
public record ExtractionModel(int bits, double[] weights, double bias, double plattA, double plattB) {
    /** The kinds whose confidence the model gives. */
    public static final List<MentionKind> KINDS = List.of(MentionKind.AGREEMENT, MentionKind.RELATION, MentionKind.EVENT);

    public ExtractionModel {
        if (bits < 4 || bits > 24 || weights.length != 1 << bits) {
            throw new IllegalArgumentException("need 2^bits weights with 4 <= bits <= 24, got bits " + bits + " and "
                    + weights.length + " weights");
        }
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** One finding to learn from: its features and whether it matched a gold annotation. */
    public record Example(int[] features, boolean correct) {
    }

    /**
     * The hashed features of a finding in a text (offsets of {@code m} into {@code text}). Each
     * feature is a string ("k=event", "event|S=talks"); its hash is that string's {@link String#hashCode},
     * computed without building the string for the words and n-grams, which are most of them.
     */
    public static int[] features(Mention m, String text, Sentence sentence, int bits) {
        Hashes f = new Hashes();
        String kind = m.kind().label();
        f.add("k=" + kind);
        String[] value = m.value().split(" ");
        if (m.kind() == MentionKind.EVENT && value.length == 3) {
            f.add("c=" + value[2]);
            f.add("r=" + value[2].substring(0, 2));
        } else if (m.kind() == MentionKind.RELATION && value.length == 3) {
            f.add("s=" + value[2]);
        } else if (m.kind() == MentionKind.AGREEMENT) {
            f.add(m.value().startsWith("new:") ? "a=new" : "a=known");
        }
        f.add(kind + "|rc=" + Math.round(m.confidence() * 10));
        String detail = m.detail().toLowerCase(Locale.ROOT);
        int cue = detail.indexOf("cue \"");
        if (cue >= 0) {
            int close = detail.indexOf('"', cue + 5);
            String cueText = detail.substring(cue + 5, close < 0 ? detail.length() : close);
            f.add("cue=" + cueText);
            f.grams(kind + "|cg=", cueText);
        } else {
            f.add(kind + "|d=" + detail.split(";")[0]);
        }
        String surface = m.text().toLowerCase(Locale.ROOT);
        f.grams(kind + "|g=", surface.substring(0, Math.min(surface.length(), 40)));
        f.words(kind + "|L=", text.substring(Math.max(sentence.start(), m.start() - 40), m.start()).toLowerCase(Locale.ROOT), 1);
        f.words(kind + "|S=", text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + 300))
                .toLowerCase(Locale.ROOT), 3);
        int[] hashed = Arrays.copyOf(f.hashes, f.size);
        int mask = (1 << bits) - 1;
        for (int i = 0; i < hashed.length; i++) {
            hashed[i] = mix(hashed[i]) & mask;
        }
        return hashed;
    }

    /** The string hashes of a finding's features, in the order they are added. */
    private static final class Hashes {
        private int[] hashes = new int[256];
        private int size;

        void add(String feature) {
            add(feature.hashCode());
        }

        private void add(int hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
        }

        /** The hash of {@code prefix + s.substring(from, to)}, as {@link String#hashCode} would give it. */
        private static int hash(int prefixHash, String s, int from, int to) {
            int h = prefixHash;
            for (int i = from; i < to; i++) {
                h = 31 * h + s.charAt(i);
            }
            return h;
        }

        /** Character 3- to 5-grams of a string, padded with spaces, each after {@code prefix}. */
        void grams(String prefix, String s) {
            String padded = " " + s + " ";
            int p = prefix.hashCode();
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    add(hash(p, padded, i, i + n));
                }
            }
        }

        /** The words (runs of letters and apostrophes) of {@code s} of at least {@code minLength} characters, each after {@code prefix}. */
        void words(String prefix, String s, int minLength) {
            int p = prefix.hashCode();
            int start = -1;
            for (int i = 0; i <= s.length(); i++) {
                boolean inWord = i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'');
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    if (i - start >= minLength) {
                        add(hash(p, s, start, i));
                    }
                    start = -1;
                }
            }
        }
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** The raw linear score of a finding's features. */
    public double score(int[] features) {
        double z = bias;
        for (int i : features) {
            z += weights[i];
        }
        return z;
    }

    /** The calibrated probability that the finding is right. */
    public double probability(int[] features) {
        return sigmoid(plattA * score(features) + plattB);
    }

    /** The calibrated probability of a finding in a text. */
    public double probability(Mention m, String text, Sentence sentence) {
        return probability(features(m, text, sentence, bits));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The logistic function, for callers scoring out-of-fold values with this model's calibration. */
    public static double sigmoidOf(double z) {
        return sigmoid(z);
    }

    /**
     * Fits the weights on examples (AdaGrad, log loss, L2), with an identity calibration (a = 1,
     * b = 0); see {@link #calibrated} for Platt's.
     *
     * @param epochs passes over the examples, in an order shuffled each pass by {@code random}
     * @param rate   AdaGrad's base learning rate
     * @param l2     the L2 penalty per update
     */
    public static ExtractionModel fit(List<Example> examples, int bits, int epochs, double rate, double l2,
            SplittableRandom random) {
        Objects.requireNonNull(examples, "examples");
        double[] w = new double[1 << bits];
        double[] g2 = new double[1 << bits];
        double bias = 0;
        double biasG2 = 0;
        int[] order = new int[examples.size()];
        Arrays.setAll(order, i -> i);
        for (int e = 0; e < epochs; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                Example x = examples.get(i);
                double z = bias;
                for (int k : x.features()) {
                    z += w[k];
                }
                double gradient = sigmoid(z) - (x.correct() ? 1 : 0);
                biasG2 += gradient * gradient;
                bias -= rate * gradient / Math.sqrt(biasG2 + 1e-8);
                for (int k : x.features()) {
                    double g = gradient + l2 * w[k];
                    g2[k] += g * g;
                    w[k] -= rate * g / Math.sqrt(g2[k] + 1e-8);
                }
            }
        }
        return new ExtractionModel(bits, w, bias, 1, 0);
    }

    private static double plattLoss(double[] scores, boolean[] correct, double hi, double lo, double a, double b) {
        double loss = 0;
        for (int i = 0; i < scores.length; i++) {
            double z = a * scores[i] + b;
            double t = correct[i] ? hi : lo;
            loss += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z))); // stable log loss
        }
        return loss;
    }

    /**
     * This model with Platt's a and b fitted to (score, outcome) pairs by Newton's method with step
     * halving on the log loss (Lin, Lin &amp; Weng 2007, "A note on Platt's probabilistic outputs for
     * support vector machines", Machine Learning 68), with Platt's smoothed targets (N+ + 1)/(N+ + 2)
     * and 1/(N- + 2) against overfitting.
     */
    public ExtractionModel calibrated(double[] scores, boolean[] correct) {
        int positives = 0;
        for (boolean c : correct) {
            positives += c ? 1 : 0;
        }
        int negatives = correct.length - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        double loss = plattLoss(scores, correct, hi, lo, a, b);
        for (int iteration = 0; iteration < 200; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-6;
            double hab = 0;
            double hbb = 1e-6;
            for (int i = 0; i < scores.length; i++) {
                double p = sigmoid(a * scores[i] + b);
                double d = p - (correct[i] ? hi : lo);
                double v = p * (1 - p);
                ga += d * scores[i];
                gb += d;
                haa += v * scores[i] * scores[i];
                hab += v * scores[i];
                hbb += v;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = plattLoss(scores, correct, hi, lo, a - da, b - db);
            while (next > loss && step > 1e-6) { // Newton's step halved until the loss falls (Lin, Lin & Weng 2007)
                step /= 2;
                next = plattLoss(scores, correct, hi, lo, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new ExtractionModel(bits, weights, bias, a, b);
    }
}
