package org.counterweight.core.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.Sign;
import org.counterweight.core.model.Supports;

/**
 * The documented rules that turn what the knowledge base holds about a pair of states in a year into
 * {@link TieEvidence}, for {@link SignRules} to resolve.
 *
 * <ul>
 * <li>ATOP obligations (dataset): defence or offence 1.0, neutrality or non-aggression 0.5,
 * consultation 0.25; positive. Under {@link ObligationScope#COMMITMENTS} neutrality and non-aggression
 * count for nothing (an obligation holding only those is no evidence; one with consultation too weighs
 * 0.25): they promise restraint toward the partner, not action with it (Leeds et al. 2002's obligation
 * types; see {@link ObligationScope} for why the choice matters).</li>
 * <li>Strategic rivalries (dataset: Thompson, Sakuwa &amp; Suhas 2021, to 2020; or Thompson &amp;
 * Dreyer 2012, to 2010): negative, 1.0.</li>
 * <li>Curated relations holding in the year: their sign and strength.</li>
 * <li>Curated agreements in force in the year, between all parties: alliance 1.0, foundational
 * enabler 0.5, economic corridor 0.5, arms deal 0.4, strategic dialogue, training and civil nuclear
 * 0.3, other cooperation 0.2; positive. A sanction regime: its first party (the imposer) against
 * each other party, negative 0.5. Accessions to organisations add nothing between states.</li>
 * </ul>
 * Evidence is listed in that order (datasets, then relations, then agreements), each in the order
 * given, so the reasons under a tie read the same every time; a relation's reason names its period
 * and the sources of its start and end.
 * Dataset evidence read past its dataset's last year (obligations still in force, rivalries still
 * going at the dataset's end) is marked with the year it was carried from, and is carried only until
 * the knowledge base records its end: once a curated relation of the pair with the same sign has
 * ended, in or after the year carried from, the carried evidence stops after that end (the US
 * consultation obligation to the Islamic Republic of Afghanistan, coded by ATOP to 2018, ends with
 * the curated US-Afghanistan partnership on 15 August 2021).
 */
public final class TieRules {
    /** The rules in one line, for notes under results. */
    public static final String SUMMARY = "Ties: ATOP obligations (defence/offence 1, neutrality/non-aggression 0.5,"
            + " consultation 0.25, +; data to 2018), strategic rivalries (-1; Thompson, Sakuwa & Suhas 2021, data to"
            + " 2020), curated relations (their sign and strength) and agreements in force (alliance 1 ... cooperation"
            + " 0.2, +; sanctions -0.5); curated evidence overrules datasets for a pair; the sign is that of the larger"
            + " total weight. After a dataset's last year its obligations and ongoing rivalries are carried (marked"
            + " 'carried from') unless carrying is switched off, until an ended curated relation of the pair with the"
            + " same sign records their end.";

    /**
     * The dataset evidence of one year.
     *
     * @param obligations            ATOP obligations (of the year, or of the year they are carried from)
     * @param obligationsCarriedFrom the year the obligations were carried from, or null when they are the year's
     * @param rivalries              rivalries active in the year (or ongoing at the year they are carried from)
     * @param rivalriesCarriedFrom   likewise for the rivalries
     * @param rivalrySource          how the rivalries' dataset is named in reasons ("TSS 2021")
     */
    public record DatasetEvidence(Collection<AllianceObligation> obligations, Integer obligationsCarriedFrom,
            Collection<Rivalry> rivalries, Integer rivalriesCarriedFrom, String rivalrySource) {
    }

    private TieRules() {
    }

    /** The evidence about the pairs of {@code states} in {@code year}, every ATOP obligation type counting. */
    public static List<TieEvidence> evidence(int year, Map<Integer, String> states, DatasetEvidence datasets,
            Collection<Relation> relations, Collection<Agreement> agreements, Set<String> without) {
        return evidence(year, states, datasets, ObligationScope.ALL, relations, agreements, without);
    }

    /**
     * The evidence about the pairs of {@code states} in {@code year}.
     *
     * @param states     the states of the year by COW code (one actor per code)
     * @param datasets   the year's dataset evidence among those codes
     * @param scope      which ATOP obligation types count
     * @param relations  curated relations (those holding in the year between two of the states count)
     * @param agreements curated agreements active in the year, in signing order
     * @param without    agreement ids to leave out (counterfactual histories)
     */
    public static List<TieEvidence> evidence(int year, Map<Integer, String> states, DatasetEvidence datasets,
            ObligationScope scope, Collection<Relation> relations, Collection<Agreement> agreements,
            Set<String> without) {
        Collection<String> ids = states.values();
        List<TieEvidence> evidence = new ArrayList<>();
        for (AllianceObligation o : datasets.obligations()) {
            String a = states.get(o.ccode1());
            String b = states.get(o.ccode2());
            double weight = scope.weight(o);
            if (weight > 0 && a != null && b != null
                    && !endRecorded(relations, a, b, Sign.POSITIVE, datasets.obligationsCarriedFrom(), year)) {
                evidence.add(new TieEvidence(a, b, Sign.POSITIVE, weight, false, "ATOP " + o.version() + " "
                        + (weight == 1.0 ? "defence/offence" : weight == 0.5 ? "neutrality/non-aggression"
                                : "consultation") + " obligation " + a + "->" + b, datasets.obligationsCarriedFrom()));
            }
        }
        for (Rivalry rivalry : datasets.rivalries()) {
            String a = states.get(rivalry.ccode1());
            String b = states.get(rivalry.ccode2());
            if (a != null && b != null
                    && !endRecorded(relations, a, b, Sign.NEGATIVE, datasets.rivalriesCarriedFrom(), year)) {
                evidence.add(new TieEvidence(a, b, Sign.NEGATIVE, 1.0, false, datasets.rivalrySource() + " rivalry "
                        + rivalry.number() + " " + rivalry.name(), datasets.rivalriesCarriedFrom()));
            }
        }
        for (Relation relation : relations) {
            if (relation.period().overlapsYear(year) && ids.contains(relation.a()) && ids.contains(relation.b())) {
                evidence.add(new TieEvidence(relation.a(), relation.b(), relation.sign(), relation.strength(), true,
                        reason(relation)));
            }
        }
        for (Agreement agreement : agreements) {
            if (!agreement.activeIn(year) || without.contains(agreement.id())) {
                continue;
            }
            List<String> parties = agreement.parties().stream().filter(ids::contains).toList();
            String name = agreement.shortName() != null ? agreement.shortName() : agreement.id();
            if (agreement.type() == AgreementType.SANCTION_REGIME) {
                String imposer = agreement.parties().get(0);
                parties.stream().filter(p -> !p.equals(imposer) && ids.contains(imposer)).forEach(p -> evidence.add(
                        new TieEvidence(imposer, p, Sign.NEGATIVE, 0.5, true, "sanctions " + name)));
                continue;
            }
            double weight = agreementWeight(agreement.type());
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    if (weight > 0) {
                        evidence.add(new TieEvidence(parties.get(i), parties.get(j), Sign.POSITIVE, weight, true,
                                "agreement " + name));
                    }
                }
            }
        }
        return evidence;
    }

    /**
     * How a relation reads under a tie: its id, its period and the sources of the period's start and
     * end where the case gives them ("relation ind-afg-influence (2011-10-04 to 2021-08-15; start:
     * voa-2011-ind-afg-partnership; end: taliban-kabul-2021)").
     */
    private static String reason(Relation relation) {
        StringBuilder text = new StringBuilder("relation ").append(relation.id()).append(" (")
                .append(relation.period().describe());
        sources(relation, Supports.START).ifPresent(s -> text.append("; start: ").append(s));
        sources(relation, Supports.END).ifPresent(s -> text.append("; end: ").append(s));
        return text.append(')').toString();
    }

    private static Optional<String> sources(Relation relation, Supports part) {
        List<String> ids = relation.evidence(part).stream().map(Evidence::sourceId).distinct().toList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ids));
    }

    /**
     * Whether dataset evidence of this sign between a and b, carried from {@code carriedFrom}, has
     * ended by {@code year}: a curated relation of the pair with that sign ended in or after the year
     * carried from and before {@code year}. Evidence of the year itself (not carried) never ends so.
     */
    private static boolean endRecorded(Collection<Relation> relations, String a, String b, Sign sign,
            Integer carriedFrom, int year) {
        return carriedFrom != null && relations.stream().anyMatch(r -> r.between(a, b) && r.sign() == sign
                && r.period().end().map(end -> end.year() >= carriedFrom && end.year() < year).orElse(false));
    }

    /** The weight a curated agreement of this type lends the tie between its parties (0: none). */
    public static double agreementWeight(AgreementType type) {
        return switch (type) {
            case ALLIANCE -> 1.0;
            case FOUNDATIONAL_ENABLER, ECONOMIC_CORRIDOR -> 0.5;
            case ARMS_DEAL -> 0.4;
            case STRATEGIC_DIALOGUE, TRAINING, CIVIL_NUCLEAR -> 0.3;
            case COOPERATION -> 0.2;
            case MEMBERSHIP_ACCESSION, SANCTION_REGIME -> 0;
        };
    }
}
