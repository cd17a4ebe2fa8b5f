/**
 * Scenarios on the security-dilemma model: what changes when (interventions with uncertain
 * magnitudes), the calibrated actors, and one Monte Carlo run as an
 * {@link org.counterweight.core.ensemble.Simulation} recording each actor's expenditure, effective
 * capability, threat and security deficit and every tie by year; a run's alignment path (its ties,
 * the blocs of their exact balance partition, the landscape's minimum,
 * {@link org.counterweight.core.scenario.AlignmentPath}) and an ensemble's realignment against a
 * reference year ({@link org.counterweight.core.scenario.AlignmentSummary}).
 */
package org.counterweight.core.scenario;
