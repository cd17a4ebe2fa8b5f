package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.core.power.ExpectedSupport;
import org.counterweight.core.power.ExpectedSupport.Reliability;

/**
 * Capability shares and ratios of actors or blocs by year, own and effective (with partners).
 *
 * @param caseId   the case whose states are the third parties and whose curated evidence can overrule
 *                 a treaty; named actors may lie outside it
 * @param blocs    the actors compared, each a bloc of one or more actor references (ISO3, COW code, name)
 * @param years    the years; an open end is the measure's last year, an open start the end
 * @param measure  what capability is
 * @param partners the main weighting of third parties (every weighting is computed for the range)
 * @param weights  weights set by hand, applied after every weighting (what a partner lends an actor)
 * @param carry    whether ATOP obligations and portfolios hold past ATOP's last year (marked carried) or
 *                 are not covered there
 */
public record PowerRequest(CaseId caseId, List<List<String>> blocs, YearRange years, Measure measure,
        Partners partners, List<Weight> weights, Carry carry) {

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

    /**
     * How much of a third party's capability a side is credited with: the published weightings of
     * {@link ExpectedSupport}, or none. Third parties are the case's states in none of the blocs
     * compared; each lends a bloc once, at the largest weight it lends any member.
     */
    public enum Partners {
        /**
         * Obligation-based expected support: a third party with an ATOP defence or offence obligation
         * toward a member lends 0.745, the wartime rate of Leeds, Long &amp; Mitchell (2000); other
         * obligations and partnerships without a treaty lend 0; the case's curated hostility for the
         * pair overrules a treaty.
         */
        OBLIGATIONS(Reliability.LEEDS_LONG_MITCHELL_2000),
        /** As {@link #OBLIGATIONS} at Berkemeier &amp; Fuhrmann's (2018) rates by type: defence 0.41, offence 0.74. */
        OBLIGATIONS_BY_TYPE(Reliability.BERKEMEIER_FUHRMANN_2018),
        /** As {@link #OBLIGATIONS} at Berkemeier &amp; Fuhrmann's (2018) rate for 1945-2003: 0.22. */
        OBLIGATIONS_POST_1945(Reliability.BERKEMEIER_FUHRMANN_2018_POST_1945),
        /**
         * Similarity-based expected support: Bueno de Mesquita's third-party weight
         * max(0, S(k, side) - S(k, opponent)) / 2 from ATOP alliance portfolios (Signorino &amp; Ritter's S).
         */
        SIMILARITY(null),
        /** No partners: own capability only (weights set by hand still apply). */
        NONE(null);

        private final Reliability reliability;

        Partners(Reliability reliability) {
            this.reliability = reliability;
        }

        /** The treaty reliability the weighting applies; null for similarity and none. */
        public Reliability reliability() {
            return reliability;
        }

        /** The weighting as requests spell it: {@code obligations-by-type}. */
        public String label() {
            return Choices.name(this);
        }

        /** The weighting and its source in words, for notes and the report. */
        public String describe() {
            return switch (this) {
                case NONE -> "none (own capability only)";
                case SIMILARITY -> "similarity-based expected support: Bueno de Mesquita's third-party weight"
                        + " (S(k,side) - S(k,opponent))/2, S of ATOP alliance portfolios (Signorino & Ritter 1999)";
                default -> "obligation-based expected support: ATOP defence/offence obligations honoured at "
                        + reliability.describe();
            };
        }

        /** The weighting in a few words with its source, for headlines ("ATOP defence/offence treaties ..."). */
        public String cite() {
            return switch (this) {
                case NONE -> "none";
                case SIMILARITY -> "alliance-portfolio similarity, Bueno de Mesquita's third-party weight";
                default -> "ATOP defence/offence treaties honoured at " + reliability.rates() + ", "
                        + reliability.citation();
            };
        }

        /** The rule named {@code text} ({@code obligations}, {@code obligations-by-type}, {@code similarity}, ...). */
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
        Objects.requireNonNull(carry, "carry");
        if (blocs == null || blocs.isEmpty() || blocs.stream().anyMatch(b -> b == null || b.isEmpty())) {
            throw new InvalidRequestException("actors", "name at least one actor, and at least one member per bloc");
        }
        blocs = blocs.stream().map(List::copyOf).toList();
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /**
     * Blocs written as the CLI takes them: each item an actor (a code or a name, "United States") or a bloc
     * of members joined by {@code +} ({@code USA+IND}).
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
