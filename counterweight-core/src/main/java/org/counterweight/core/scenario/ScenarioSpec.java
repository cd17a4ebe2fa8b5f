package org.counterweight.core.scenario;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterweight.core.network.ObligationScope;

/**
 * A scenario: the case, the period, what changes, and how many Monte Carlo runs.
 *
 * @param id                the scenario's id
 * @param title             one line
 * @param description       what it tests and why
 * @param cites             the claims or recommendations it tests, with their source
 * @param tests             what it expects of the claims it tests, each judged by a {@link Verdict}
 * @param caseId            the case whose actors and alignments it uses
 * @param startYear         the first simulated year (state and alignments taken from the record)
 * @param horizonYears      years simulated after the start
 * @param historicalUntil   last year for which alignments follow the knowledge base's record year by
 *                          year (0: fixed at the start year's alignment)
 * @param withoutAgreements agreement ids removed from the historical record (counterfactuals), kept in
 *                          the order given (the file's), so that listing them reads the same every time
 * @param interventions     dated changes
 * @param alignmentDrift    rates of the model's alignment dynamics after the record ends: structural
 *                          balance (sigma) and threat balancing (beta), per year; 0 and 0 hold ties
 *                          fixed except for interventions
 * @param obligations       which ATOP obligation types are ties of the record ({@link ObligationScope}),
 *                          for the scenario and its baseline alike
 * @param runs              Monte Carlo runs
 * @param seed              base seed
 */
public record ScenarioSpec(String id, String title, String description, List<String> cites, List<ClaimTest> tests,
        String caseId,
        int startYear, int horizonYears, int historicalUntil, Set<String> withoutAgreements,
        List<InterventionSpec> interventions, AlignmentDrift alignmentDrift, ObligationScope obligations, int runs,
        long seed) {

    /** Rates of alignment drift (see {@code AlignmentDynamics}); both 0 for fixed alignments. */
    public record AlignmentDrift(double structuralBalance, double threatBalancing) {
        public static final AlignmentDrift NONE = new AlignmentDrift(0, 0);

        public AlignmentDrift {
            if (!(structuralBalance >= 0) || !(threatBalancing >= 0) || !Double.isFinite(structuralBalance)
                    || !Double.isFinite(threatBalancing)) {
                throw new IllegalArgumentException("alignment drift rates must be finite and >= 0, got "
                        + structuralBalance + " and " + threatBalancing);
            }
        }
    }

    /** The most Monte Carlo runs a scenario may ask for. */
    public static final int MAX_RUNS = 1_000_000;
    /** The most years a scenario may simulate. */
    public static final int MAX_HORIZON = 200;

    public ScenarioSpec {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("scenario id must be lower-case letters, digits and '-', got '" + id + "'");
        }
        Objects.requireNonNull(obligations, "obligations");
        cites = List.copyOf(cites);
        tests = List.copyOf(tests);
        for (ClaimTest test : tests) {
            if (!cites.contains(test.claim())) {
                throw new IllegalArgumentException("test of " + test.claim() + ": the scenario must cite the claims it"
                        + " tests (cites: " + cites + ")");
            }
        }
        withoutAgreements = Collections.unmodifiableSet(new LinkedHashSet<>(withoutAgreements));
        interventions = List.copyOf(interventions);
        java.util.Objects.requireNonNull(alignmentDrift, "alignment drift");
        if (horizonYears < 1 || horizonYears > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be 1-" + MAX_HORIZON + " years, got " + horizonYears);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1-" + MAX_RUNS + ", got " + runs);
        }
        int end = startYear + horizonYears;
        if (historicalUntil != 0 && (historicalUntil < startYear || historicalUntil > end)) {
            throw new IllegalArgumentException("historical alignments must end within " + startYear + "-" + end
                    + ", got " + historicalUntil);
        }
        for (InterventionSpec intervention : interventions) {
            if (intervention.time() < startYear || intervention.time() > end) {
                throw new IllegalArgumentException("intervention '" + intervention.label() + "' at "
                        + intervention.time() + " lies outside " + startYear + "-" + end);
            }
        }
    }

    public int endYear() {
        return startYear + horizonYears;
    }

    /** The same scenario with other run settings. */
    public ScenarioSpec withRuns(int newRuns, long newSeed) {
        return new ScenarioSpec(id, title, description, cites, tests, caseId, startYear, horizonYears, historicalUntil,
                withoutAgreements, interventions, alignmentDrift, obligations, newRuns, newSeed);
    }

    /**
     * Its baseline: the same period and record (under the same obligation scope), no interventions,
     * nothing removed from the record, and alignments fixed after the record (no drift).
     */
    public ScenarioSpec baseline() {
        return new ScenarioSpec("baseline", "Baseline: the record as it is", "No intervention.", List.of(), List.of(),
                caseId, startYear, horizonYears, historicalUntil, Set.of(), List.of(), AlignmentDrift.NONE, obligations,
                runs, seed);
    }
}
