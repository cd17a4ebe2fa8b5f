package org.counterweight.io.scenario;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a simulation ran with, as its {@code settings.json} records it for a replay: the run settings,
 * the versions of the program and the model, and the content hashes of the scenario file, the case
 * file and every dataset release in the knowledge base.
 *
 * @param counterweight the program's version
 * @param model         the model version of the scenario engine
 * @param scenario      the scenario's id
 * @param scenarioSha256 SHA-256 of the scenario file as run (its UTF-8 bytes), hex
 * @param caseId        the case the scenario runs on
 * @param caseSha256    the hash the knowledge base records for the case's import
 * @param runs          Monte Carlo runs
 * @param seed          base seed
 * @param threads       the threads the ensembles ran on (the results do not depend on them)
 * @param focus         the actor whose security deficit the sensitivity analysis explains
 * @param data          every other slot of the knowledge base with its import's content hash
 */
public record SimulationSettings(String counterweight, String model, String scenario, String scenarioSha256,
        String caseId, String caseSha256, int runs, long seed, int threads, String focus,
        SortedMap<String, String> data) {
    public SimulationSettings {
        Objects.requireNonNull(counterweight, "counterweight");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(scenarioSha256, "scenario_sha256");
        Objects.requireNonNull(caseId, "case");
        Objects.requireNonNull(caseSha256, "case_sha256");
        Objects.requireNonNull(focus, "focus");
        if (runs < 1 || threads < 1) {
            throw new IllegalArgumentException("runs and threads must be at least 1, got " + runs + " and " + threads);
        }
        data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }
}
