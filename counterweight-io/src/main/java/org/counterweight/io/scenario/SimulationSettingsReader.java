package org.counterweight.io.scenario;

import java.io.Reader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.Numbers;
import org.counterweight.io.yaml.YamlNode;

/**
 * Reads a simulation's {@code settings.json} ({@link SimulationSettings}; JSON is YAML 1.2, so the
 * YAML reader's line numbers serve). Every key is required and no other is allowed; errors name the
 * file, line and field.
 */
public final class SimulationSettingsReader {
    private static final Set<String> KEYS = Set.of("counterweight", "model", "scenario", "scenario_sha256", "case",
            "case_sha256", "runs", "seed", "threads", "focus", "data");

    /** The most threads a run may have used. */
    public static final int MAX_THREADS = 1024;

    private SimulationSettingsReader() {
    }

    /** @throws org.counterweight.io.InputFormatException naming the file, line and field of bad input */
    public static SimulationSettings read(Reader input, String fileName) {
        YamlNode root = YamlNode.parse(input, fileName).requireKeys(KEYS);
        YamlNode data = root.required("data");
        SortedMap<String, String> hashes = new TreeMap<>();
        for (String slot : data.keys()) {
            hashes.put(slot, data.text(slot));
        }
        return root.build(() -> new SimulationSettings(root.text("counterweight"), root.text("model"),
                root.text("scenario"), root.text("scenario_sha256"), root.text("case"), root.text("case_sha256"),
                root.integer("runs", 1, ScenarioSpec.MAX_RUNS), root.as("seed", Numbers::integer),
                root.integer("threads", 1, MAX_THREADS), root.text("focus"), hashes));
    }
}
