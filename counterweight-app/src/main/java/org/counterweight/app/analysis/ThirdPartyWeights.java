package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterweight.app.Carry;
import org.counterweight.app.Rounding;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Sign;
import org.counterweight.core.network.SignRules;
import org.counterweight.core.power.ExpectedSupport;
import org.counterweight.core.similarity.SignorinoRitterS;
import org.counterweight.store.PortfolioQueries.YearPortfolios;

/**
 * What each third party lends a bloc in a year under a weighting of {@link PowerRequest.Partners},
 * with the basis of every weight: the year's ATOP (observed), ATOP's last year carried past its end
 * (marked, under {@link SignRules#CARRY_RULE}), the case's curated evidence overruling a treaty, or
 * not covered (ATOP over and carrying off). A third party lends a bloc the largest weight it lends
 * any member.
 */
final class ThirdPartyWeights {
    /** Unweighted S on the 0-3 alliance scale (Signorino &amp; Ritter 1999). */
    private static final SignorinoRitterS S = SignorinoRitterS.unweighted(4);

    private final CaseSnapshot snapshot;
    private final Map<Integer, YearPortfolios> portfolios;
    private final Carry carry;
    private final Map<Integer, SignRules.Result> ties = new HashMap<>();

    /**
     * @param snapshot   the case over the years, with the obligations of the blocs' members loaded
     * @param portfolios ATOP alliance portfolios of the system members by year (carried years included
     *                   when carrying)
     * @param carry      whether ATOP was carried past its last year
     */
    ThirdPartyWeights(CaseSnapshot snapshot, Map<Integer, YearPortfolios> portfolios, Carry carry) {
        this.snapshot = snapshot;
        this.portfolios = portfolios;
        this.carry = carry;
    }

    /** How ATOP is named in reasons, "ATOP 5.1". */
    private String atopName() {
        return snapshot.atop().map(c -> "ATOP " + c.version()).orElse("ATOP");
    }

    /** Why a year has no ATOP evidence: the release ends and carrying is off, or none is loaded. */
    private String notCoveredReason() {
        return snapshot.atop().map(c -> atopName() + " ends in " + c.lastYear() + (carry == Carry.NONE
                ? " and carrying it forward is off" : "")).orElse("no ATOP data is loaded");
    }

    /** The basis of the year's treaty evidence: observed, carried forward from ATOP's last year, or not covered. */
    Basis atopBasis(int year) {
        CaseSnapshot.YearObligations obligations = snapshot.obligations(year);
        return !obligations.covered() ? Basis.notCovered(atopName(), notCoveredReason())
                : datasetBasis(atopName(), obligations.carriedFrom());
    }

    private static Basis datasetBasis(String source, Integer carriedFrom) {
        return carriedFrom == null ? Basis.observed(source) : Basis.carriedForward(source, carriedFrom,
                SignRules.CARRY_RULE);
    }

    /**
     * The third parties' weights for {@code members} (states of one bloc) against {@code opponents}
     * (the other blocs' members) in {@code year}: those that lend something, those worth naming that
     * lend nothing, and those whose weight is not covered.
     */
    List<PowerResult.PartnerWeight> weights(PowerRequest.Partners method, int year, List<Actor> members,
            List<Actor> opponents, List<Actor> thirdParties) {
        List<PowerResult.PartnerWeight> weights = new ArrayList<>();
        for (Actor third : thirdParties) {
            PowerResult.PartnerWeight weight = switch (method) {
                case NONE -> null;
                case SIMILARITY -> similarity(year, third, members, opponents);
                default -> obligation(method.reliability(), year, third, members);
            };
            if (weight != null) {
                weights.add(weight);
            }
        }
        return weights;
    }

    /**
     * The obligation-based weight: the reliability of the strongest defence or offence obligation the
     * third party holds toward a member, unless the case's curated evidence for the pair is hostile;
     * 0 (named) for a curated partnership without such an obligation; null for a plain absence.
     */
    private PowerResult.PartnerWeight obligation(ExpectedSupport.Reliability reliability, int year, Actor third,
            List<Actor> members) {
        CaseSnapshot.YearObligations obligations = snapshot.obligations(year);
        if (!obligations.covered()) {
            return notCovered(third, notCoveredReason());
        }
        Basis basis = datasetBasis(atopName(), obligations.carriedFrom());
        String carried = obligations.carriedFrom() == null ? "" : " (carried from " + obligations.carriedFrom() + ")";
        PowerResult.PartnerWeight best = null;
        PowerResult.PartnerWeight overruled = null;
        for (Actor member : members) {
            for (AllianceObligation o : obligations.obligations()) {
                double weight = ExpectedSupport.obligationWeight(o, reliability);
                if (o.ccode1() != third.cowCode() || o.ccode2() != member.cowCode() || weight == 0) {
                    continue;
                }
                String treaty = atopName() + " " + ExpectedSupport.supportingPromise(o) + " obligation of " + third.id()
                        + " toward " + member.id() + carried;
                Optional<SignRules.Tie> hostile = curatedHostility(year, member, third);
                if (hostile.isPresent()) {
                    overruled = new PowerResult.PartnerWeight(third.id(), new BasedValue(0, new Basis(
                            Basis.Kind.CURATED, SignRules.CURATED_SOURCE, null, "overrules " + treaty)), treaty
                                    + ", overruled by the case's curated evidence (" + String.join("; ",
                                            hostile.get().reasons()) + ")");
                } else if (best == null || weight > best.weight().value()) {
                    best = new PowerResult.PartnerWeight(third.id(), new BasedValue(weight, basis), treaty);
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (overruled != null) {
            return overruled;
        }
        List<String> partnerships = curatedPartnerships(year, third, members);
        return partnerships.isEmpty() ? null : new PowerResult.PartnerWeight(third.id(), new BasedValue(0, basis),
                "a partnership (" + String.join(", ", partnerships) + ") without an " + atopName() + " defence or"
                        + " offence obligation" + carried);
    }

    /** The tie of a member with a third party in the year when curated evidence decides it negative. */
    private Optional<SignRules.Tie> curatedHostility(int year, Actor member, Actor third) {
        if (snapshot.actor(member.id()).isEmpty() || snapshot.actor(third.id()).isEmpty()) {
            return Optional.empty();
        }
        SignRules.Result result = ties.computeIfAbsent(year, snapshot::ties);
        return result.ties().stream().filter(t -> t.a().equals(member.id()) && t.b().equals(third.id())
                || t.a().equals(third.id()) && t.b().equals(member.id()))
                .filter(t -> t.basis().kind() == Basis.Kind.CURATED && t.sign() == Sign.NEGATIVE).findFirst();
    }

    /** The case's positive relations between a member and the third party holding in the year, by id. */
    private List<String> curatedPartnerships(int year, Actor third, List<Actor> members) {
        List<String> ids = new ArrayList<>();
        for (Relation relation : snapshot.relations()) {
            boolean pair = members.stream().anyMatch(m -> relation.a().equals(m.id()) && relation.b().equals(third.id())
                    || relation.b().equals(m.id()) && relation.a().equals(third.id()));
            if (pair && relation.sign() == Sign.POSITIVE && relation.period().overlapsYear(year)) {
                ids.add("relation " + relation.id());
            }
        }
        return ids;
    }

    /**
     * Bueno de Mesquita's weight: the largest over members of max(0, S(third, member) - S(third,
     * nearest opponent)) / 2, from the year's ATOP portfolios; null when it is 0.
     */
    private PowerResult.PartnerWeight similarity(int year, Actor third, List<Actor> members, List<Actor> opponents) {
        if (opponents.isEmpty()) {
            return notCovered(third, "similarity weighs support for one side against another: compare two or more"
                    + " blocs");
        }
        YearPortfolios portfolio = portfolios.get(year);
        if (portfolio == null) {
            return notCovered(third, notCoveredReason());
        }
        Map<String, Double> similarity = new LinkedHashMap<>();
        for (Actor actor : concat(List.of(third), opponents, members)) {
            int index = portfolio.indexOf(actor.cowCode());
            if (index < 0) {
                return notCovered(third, actor.id() + " is not a COW system member in " + year);
            }
            similarity.put(actor.id(), S.similarity(portfolio.codes()[portfolio.indexOf(third.cowCode())],
                    portfolio.codes()[index]));
        }
        Actor nearest = opponents.stream().max(Comparator.comparingDouble(o -> similarity.get(o.id()))).orElseThrow();
        double toOpponent = similarity.get(nearest.id());
        double best = 0;
        String reason = null;
        for (Actor member : members) {
            double toMember = similarity.get(member.id());
            double weight = ExpectedSupport.similarityWeight(toMember, toOpponent);
            if (weight > best) {
                best = weight;
                reason = "S(" + third.id() + "," + member.id() + ") = " + Rounding.significant(toMember, 4)
                        + " against S(" + third.id() + "," + nearest.id() + ") = " + Rounding.significant(toOpponent, 4)
                        + ", " + atopName() + " portfolios" + (portfolio.carriedFrom() == null ? ""
                                : " (carried from " + portfolio.carriedFrom() + ")");
            }
        }
        return best == 0 ? null : new PowerResult.PartnerWeight(third.id(), new BasedValue(best, datasetBasis(
                atopName() + " alliance portfolios", portfolio.carriedFrom())), reason);
    }

    private static List<Actor> concat(List<Actor> first, List<Actor> second, List<Actor> third) {
        List<Actor> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    private PowerResult.PartnerWeight notCovered(Actor third, String reason) {
        return new PowerResult.PartnerWeight(third.id(), BasedValue.none(Basis.notCovered(atopName(), reason)),
                "not covered: " + reason);
    }
}
