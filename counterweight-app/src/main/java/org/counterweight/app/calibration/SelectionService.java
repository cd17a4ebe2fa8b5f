package org.counterweight.app.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.ensemble.Seeds;
import org.counterweight.core.expenditure.AdmissibleDraws;
import org.counterweight.core.expenditure.ErrorCorrection;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.GrowthReaction;
import org.counterweight.core.expenditure.MilitaryDemand;
import org.counterweight.core.expenditure.RandomWalkWithDrift;
import org.counterweight.core.expenditure.RichardsonLevels;
import org.counterweight.core.expenditure.RollingOriginEvaluation;
import org.counterweight.core.expenditure.Specification;
import org.counterweight.core.expenditure.SpecificationSelection;

/**
 * Chooses each state's military expenditure specification by its out-of-sample record, and draws its
 * parameters within the admissible region ({@code docs/models/specifications.md}).
 *
 * <p>Data: {@link SystemSeries} (SIPRI expenditure, the threat from the case's alignment path, the
 * hostility of the state's ties, GDP = expenditure / SIPRI's share of GDP). Per state of the system,
 * side by side: {@link RichardsonLevels}, {@link GrowthReaction}, {@link ErrorCorrection},
 * {@link MilitaryDemand}, and the baseline {@link RandomWalkWithDrift}; each fitted on the whole window
 * and evaluated by {@link RollingOriginEvaluation} at horizons 1, 3 and 5 against persistence and the
 * drift; the choice by {@link SpecificationSelection}'s rule (the best that beats both baselines at
 * horizon 1, else the drift: "no evidence of reaction"). Then {@link AdmissibleDraws} of the chosen
 * specification: pairs-bootstrap draws kept when admissible, rejected otherwise, with the rejection rate.
 * Nothing is tuned: the window and the seed are the caller's, the rules are fixed.
 *
 * <p>Randomness: state i's draws come from the seed's stream named {@code selection/<id>}
 * ({@link Seeds#generator(long, String)}), so they depend only on the seed, the state and its data.
 */
public final class SelectionService {
    /** The prefix of the name of a state's draw stream ({@code selection/PAK}). */
    public static final String DRAW_STREAM = "selection/";
    /** The specifications compared, in preference order for ties; the drift is the fallback. */
    public static final List<Specification> SPECIFICATIONS = List.of(new RichardsonLevels(), new GrowthReaction(),
            new ErrorCorrection(), new MilitaryDemand());

    private static final RandomWalkWithDrift DRIFT = new RandomWalkWithDrift();
    /** The stages {@link #select(SelectionRequest, Progress)} tells. */
    public static final int STAGES = 2;

    private final Workbench workbench;

    public SelectionService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Selects every state of the case with SIPRI figures in the window. */
    public SelectionResult select(SelectionRequest request) {
        return select(request, Progress.NONE);
    }

    /**
     * As {@link #select(SelectionRequest)}, telling {@code progress} its {@value #STAGES} stages: reading the
     * series, then comparing the specifications, one step per state.
     */
    public SelectionResult select(SelectionRequest request, Progress progress) {
        try (UnitOfWork work = workbench.begin()) {
            return select(work, request, progress);
        }
    }

    /** As {@link #select(SelectionRequest)}, within a unit of work the caller holds (a scenario's). */
    public SelectionResult select(UnitOfWork work, SelectionRequest request) {
        return select(work, request, Progress.NONE);
    }

    private SelectionResult select(UnitOfWork work, SelectionRequest request, Progress progress) {
        SystemSeries.Window window = SystemSeries.window(work, request.years(), "a selection");
        int from = window.from();
        int to = window.to();
        SystemSeries system = SystemSeries.read(work, request.caseId(), window, request.without(), request.carry(),
                request.obligations(), progress);
        List<SelectionResult.ActorSelection> actors = new ArrayList<>();
        List<CalibrationResult.Skipped> skipped = new ArrayList<>();
        int states = system.ids().size();
        progress.stage("comparing the specifications out of sample for each state, then " + request.draws()
                + " admissible draws", states, "states");
        for (int i = 0; i < states; i++) {
            if (i > 0) {
                progress.advanced(i, system.ids().get(i));
            }
            ExpenditureHistory history = system.history(i);
            SpecificationSelection.Candidate drift = candidate(DRIFT, history);
            int growthRates = drift.fullWindow().design().observations();
            if (!drift.fullWindow().ok() || growthRates < RollingOriginEvaluation.MIN_OBSERVATIONS) {
                skipped.add(new CalibrationResult.Skipped(history.actor(), growthRates + " yearly growth rates (needs "
                        + RollingOriginEvaluation.MIN_OBSERVATIONS + ")"));
                continue;
            }
            actors.add(select(history, drift, request));
        }
        progress.advanced(states, null);
        if (actors.isEmpty()) {
            throw new InvalidRequestException("from", "no state has " + RollingOriginEvaluation.MIN_OBSERVATIONS
                    + " yearly growth rates in " + from + "-" + to + ": " + skipped);
        }
        return new SelectionResult(request.caseId(), window.release(), from, to, request.draws(), request.seed(),
                system.ids(), system.outside(), system.without(), request.obligations(), actors, skipped);
    }

    private static SelectionResult.ActorSelection select(ExpenditureHistory history,
            SpecificationSelection.Candidate drift, SelectionRequest request) {
        List<SpecificationSelection.Candidate> candidates = new ArrayList<>();
        for (Specification spec : SPECIFICATIONS) {
            candidates.add(candidate(spec, history));
        }
        SpecificationSelection.Choice choice = SpecificationSelection.choose(candidates, drift);
        AdmissibleDraws draws = AdmissibleDraws.sample(choice.chosen().fullWindow(), request.draws(),
                Seeds.generator(request.seed(), DRAW_STREAM + history.actor()));
        Optional<ErrorCorrection.BoundsTest> bounds = candidates.stream()
                .filter(c -> c.specification() instanceof ErrorCorrection && c.fullWindow().ok())
                .map(c -> ErrorCorrection.boundsTest(c.fullWindow())).findFirst();
        List<SpecificationSelection.Candidate> all = new ArrayList<>(candidates);
        all.add(drift);
        return new SelectionResult.ActorSelection(history, all, choice, draws, bounds);
    }

    private static SpecificationSelection.Candidate candidate(Specification spec, ExpenditureHistory history) {
        return new SpecificationSelection.Candidate(spec.fit(history, history.firstYear(), history.lastYear()),
                RollingOriginEvaluation.evaluate(spec, history));
    }
}
