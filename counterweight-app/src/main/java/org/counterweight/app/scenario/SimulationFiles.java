package org.counterweight.app.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.io.scenario.SimulationSettings;
import org.counterweight.report.Report;
import org.counterweight.report.export.Json;
import org.counterweight.report.export.TableExport;

/**
 * The files of a simulation one can hand over, by name, as UTF-8 text: the scenario file as run
 * ({@value #SCENARIO}, verbatim), the settings ({@value #SETTINGS}: runs, seed, threads, focus, the
 * program's and the model's versions, the hashes of the scenario, the case and every dataset
 * release), the summary ({@value #SUMMARY}: the tables {@code simulate} prints, as JSON), the bands
 * of every series (baseline, scenario, difference) and the alignment paths (by year, and run by
 * run) as CSV. Nothing in them depends on the time, the machine or the thread count, so a replay
 * ({@link ScenarioService#replay}) writes the same bytes.
 */
public final class SimulationFiles {
    /** The scenario file as run. */
    public static final String SCENARIO = "scenario.yaml";
    /** The settings a replay reads. */
    public static final String SETTINGS = "settings.json";
    /** The summary tables. */
    public static final String SUMMARY = "summary.json";

    private SimulationFiles() {
    }

    /** Every file, by name, in a fixed order. */
    public static Map<String, String> of(SimulationResult result) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SCENARIO, result.file().text());
        files.put(SETTINGS, settings(result.settings()));
        files.put(SUMMARY, TableExport.json(ScenarioTables.of(result)));
        List<Report.Table> tables = new ArrayList<>(ScenarioTables.bands(result));
        tables.add(ScenarioTables.alignmentByYear(result));
        tables.add(ScenarioTables.alignmentRuns(result));
        for (Report.Table table : tables) {
            files.put(table.id() + ".csv", TableExport.csv(table));
        }
        return Collections.unmodifiableMap(files);
    }

    /** The settings as JSON, in the order {@link org.counterweight.io.scenario.SimulationSettingsReader} reads. */
    static String settings(SimulationSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("counterweight", settings.counterweight());
        json.put("model", settings.model());
        json.put("scenario", settings.scenario());
        json.put("scenario_sha256", settings.scenarioSha256());
        json.put("case", settings.caseId());
        json.put("case_sha256", settings.caseSha256());
        json.put("runs", settings.runs());
        json.put("seed", settings.seed());
        json.put("threads", settings.threads());
        json.put("focus", settings.focus());
        json.put("data", settings.data());
        return Json.write(json);
    }

    /** SHA-256 of a text's UTF-8 bytes, hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
