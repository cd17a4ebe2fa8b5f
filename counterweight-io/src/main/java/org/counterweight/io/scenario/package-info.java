/**
 * Scenario files (YAML): what changes when, with uncertain magnitudes, read into
 * {@link org.counterweight.core.scenario.ScenarioSpec} with errors naming the file, line and field;
 * and the scenarios bundled with Counterweight.
 */
package org.counterweight.io.scenario;
