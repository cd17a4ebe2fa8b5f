/**
 * Scenarios on the security-dilemma model: what changes when (interventions with uncertain
 * magnitudes), the calibrated actors, and one Monte Carlo run as an
 * {@link org.counterweight.core.ensemble.Simulation} recording each actor's expenditure, effective
 * capability, threat and security deficit by year.
 */
package org.counterweight.core.scenario;
