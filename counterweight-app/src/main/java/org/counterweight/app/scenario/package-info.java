/**
 * Scenarios of the security-dilemma model: the built-in scenarios, what a scenario runs on
 * ({@link org.counterweight.app.scenario.ScenarioInputs}: each state's selected expenditure equation and
 * the alignment path of the record), a scenario run against its baseline with common random numbers
 * ({@link org.counterweight.app.scenario.ScenarioService#simulate}: bands, paired differences, the
 * verdict on each claim it tests, a one-at-a-time sensitivity, the runs' alignment paths,
 * {@link org.counterweight.app.scenario.ScenarioAlignment}), the result's tables, the files of a run
 * one can hand over and its replay ({@link org.counterweight.app.scenario.SimulationFiles},
 * {@link org.counterweight.app.scenario.ScenarioService#replay}), and the report's digest of each
 * scenario with its codec for the store's result cache
 * ({@link org.counterweight.app.scenario.ScenarioDigest}).
 */
package org.counterweight.app.scenario;
