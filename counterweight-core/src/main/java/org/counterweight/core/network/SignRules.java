package org.counterweight.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.counterweight.core.model.Basis;
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
 * a pair is positive, negative or absent. A tie's basis says what decided it: curated evidence
 * (CURATED), dataset evidence of which some was carried past its dataset's end (CARRIED_FORWARD, from
 * the earliest year carried), dataset evidence of the year (OBSERVED), or coded events alone
 * (EVENT_BASED, {@link EventTieRule}).
 */
public final class SignRules {
    private SignRules() {
    }

    /** A resolved tie with the evidence that decided it, the evidence overruled, and its basis. */
    public record Tie(String a, String b, Sign sign, double weight, List<String> reasons, List<String> overruled,
            Basis basis) {
        public Tie {
            reasons = List.copyOf(reasons);
            overruled = List.copyOf(overruled);
            Objects.requireNonNull(basis, "basis");
        }

        /** Whether some dataset evidence that decided the tie was carried past its dataset's end. */
        public boolean carried() {
            return basis.kind() == Basis.Kind.CARRIED_FORWARD;
        }
    }

    /** The source named by the basis of ties decided by curated evidence. */
    public static final String CURATED_SOURCE = "the case's curated relations and agreements";
    /** The source named by the basis of ties decided by datasets. */
    public static final String DATASET_SOURCE = "ATOP obligations and strategic rivalries";
    /** The rule named by the basis of ties decided by carried dataset evidence. */
    public static final String CARRY_RULE = "treaty obligations and ongoing rivalries in force at a dataset's end"
            + " hold until the knowledge base records their end";

    /** The source named by the basis of ties decided by coded events alone. */
    public static final String EVENT_SOURCE = "the imported GDELT and ICEWS events";

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
            Integer carriedFrom = null;
            boolean anyObserved = false;
            for (TieEvidence e : all) {
                String reason = (e.sign() == Sign.POSITIVE ? "+ " : "- ") + e.reason()
                        + (e.carriedFrom() == null ? "" : " (carried from " + e.carriedFrom() + ")");
                if (anyCurated && !e.curated()) {
                    overruled.add(reason);
                    continue;
                }
                reasons.add(reason);
                if (e.carriedFrom() != null) {
                    carriedFrom = carriedFrom == null ? e.carriedFrom() : Math.min(carriedFrom, e.carriedFrom());
                } else if (!e.eventBased()) {
                    anyObserved = true;
                }
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
            Basis basis = anyCurated ? new Basis(Basis.Kind.CURATED, CURATED_SOURCE, null, null)
                    : carriedFrom != null ? Basis.carriedForward(DATASET_SOURCE, carriedFrom, CARRY_RULE)
                    : anyObserved ? Basis.observed(DATASET_SOURCE)
                    : new Basis(Basis.Kind.EVENT_BASED, EVENT_SOURCE, null, EventTieRule.SUMMARY);
            ties.add(new Tie(ids[0], ids[1], sign, Math.min(1, Math.abs(positive - negative)), reasons, overruled,
                    basis));
        }
        return new Result(ties, cancelled);
    }
}
