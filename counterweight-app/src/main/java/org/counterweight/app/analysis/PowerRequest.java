package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;

/**
 * Capability shares and ratios of actors or blocs by year, own and effective (with partners).
 *
 * @param caseId   the case whose curated relations give partners' weights; named actors may lie outside it
 * @param blocs    the actors compared, each a bloc of one or more actor references (ISO3, COW code, name)
 * @param years    the years; an open end is the measure's last year, an open start the end
 * @param measure  what capability is
 * @param partners where partners' weights come from
 * @param weights  weights set by hand, applied after the rule (what a partner lends an actor)
 */
public record PowerRequest(CaseId caseId, List<List<String>> blocs, YearRange years, Measure measure,
        Partners partners, List<Weight> weights) {

    /** What capability is. */
    public enum Measure {
        /** The Composite Index of National Capability of COW's National Material Capabilities. */
        CINC,
        /** SIPRI military expenditure, US$ million at constant prices. */
        MILEX;

        /** The measure named {@code text} ({@code cinc}, {@code milex}). */
        public static Measure parse(String text) {
            return Choices.parse(Measure.class, text, "measure");
        }
    }

    /** Where partners' weights come from. */
    public enum Partners {
        /**
         * w(i, j) = strength of the strongest curated positive relation (partnership, alliance,
         * alignment, dependence) between i and j holding in the year.
         */
        RELATIONS,
        /** No partners: own capability only (weights set by hand still apply). */
        NONE;

        /** The rule named {@code text} ({@code relations}, {@code none}). */
        public static Partners parse(String text) {
            return Choices.parse(Partners.class, text, "partners");
        }
    }

    /**
     * A weight set by hand: what {@code partner} lends {@code actor}, in [0, 1].
     *
     * @param actor   the actor, as the user wrote it
     * @param partner the partner, as the user wrote it
     * @param weight  0 to 1
     */
    public record Weight(String actor, String partner, double weight) {
        public Weight {
            if (actor == null || actor.isBlank() || partner == null || partner.isBlank()) {
                throw new InvalidRequestException("weight", "a weight names an actor and a partner");
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new InvalidRequestException("weight", "the weight of " + partner + " for " + actor
                        + " must be in [0, 1], got " + weight);
            }
        }

        /** A weight written {@code A:P=W} ({@code IND:USA=0.5}: what USA lends IND). */
        public static Weight parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("[:=]");
            if (parts.length != 3) {
                throw new InvalidRequestException("weight", "a weight looks like IND:USA=0.5, got '" + text + "'");
            }
            try {
                return new Weight(parts[0].strip(), parts[1].strip(), Double.parseDouble(parts[2].strip()));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("weight", "the weight in '" + text + "' is not a number");
            }
        }

        @Override
        public String toString() {
            return actor + ":" + partner + "=" + weight;
        }
    }

    public PowerRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(partners, "partners");
        if (blocs == null || blocs.isEmpty() || blocs.stream().anyMatch(b -> b == null || b.isEmpty())) {
            throw new InvalidRequestException("actors", "name at least one actor, and at least one member per bloc");
        }
        blocs = blocs.stream().map(List::copyOf).toList();
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /**
     * Blocs written as the CLI and the API take them: each item an actor or a bloc {@code A+B}
     * ({@code USA+IND}).
     */
    public static List<List<String>> blocs(List<String> items) {
        List<List<String>> blocs = new ArrayList<>();
        for (String item : items == null ? List.<String>of() : items) {
            List<String> members = new ArrayList<>();
            for (String part : item.split("\\+")) {
                if (part.isBlank()) {
                    throw new InvalidRequestException("actors", "an empty member in '" + item + "'");
                }
                members.add(part.strip());
            }
            blocs.add(members);
        }
        return blocs;
    }
}
