/**
 * Scenarios on the security-dilemma system: what changes when (interventions with uncertain
 * magnitudes, checked against the state they act on), the states with their selected expenditure
 * equations ({@link org.counterweight.core.scenario.SimulatedActor}), one Monte Carlo run as an
 * {@link org.counterweight.core.ensemble.Simulation} in yearly steps recording each state's
 * expenditure, effective capability, threat and security deficit and every tie by year, and the
 * verdict on a claim a scenario tests ({@link org.counterweight.core.scenario.ClaimTest},
 * {@link org.counterweight.core.scenario.Verdict}); a run's alignment path (its ties, the blocs of
 * their exact balance partition, the landscape's minimum,
 * {@link org.counterweight.core.scenario.AlignmentPath}) and an ensemble's realignment against a
 * reference year ({@link org.counterweight.core.scenario.AlignmentSummary}).
 */
package org.counterweight.core.scenario;
