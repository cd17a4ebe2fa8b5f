/**
 * Scenarios on the security-dilemma system: what changes when (interventions with uncertain
 * magnitudes, checked against the state they act on), the states with their selected expenditure
 * equations ({@link org.counterweight.core.scenario.SimulatedActor}), one Monte Carlo run as an
 * {@link org.counterweight.core.ensemble.Simulation} in yearly steps recording each state's
 * expenditure, effective capability, threat and security deficit, and the verdict on a claim a
 * scenario tests ({@link org.counterweight.core.scenario.ClaimTest},
 * {@link org.counterweight.core.scenario.Verdict}).
 */
package org.counterweight.core.scenario;
