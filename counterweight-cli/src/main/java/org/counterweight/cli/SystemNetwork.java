package org.counterweight.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.Sign;
import org.counterweight.core.network.SignRules;
import org.counterweight.core.network.TieEvidence;

/**
 * The evidence about every pair of a case's states in a year, gathered from the knowledge base
 * under documented rules, and resolved by {@link SignRules}.
 *
 * <p>Evidence and weights:
 * <ul>
 * <li>ATOP 5.1 obligations (dataset): defence or offence 1.0, neutrality or non-aggression 0.5,
 * consultation 0.25; positive.</li>
 * <li>Thompson-Dreyer strategic rivalries (dataset, to 2010): negative, 1.0.</li>
 * <li>Curated relations holding in the year: their sign and strength.</li>
 * <li>Curated agreements in force in the year, between all parties: alliance 1.0, foundational
 * enabler 0.5, economic corridor 0.5, arms deal 0.4, strategic dialogue, training and civil nuclear
 * 0.3, other cooperation 0.2; positive. A sanction regime: its first party (the imposer) against
 * each other party, negative 0.5. Accessions to organisations add nothing between states.</li>
 * </ul>
 * States only. COW code 365 is the Soviet Union up to 1991 and Russia from 1992 when the case has
 * both.
 */
final class SystemNetwork {
    private SystemNetwork() {
    }

    /** The rules, for notes under results. */
    static final String RULES = "Ties: ATOP obligations (defence/offence 1, neutrality/non-aggression 0.5, consultation"
            + " 0.25, +), Thompson-Dreyer rivalries (-1, data to 2010), curated relations (their sign and strength) and"
            + " agreements in force (alliance 1 ... cooperation 0.2, +; sanctions -0.5); curated evidence overrules"
            + " datasets for a pair; the sign is that of the larger total weight.";

    static List<Actor> states(Workbench workbench, int year) {
        return workbench.cases().actors(null).stream().filter(a -> a.kind() == ActorKind.STATE && a.cowCode() != null)
                .filter(a -> exists(a.id(), year)).toList();
    }

    /**
     * Whether an actor is the holder of its COW code in a year. COW code 365 (and SIPRI's series) is
     * the Soviet Union to 1991 and Russia from 1992; the case keeps them as two actors (SUN, RUS), so
     * every year-indexed use of the code must pick one. Every other actor exists in every year.
     */
    static boolean exists(String actorId, int year) {
        return !(actorId.equals("SUN") && year > 1991) && !(actorId.equals("RUS") && year <= 1991);
    }

    static SignRules.Result resolve(Workbench workbench, List<Actor> states, int year) {
        return resolve(workbench, states, year, java.util.Set.of());
    }

    /**
     * The network without the agreements named in {@code withoutAgreements} (ids), for
     * counterfactuals such as a history without the US-India foundational agreements.
     */
    static SignRules.Result resolve(Workbench workbench, List<Actor> states, int year,
            java.util.Set<String> withoutAgreements) {
        Map<Integer, String> byCow = new HashMap<>();
        states.forEach(a -> byCow.put(a.cowCode(), a.id()));
        List<String> ids = states.stream().map(Actor::id).toList();
        List<TieEvidence> evidence = new ArrayList<>();
        for (AllianceObligation o : workbench.datasets().atopObligations(year, year, byCow.keySet())) {
            String a = byCow.get(o.ccode1());
            String b = byCow.get(o.ccode2());
            double weight = o.defense() || o.offense() ? 1.0 : o.neutral() || o.nonaggression() ? 0.5
                    : o.consultation() ? 0.25 : 0;
            if (weight > 0) {
                evidence.add(new TieEvidence(a, b, Sign.POSITIVE, weight, false, "ATOP " + o.version() + " "
                        + (weight == 1.0 ? "defence/offence" : weight == 0.5 ? "neutrality/non-aggression"
                                : "consultation") + " obligation " + a + "->" + b));
            }
        }
        for (Rivalry rivalry : workbench.datasets().rivalries(year, year)) {
            String a = byCow.get(rivalry.ccode1());
            String b = byCow.get(rivalry.ccode2());
            if (a != null && b != null) {
                evidence.add(new TieEvidence(a, b, Sign.NEGATIVE, 1.0, false, "Thompson-Dreyer rivalry "
                        + rivalry.number() + " " + rivalry.name()));
            }
        }
        for (Relation relation : workbench.cases().relations(null)) {
            if (relation.period().overlapsYear(year) && ids.contains(relation.a()) && ids.contains(relation.b())) {
                evidence.add(new TieEvidence(relation.a(), relation.b(), relation.sign(), relation.strength(), true,
                        "relation " + relation.id()));
            }
        }
        for (Agreement agreement : workbench.cases().agreements(null, null, year, year)) {
            if (!agreement.activeIn(year) || withoutAgreements.contains(agreement.id())) {
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
        return SignRules.resolve(evidence);
    }

    private static double agreementWeight(AgreementType type) {
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
