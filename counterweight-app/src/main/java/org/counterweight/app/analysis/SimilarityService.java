package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.actor.StateIdentity;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.core.similarity.PortfolioSimilarity;
import org.counterweight.core.similarity.SimilarityMatrix;
import org.counterweight.io.network.UserTables;
import org.counterweight.io.network.UserTables.PortfolioItem;
import org.counterweight.store.AllianceSimilarity;
import org.counterweight.store.PortfolioQueries;
import org.counterweight.store.PortfolioQueries.YearPortfolios;

/**
 * Foreign-policy similarity of portfolios: Signorino &amp; Ritter's S (1999; unweighted,
 * capability-weighted, squared), Kendall's tau-b (Bueno de Mesquita 1975), and Cohen's kappa and
 * Scott's pi (Hage 2011), over ATOP alliance portfolios (Leeds et al. 2002; every COW system member
 * coded 0-3, CINC weights), over UN General Assembly votes (Voeten; roll calls both states voted in),
 * or over a user's two portfolios.
 */
public final class SimilarityService {
    /** Vote codes 0-2 (no, abstain, yes). */
    private static final int VOTE_CATEGORIES = 3;

    private final Workbench workbench;

    public SimilarityService(Workbench workbench) {
        this.workbench = workbench;
    }

    public SimilarityResult similarity(SimilarityRequest request) {
        if (request.portfolios() != null) {
            return fromFile(request.portfolios());
        }
        YearRange asked = request.years();
        int first = asked.from() != null ? asked.from() : SimilarityRequest.DEFAULT_YEAR;
        YearRange years = YearRange.of(first, asked.to() != null ? asked.to() : first);
        boolean named = !request.dyads().isEmpty();
        if (!named && years.first() != years.last()) {
            throw new InvalidRequestException("year", "every dyad is listed for one year at a time; name the two"
                    + " states of a dyad for a series");
        }
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = request.caseId();
            Set<List<Integer>> pairs = new HashSet<>();
            for (SimilarityRequest.Dyad dyad : request.dyads()) {
                StateResolver.Resolution a = work.resolveState(caseId, dyad.a(), "a", years.first(), years.last());
                StateResolver.Resolution b = work.resolveState(caseId, dyad.b(), "b", years.first(), years.last());
                for (int year = years.first(); year <= years.last(); year++) {
                    Optional<Actor> stateA = a.actorIn(year);
                    Optional<Actor> stateB = b.actorIn(year);
                    if (stateA.isPresent() && stateB.isPresent()) {
                        pairs.add(Dyads.key(stateA.get().cowCode(), stateB.get().cowCode(), year));
                    }
                }
            }
            Dyads dyads = new Dyads(work, request.dyads().isEmpty() ? null : pairs);
            return request.source() == SimilarityRequest.Source.ATOP ? alliances(work, years, dyads, request.carry())
                    : votes(work, years, dyads);
        }
    }

    /**
     * Which dyad-years to list (those of the states named, by COW codes and year; every one when none
     * were named) and how to name their states: by who holds the code that year (365 is SUN in 1950).
     */
    private record Dyads(UnitOfWork work, Set<List<Integer>> pairs) {
        static List<Integer> key(int first, int second, int year) {
            return List.of(Math.min(first, second), Math.max(first, second), year);
        }

        boolean wanted(int first, int second, int year) {
            return pairs == null || pairs.contains(key(first, second, year));
        }

        boolean named() {
            return pairs != null;
        }

        String name(int cow, int year) {
            return work.identities().holder(cow, year).map(StateIdentity::id).orElse(String.valueOf(cow));
        }

        /** A row for each named dyad in a year the data do not cover: no values, that basis. */
        List<SimilarityResult.DyadYear> notCovered(int year, int measures, String basis) {
            if (pairs == null) {
                return List.of();
            }
            List<Double> none = new ArrayList<>(Collections.nCopies(measures, (Double) null));
            return pairs.stream().filter(p -> p.get(2) == year).sorted(Comparator.comparing((List<Integer> p) -> p.get(0))
                    .thenComparing(p -> p.get(1))).map(p -> new SimilarityResult.DyadYear(year, p.get(0), p.get(1),
                    name(p.get(0), year), name(p.get(1), year), null, none, basis)).toList();
        }
    }

    private static SimilarityResult.DyadYears alliances(UnitOfWork work, YearRange years, Dyads dyads, Carry carried) {
        DatasetCoverage atop = work.releases().atop()
                .orElseThrow(() -> new InvalidRequestException("source", "no ATOP data is loaded"));
        int earliest = Math.max(Years.SYSTEM_START, atop.firstYear());
        boolean carry = carried == Carry.FORWARD;
        if (years.first() < earliest || years.last() > atop.lastYear() && !carry) {
            throw new InvalidRequestException(years.first() < earliest ? "from" : "to", "the years " + years
                    + " are outside ATOP " + atop.version() + " (" + atop.firstYear() + "-" + atop.lastYear()
                    + ") and the COW system (from " + Years.SYSTEM_START + "), and carrying ATOP's last year forward"
                    + " was not asked for");
        }
        String nmc = work.releases().nmc().version();
        List<AllianceSimilarity.YearMatrix> matrices = new AllianceSimilarity(work.session()).compute(years.first(),
                years.last(), nmc, carry, Runtime.getRuntime().availableProcessors());
        List<SimilarityResult.DyadYear> rows = new ArrayList<>();
        for (AllianceSimilarity.YearMatrix y : matrices) {
            int[] states = y.states();
            for (int i = 0; i < states.length; i++) {
                for (int j = i + 1; j < states.length; j++) {
                    if (!dyads.wanted(states[i], states[j], y.year())) {
                        continue;
                    }
                    List<Double> values = new ArrayList<>();
                    for (String[] column : AllianceSimilarity.COLUMNS) {
                        values.add(defined(y.matrix().get(column[1], i, j)));
                    }
                    rows.add(new SimilarityResult.DyadYear(y.year(), states[i], states[j],
                            dyads.name(states[i], y.year()), dyads.name(states[j], y.year()), null, values,
                            y.basis(states[i], states[j])));
                }
            }
        }
        return new SimilarityResult.DyadYears(SimilarityRequest.Source.ATOP, atop.version(), nmc, years.first(),
                years.last(), dyads.named(), AllianceSimilarity.COLUMNS.stream().map(c -> c[0]).toList(), rows,
                work.warnings());
    }

    private static SimilarityResult.DyadYears votes(UnitOfWork work, YearRange years, Dyads dyads) {
        List<PortfolioSimilarity> measures = SimilarityMatrix.standardMeasures(VOTE_CATEGORIES, false);
        PortfolioQueries queries = work.portfolios();
        List<SimilarityResult.DyadYear> rows = new ArrayList<>();
        boolean anyCovered = false;
        for (int year = years.first(); year <= years.last(); year++) {
            YearPortfolios portfolios = queries.unVotes(year);
            int[] states = portfolios.states();
            anyCovered |= states.length > 0;
            if (states.length == 0) {
                rows.addAll(dyads.notCovered(year, measures.size(), "not-covered"));
                continue;
            }
            for (int i = 0; i < states.length; i++) {
                for (int j = i + 1; j < states.length; j++) {
                    if (!dyads.wanted(states[i], states[j], year)) {
                        continue;
                    }
                    int[][] joint = jointVotes(portfolios.codes()[i], portfolios.codes()[j]);
                    boolean enough = joint[0].length >= UnAgreement.MIN_JOINT_VOTES;
                    List<Double> values = new ArrayList<>();
                    for (PortfolioSimilarity measure : measures) {
                        values.add(enough ? defined(measure.similarity(joint[0], joint[1])) : null);
                    }
                    rows.add(new SimilarityResult.DyadYear(year, states[i], states[j], dyads.name(states[i], year),
                            dyads.name(states[j], year), joint[0].length, values, enough ? "observed"
                                    : "too-few-joint-votes"));
                }
            }
        }
        if (!anyCovered && !dyads.named()) {
            throw new InvalidRequestException("to", "the loaded UN General Assembly votes hold no roll call in "
                    + years + "; name the states (a, b) to list their years as not covered");
        }
        return new SimilarityResult.DyadYears(SimilarityRequest.Source.UNGA, null, null, years.first(), years.last(),
                dyads.named(), measures.stream().map(PortfolioSimilarity::name).toList(), rows, work.warnings());
    }

    /**
     * Two states' votes on the roll calls both voted in, recoded 0-2 (no, abstain, yes): absence is
     * missing, not a vote.
     *
     * @param first  the first state's codes by roll call ({@link PortfolioQueries#NOT_VOTING} where absent)
     * @param second the second state's
     * @return the two states' joint votes, [0] the first's and [1] the second's
     */
    public static int[][] jointVotes(int[] first, int[] second) {
        int n = 0;
        for (int k = 0; k < first.length; k++) {
            if (first[k] != PortfolioQueries.NOT_VOTING && second[k] != PortfolioQueries.NOT_VOTING) {
                n++;
            }
        }
        int[][] joint = new int[2][n];
        int at = 0;
        for (int k = 0; k < first.length; k++) {
            if (first[k] != PortfolioQueries.NOT_VOTING && second[k] != PortfolioQueries.NOT_VOTING) {
                joint[0][at] = first[k] - 1;
                joint[1][at] = second[k] - 1;
                at++;
            }
        }
        return joint;
    }

    private static SimilarityResult.Portfolios fromFile(UserFile file) {
        List<PortfolioItem> items = UserTables.portfolios(file.reader(), file.name());
        int categories = Math.max(4, items.stream().mapToInt(i -> Math.max(i.a(), i.b())).max().orElse(0) + 1);
        int[] first = items.stream().mapToInt(PortfolioItem::a).toArray();
        int[] second = items.stream().mapToInt(PortfolioItem::b).toArray();
        double[] weights = items.stream().mapToDouble(PortfolioItem::weight).toArray();
        List<SimilarityResult.MeasureValue> values = new ArrayList<>();
        for (PortfolioSimilarity measure : SimilarityMatrix.standardMeasures(categories, true)) {
            values.add(new SimilarityResult.MeasureValue(measure.name(), defined(measure.weighted()
                    ? measure.similarity(first, second, weights) : measure.similarity(first, second))));
        }
        return new SimilarityResult.Portfolios(file.name(), items.size(), categories, values);
    }

    /** A value, or null where the measure is undefined (NaN). */
    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
