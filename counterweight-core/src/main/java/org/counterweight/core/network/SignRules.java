package org.counterweight.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.Sign;

/**
 * Resolves evidence into one signed, weighted tie per pair.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>Curated evidence outranks dataset evidence: where any curated evidence exists for a pair,
 * only curated evidence decides it (an analyst's reading of the present outranks, say, a Cold War
 * treaty still coded in ATOP).</li>
 * <li>Among the evidence that decides, the sign is that of the larger total weight
 * (sum of positive weights against sum of negative weights); the tie's weight is the larger of the
 * two totals minus the smaller, capped at 1. Equal totals cancel: the pair has no tie, and the
 * conflict is reported.</li>
 * </ol>
 * Every resolved tie keeps the reasons behind it, and every conflict is listed, so a user sees why
 * a pair is positive, negative or absent.
 */
public final class SignRules {
    private SignRules() {
    }

    /** A resolved tie with the evidence that decided it and the evidence overruled. */
    public record Tie(String a, String b, Sign sign, double weight, List<String> reasons, List<String> overruled) {
        public Tie {
            reasons = List.copyOf(reasons);
            overruled = List.copyOf(overruled);
        }
    }

    /** The ties, and pairs whose evidence cancelled out. */
    public record Result(List<Tie> ties, List<String> cancelled) {
        public Result {
            ties = List.copyOf(ties);
            cancelled = List.copyOf(cancelled);
        }
    }

    public static Result resolve(List<TieEvidence> evidence) {
        Map<String, List<TieEvidence>> byPair = new LinkedHashMap<>();
        for (TieEvidence e : evidence) {
            byPair.computeIfAbsent(e.pair(), p -> new ArrayList<>()).add(e);
        }
        List<Tie> ties = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        for (Map.Entry<String, List<TieEvidence>> entry : byPair.entrySet()) {
            List<TieEvidence> all = entry.getValue();
            boolean anyCurated = all.stream().anyMatch(TieEvidence::curated);
            double positive = 0;
            double negative = 0;
            List<String> reasons = new ArrayList<>();
            List<String> overruled = new ArrayList<>();
            for (TieEvidence e : all) {
                String reason = (e.sign() == Sign.POSITIVE ? "+ " : "- ") + e.reason();
                if (anyCurated && !e.curated()) {
                    overruled.add(reason);
                    continue;
                }
                reasons.add(reason);
                if (e.sign() == Sign.POSITIVE) {
                    positive += e.weight();
                } else {
                    negative += e.weight();
                }
            }
            String[] ids = entry.getKey().split("-", 2);
            if (positive == negative) {
                cancelled.add(entry.getKey() + ": " + String.join("; ", reasons));
                continue;
            }
            Sign sign = positive > negative ? Sign.POSITIVE : Sign.NEGATIVE;
            ties.add(new Tie(ids[0], ids[1], sign, Math.min(1, Math.abs(positive - negative)), reasons, overruled));
        }
        return new Result(ties, cancelled);
    }
}
