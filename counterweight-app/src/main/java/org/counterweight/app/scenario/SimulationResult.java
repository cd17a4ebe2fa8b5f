package org.counterweight.app.scenario;

import java.util.List;
import java.util.Optional;
import org.counterweight.app.UserFile;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.model.Claim;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.scenario.Verdict;
import org.counterweight.io.scenario.SimulationSettings;

/**
 * A scenario run against its baseline as Monte Carlo ensembles with common random numbers.
 *
 * @param spec        the scenario as run (its runs and seed those of the request, where given)
 * @param inputs      the states' equations and the alignment path it ran on, with notes
 * @param tested      the claims of the case the scenario tests, in the order it cites them
 * @param comparison  the baseline's and the scenario's bands and their run-by-run differences
 * @param verdicts    one per test the scenario states, in its order
 * @param focus       the actor whose security deficit the sensitivity analysis explains
 * @param sensitivity one-at-a-time sensitivity of that deficit at the horizon, when the scenario
 *                    changes anything (interventions or a counterfactual record)
 * @param alignment   the alignment paths of both ensembles' runs, summarised against the baseline's
 *                    start year
 * @param file        the scenario file as run, verbatim
 * @param settings    what the run ran with, for a replay ({@link SimulationFiles})
 */
public record SimulationResult(ScenarioSpec spec, ScenarioInputs inputs, List<Claim> tested,
        ScenarioComparison.Comparison comparison, List<Verdict> verdicts, String focus,
        Optional<Tornado.Result> sensitivity, ScenarioAlignment alignment, UserFile file,
        SimulationSettings settings) {
    public SimulationResult {
        tested = List.copyOf(tested);
        verdicts = List.copyOf(verdicts);
    }
}
