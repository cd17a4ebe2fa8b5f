package org.counterweight.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterweight.core.model.Labels;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.core.scenario.ClaimTest;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.Location;
import org.counterweight.core.scenario.Range;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.Utf8Text;
import org.counterweight.io.yaml.YamlNode;

/**
 * Reads scenario files. Format ({@code docs/scenario-file-format.md}):
 * <pre>
 * scenario: caatsa-india
 * title: ...
 * description: ...
 * cites: [convergence-2022-19]          # claim ids of the case the scenario tests
 * case: south-asia
 * start: 2023
 * horizon: 30
 * historical_until: 2023                # optional: alignments follow the record until then
 * without_agreements: [us-ind-gsomia]   # optional: agreements removed from the record
 * alignment_drift:                      # optional: ties drift after the record (default: fixed)
 *   structural_balance: 0.1
 *   threat_balancing: 0.05
 * obligations: commitments              # optional: all (default) | commitments (ATOP ties, ObligationScope)
 * runs: 1000
 * seed: 1
 * interventions:
 *   - at: 2024.5
 *     label: CAATSA sanctions imposed on India
 *     kind: shift-tie                    # set-tie | shift-tie | create-tie | scale-level
 *     actors: [USA, IND]
 *     range: [-0.5, -0.2]                # or value: -0.3
 *     source: convergence-2022-19
 * tests:                                 # optional: what the scenario expects of the claims it cites
 *   - claim: convergence-2022-19
 *     measure: IND.deficit               # ACTOR.MEASURE at the horizon, scenario minus baseline
 *     expect: increase                   # increase | decrease
 * </pre>
 */
public final class ScenarioFileReader {
    /** The bundled scenarios, in the order {@code scenarios} lists them. */
    public static final List<String> BUNDLED = List.of("baseline", "baseline-drifting", "no-foundational-agreements",
            "caatsa-india", "pakistan-russia-ties", "us-engages-pakistan", "us-withdrawal-afghanistan",
            "gillani-recommendations", "cpec-stalls");

    private static final Set<String> KEYS = Set.of("scenario", "title", "description", "cites", "case", "start",
            "horizon", "historical_until", "without_agreements", "alignment_drift", "obligations", "runs", "seed",
            "interventions", "tests");

    /** The first year a scenario may start: the COW state system's. */
    public static final int FIRST_YEAR = 1816;
    /** The last year a scenario may start. */
    public static final int LAST_YEAR = 2100;
    /** The largest alignment drift rate per year: beyond it a yearly step overshoots. */
    public static final double MAX_DRIFT_RATE = 10;
    /** The largest scenario file read. */
    public static final long MAX_BYTES = YamlNode.MAX_DOCUMENT_CHARS;

    private ScenarioFileReader() {
    }

    public static ScenarioSpec read(Reader input, String fileName) {
        return readFile(input, fileName).spec();
    }

    /**
     * Reads a scenario with the places of the references it makes to the knowledge base (its
     * {@code case}, each of its {@code cites} and {@code without_agreements}) and of its {@code runs},
     * which only a service can check (against the store, against memory) and which it then reports
     * with the file, line and field.
     */
    public static ScenarioFile readFile(Reader input, String fileName) {
        YamlNode root = YamlNode.parse(input, fileName).requireKeys(KEYS);
        Map<String, Location> places = new LinkedHashMap<>();
        ScenarioSpec spec = spec(root);
        YamlNode caseNode = root.required("case");
        places.put("case", new Location(fileName, caseNode.line(), caseNode.path()));
        root.get("runs").ifPresent(node -> places.put("runs", new Location(fileName, node.line(), node.path())));
        for (String key : List.of("cites", "without_agreements")) {
            for (YamlNode item : root.list(key)) {
                places.put(item.path(), new Location(fileName, item.line(), item.path()));
            }
        }
        return new ScenarioFile(spec, places);
    }

    private static ScenarioSpec spec(YamlNode root) {
        List<InterventionSpec> interventions = new ArrayList<>();
        for (YamlNode node : root.list("interventions")) {
            interventions.add(intervention(node));
        }
        List<ClaimTest> tests = new ArrayList<>();
        for (YamlNode node : root.list("tests")) {
            tests.add(test(node));
        }
        List<String> cites = root.texts("cites");
        for (int i = 0; i < tests.size(); i++) {
            if (!cites.contains(tests.get(i).claim())) {
                throw root.list("tests").get(i).required("claim").error("the scenario tests " + tests.get(i).claim()
                        + " but does not cite it (cites: " + cites + ")");
            }
        }
        for (int i = 0; i < cites.size(); i++) {
            String claim = cites.get(i);
            if (tests.stream().noneMatch(t -> t.claim().equals(claim))) {
                throw root.list("cites").get(i).error("the scenario cites " + claim + " but states no test of it: add"
                        + " {claim: " + claim + ", measure: ACTOR.MEASURE, expect: increase|decrease} under tests");
            }
        }
        distinct(root, "cites");
        distinct(root, "without_agreements");
        int start = root.integer("start", FIRST_YEAR, LAST_YEAR);
        int horizon = root.integer("horizon", 1, ScenarioSpec.MAX_HORIZON);
        int historicalUntil = root.optionalInteger("historical_until", start, start + horizon).orElse(0);
        int runs = root.optionalInteger("runs", 1, ScenarioSpec.MAX_RUNS).orElse(1000);
        long seed = root.optionalLong("seed").orElse(1L);
        for (int i = 0; i < interventions.size(); i++) {
            InterventionSpec intervention = interventions.get(i);
            if (intervention.time() < start || intervention.time() > start + horizon) {
                throw root.list("interventions").get(i).required("at").error("the intervention at "
                        + intervention.time() + " lies outside the scenario's years " + start + "-" + (start + horizon));
            }
        }
        return root.build(() -> new ScenarioSpec(root.text("scenario"), root.text("title"),
                root.optionalText("description").orElse(""), cites, tests, root.text("case"), start, horizon,
                historicalUntil, new LinkedHashSet<>(root.texts("without_agreements")), interventions, drift(root),
                root.optionalAs("obligations", o -> Labels.parse(ObligationScope.class, o, "obligations"))
                        .orElse(ObligationScope.ALL), runs, seed));
    }

    /** Refuses an id listed twice under {@code key}, naming the second. */
    private static void distinct(YamlNode root, String key) {
        Set<String> seen = new HashSet<>();
        for (YamlNode item : root.list(key)) {
            if (!seen.add(item.text())) {
                throw item.error("'" + item.text() + "' is listed twice");
            }
        }
    }

    private static ScenarioSpec.AlignmentDrift drift(YamlNode root) {
        return root.get("alignment_drift").map(node -> {
            node.requireKeys(Set.of("structural_balance", "threat_balancing"));
            return node.build(() -> new ScenarioSpec.AlignmentDrift(
                    node.optionalNumber("structural_balance", 0, MAX_DRIFT_RATE).orElse(0.0),
                    node.optionalNumber("threat_balancing", 0, MAX_DRIFT_RATE).orElse(0.0)));
        }).orElse(ScenarioSpec.AlignmentDrift.NONE);
    }

    private static ClaimTest test(YamlNode node) {
        node.requireKeys(Set.of("claim", "measure", "expect"));
        String measure = node.text("measure");
        int dot = measure.indexOf('.');
        if (dot <= 0 || dot == measure.length() - 1) {
            throw node.required("measure").error("a measure is ACTOR.MEASURE, such as PAK.deficit; measures: "
                    + ScenarioSimulation.MEASURES);
        }
        if (!ScenarioSimulation.MEASURES.contains(measure.substring(dot + 1))) {
            throw node.required("measure").error("unknown measure '" + measure.substring(dot + 1) + "'; measures: "
                    + ScenarioSimulation.MEASURES);
        }
        ClaimTest.Direction expect = node.as("expect", e -> Labels.parse(ClaimTest.Direction.class, e, "expect"));
        return node.build(() -> new ClaimTest(node.text("claim"), measure.substring(0, dot), measure.substring(dot + 1),
                expect, new Location(node.file(), node.line(), node.path())));
    }

    private static InterventionSpec intervention(YamlNode node) {
        node.requireKeys(Set.of("at", "label", "kind", "actors", "value", "range", "source", "note"));
        List<String> actors = node.texts("actors");
        if (actors.isEmpty() || actors.size() > 2) {
            throw node.required("actors").error("give one actor, or two for a tie");
        }
        if (actors.size() == 2 && actors.get(0).equals(actors.get(1))) {
            throw node.required("actors").error("a tie joins two different actors, got " + actors.get(0) + " twice");
        }
        InterventionSpec.Kind kind = node.as("kind", k -> Labels.parse(InterventionSpec.Kind.class, k, "kind"));
        double low = InterventionSpec.lowestMagnitude(kind);
        double high = InterventionSpec.highestMagnitude(kind);
        Range magnitude;
        if (node.get("range").isPresent() == node.get("value").isPresent()) {
            throw node.error("give either value or range");
        } else if (node.get("range").isPresent()) {
            List<YamlNode> bounds = node.list("range");
            if (bounds.size() != 2) {
                throw node.required("range").error("a range is [low, high]");
            }
            magnitude = node.required("range").build(() -> new Range(bounds.get(0).number(low, high),
                    bounds.get(1).number(low, high)));
        } else {
            magnitude = Range.point(node.number("value", low, high));
        }
        double at = node.number("at", FIRST_YEAR, LAST_YEAR + ScenarioSpec.MAX_HORIZON);
        return node.build(() -> new InterventionSpec(at, node.text("label"), kind, actors.get(0),
                actors.size() > 1 ? actors.get(1) : null, magnitude, node.optionalText("source").orElse(null),
                new Location(node.file(), node.line(), node.path())));
    }

    /** A bundled scenario by id. */
    public static ScenarioSpec bundled(String id) {
        return read(new StringReader(bundledText(id)), "scenarios/" + id + ".yaml");
    }

    /** A bundled scenario's file, verbatim. */
    public static String bundledText(String id) {
        if (!BUNDLED.contains(id)) {
            throw new IllegalArgumentException("no built-in scenario '" + id + "'; built-in: " + BUNDLED);
        }
        String name = "counterweight-data/scenarios/" + id + ".yaml";
        try (InputStream in = ScenarioFileReader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built-in id, or a path to a scenario file. */
    public static ScenarioSpec load(String idOrFile) {
        if (BUNDLED.contains(idOrFile)) {
            return bundled(idOrFile);
        }
        Path file = Path.of(idOrFile);
        String name = file.getFileName() == null ? idOrFile : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputFormatException(name, 0, null, "neither a built-in scenario " + BUNDLED + " nor a file");
        }
        return read(new StringReader(Utf8Text.read(file, name, MAX_BYTES)), name);
    }
}
