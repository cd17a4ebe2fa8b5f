package org.counterweight.io.bargaining;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.io.csv.CsvRecords;
import org.counterweight.io.yaml.YamlNode;

/**
 * Reads bargaining issues: replication tables (CSV) and issue files (YAML), format in
 * docs/bargaining-issues.md. Every problem is an {@link InputFormatException} naming the file, the line
 * and the field; nothing is read half. Knowledge-base references are checked for form only.
 */
public final class IssueFileReader {
    /** The issue files bundled with the south-asia case, by id. */
    public static final List<String> BUNDLED = List.of("s400-caatsa", "pakistan-alignment");
    /** The case the bundled issues belong to. */
    public static final String BUNDLED_CASE = "south-asia";

    private static final List<String> TABLE_COLUMNS = List.of("actor", "capability", "position", "salience");
    private static final List<String> INPUTS = List.of("capability", "position", "salience");
    private static final Set<String> ISSUE_KEYS = Set.of("id", "title", "question", "case", "year", "scale", "rounds",
            "q", "t", "actors", "note");
    private static final Set<String> ACTOR_KEYS = Set.of("name", "capability", "position", "salience", "note");
    private static final Set<String> INPUT_KEYS = Set.of("value", "range", "cinc", "milex", "spread", "rationale",
            "source", "quote", "locator");

    private IssueFileReader() {
    }

    /** A bundled issue file ({@link #BUNDLED}). */
    public static IssueFile bundled(String id) {
        if (!BUNDLED.contains(id)) {
            throw new IllegalArgumentException("no bundled issue '" + id + "'; bundled: " + BUNDLED);
        }
        String name = id + ".yaml";
        return read(BundledCases.file(BUNDLED_CASE, "bargaining/" + name).orElseThrow(), name);
    }

    /**
     * Reads a file: a replication table when its name ends in {@code .csv} or its first line is a header
     * naming actor, capability, position and salience; an issue file otherwise.
     */
    public static IssueFile read(String text, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean table = lower.endsWith(".csv") || (!lower.endsWith(".yaml") && !lower.endsWith(".yml")
                && looksLikeTable(text));
        return table ? table(text, fileName) : issue(text, fileName);
    }

    private static boolean looksLikeTable(String text) {
        String first = text.strip().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return TABLE_COLUMNS.stream().allMatch(first::contains) && first.contains(",");
    }

    /** A column name as compared: lower case, letters only ("Capability Low" and "capability_low" alike). */
    private static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static IssueFile table(String text, String fileName) {
        CsvRecords records = new CsvRecords(fileName, new StringReader(text), ',');
        CsvRecords.Row header = records.next();
        if (header == null) {
            throw new InputFormatException(fileName, 0, null, "empty file: expected the header "
                    + "Actor,Capability,Position,Salience");
        }
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.field(i).strip();
            if (columns.putIfAbsent(key(column), i) != null) {
                throw new InputFormatException(fileName, header.line(), column, "column given twice");
            }
            spelled.put(key(column), column);
        }
        for (String required : TABLE_COLUMNS) {
            if (!columns.containsKey(required)) {
                throw new InputFormatException(fileName, header.line(), required, "missing column; the header has "
                        + header.fields() + " (expected Actor,Capability,Position,Salience in any letter case)");
            }
        }
        for (String column : columns.keySet()) {
            boolean known = TABLE_COLUMNS.contains(column) || INPUTS.stream().anyMatch(input ->
                    column.equals(input + "low") || column.equals(input + "high"));
            if (!known) {
                throw new InputFormatException(fileName, header.line(), spelled.get(column), "unknown column; known: "
                        + "Actor, Capability, Position, Salience and, for ranges, Capability_Low, Capability_High,"
                        + " Position_Low, Position_High, Salience_Low, Salience_High");
            }
        }
        List<IssueActor> actors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
            if (row.blank()) {
                continue;
            }
            if (row.fields().size() != header.fields().size()) {
                throw new InputFormatException(fileName, row.line(), null, "expected " + header.fields().size()
                        + " fields as in the header, found " + row.fields().size());
            }
            String name = row.field(columns.get("actor")).strip();
            if (name.isEmpty()) {
                throw new InputFormatException(fileName, row.line(), spelled.get("actor"), "an actor needs a name");
            }
            if (!names.add(name)) {
                throw new InputFormatException(fileName, row.line(), spelled.get("actor"), "actor '" + name
                        + "' is listed twice");
            }
            InputSpec[] inputs = new InputSpec[3];
            for (int i = 0; i < 3; i++) {
                String input = INPUTS.get(i);
                double value = number(fileName, row, columns.get(input), spelled.get(input));
                Double low = optionalNumber(fileName, row, columns.get(input + "low"), spelled.get(input + "low"));
                Double high = optionalNumber(fileName, row, columns.get(input + "high"), spelled.get(input + "high"));
                if ((low == null) != (high == null)) {
                    throw new InputFormatException(fileName, row.line(), spelled.get(input + (low == null ? "high"
                            : "low")), "give both ends of the " + input + " range or neither");
                }
                inputs[i] = InputSpec.given(row.line(), spelled.get(input), value, low, high);
                checkInput(fileName, input, inputs[i], null);
            }
            actors.add(new IssueActor(row.line(), name, inputs[0], inputs[1], inputs[2]));
        }
        if (actors.size() < 2) {
            throw new InputFormatException(fileName, 0, null, "bargaining needs at least two actors, found "
                    + actors.size());
        }
        String id = fileName.replaceAll("(?i)\\.csv$", "");
        return new IssueFile(fileName, IssueFile.Format.CSV, id, id, null, null, null, null, null, null, null, actors);
    }

    private static double number(String file, CsvRecords.Row row, int column, String name) {
        String text = row.field(column).strip();
        if (text.isEmpty()) {
            throw new InputFormatException(file, row.line(), name, "value is required but the cell is empty");
        }
        return parse(file, row.line(), name, text);
    }

    private static Double optionalNumber(String file, CsvRecords.Row row, Integer column, String name) {
        if (column == null || row.field(column).isBlank()) {
            return null;
        }
        return parse(file, row.line(), name, row.field(column).strip());
    }

    private static double parse(String file, long line, String field, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputFormatException(file, line, field, "expected a finite number, got '" + text + "'");
    }

    /** Domain checks of one input: capability >= 0, salience in [0, 1], position on the scale, value in range. */
    private static void checkInput(String file, String input, InputSpec spec, IssueFile.Scale scale) {
        List<Double> values = new ArrayList<>();
        if (spec.value() != null) {
            values.add(spec.value());
        }
        if (spec.low() != null) {
            values.add(spec.low());
            values.add(spec.high());
            if (spec.low() > spec.high()) {
                throw new InputFormatException(file, spec.line(), spec.field(), "range [" + spec.low() + ", "
                        + spec.high() + "] has low > high");
            }
            if (spec.value() != null && (spec.value() < spec.low() || spec.value() > spec.high())) {
                throw new InputFormatException(file, spec.line(), spec.field(), "value " + spec.value()
                        + " lies outside its range [" + spec.low() + ", " + spec.high() + "]");
            }
        }
        for (double v : values) {
            String problem = switch (input) {
                case "capability" -> v < 0 ? "capability must be >= 0, got " + v : null;
                case "salience" -> v < 0 || v > 1 ? "salience is a share in [0, 1], got " + v
                        + (v > 1 && v <= 100 ? " (a percentage? divide by 100)" : "") : null;
                default -> scale != null && (v < scale.min() || v > scale.max()) ? "position " + v
                        + " is off the issue's scale [" + scale.min() + ", " + scale.max() + "]" : null;
            };
            if (problem != null) {
                throw new InputFormatException(file, spec.line(), spec.field(), problem);
            }
        }
    }

    private static IssueFile issue(String text, String fileName) {
        YamlNode root = YamlNode.parse(new StringReader(text), fileName);
        root.requireKeys(ISSUE_KEYS);
        YamlNode scaleNode = root.required("scale");
        scaleNode.requireKeys(Set.of("min", "max", "low", "high"));
        IssueFile.Scale scale = new IssueFile.Scale(scaleNode.as("min", IssueFileReader::finite),
                scaleNode.as("max", IssueFileReader::finite), scaleNode.optionalText("low").orElse(null),
                scaleNode.optionalText("high").orElse(null));
        if (!(scale.max() > scale.min())) {
            throw scaleNode.error("the scale needs min < max, got [" + scale.min() + ", " + scale.max() + "]");
        }
        Optional<Integer> year = root.optionalAs("year", Integer::parseInt);
        Optional<Integer> rounds = root.optionalAs("rounds", Integer::parseInt);
        if (rounds.isPresent() && rounds.get() < 0) {
            throw root.required("rounds").error("rounds must be >= 0");
        }
        Optional<Double> q = root.optionalAs("q", IssueFileReader::probability);
        Optional<Double> t = root.optionalAs("t", IssueFileReader::probability);
        List<IssueActor> actors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean references = false;
        for (YamlNode node : root.list("actors")) {
            node.requireKeys(ACTOR_KEYS);
            String name = node.text("name");
            if (!names.add(name)) {
                throw node.required("name").error("actor '" + name + "' is listed twice");
            }
            InputSpec[] inputs = new InputSpec[3];
            for (int i = 0; i < 3; i++) {
                inputs[i] = input(fileName, node.required(INPUTS.get(i)), INPUTS.get(i), scale);
                references |= inputs[i].fromKnowledgeBase();
            }
            actors.add(new IssueActor(node.line(), name, inputs[0], inputs[1], inputs[2]));
        }
        if (actors.size() < 2) {
            throw root.error("bargaining needs at least two actors, found " + actors.size());
        }
        if (references && year.isEmpty()) {
            throw new InputFormatException(fileName, root.line(), "year", "inputs drawn from the knowledge base need"
                    + " the year to read them for");
        }
        return new IssueFile(fileName, IssueFile.Format.YAML, root.text("id"), root.text("title"),
                root.optionalText("question").orElse(null), root.text("case"), year.orElse(null), scale,
                rounds.orElse(null), q.orElse(null), t.orElse(null), actors);
    }

    private static InputSpec input(String file, YamlNode node, String input, IssueFile.Scale scale) {
        node.requireKeys(INPUT_KEYS);
        Optional<String> cinc = node.optionalText("cinc");
        Optional<String> milex = node.optionalText("milex");
        Optional<Double> value = node.optionalAs("value", IssueFileReader::finite);
        int given = (cinc.isPresent() ? 1 : 0) + (milex.isPresent() ? 1 : 0) + (value.isPresent() ? 1 : 0);
        if (given != 1) {
            throw node.error("give exactly one of value, cinc or milex");
        }
        InputSpec spec;
        if (value.isPresent()) {
            Double low = null;
            Double high = null;
            Optional<YamlNode> range = node.get("range");
            if (range.isPresent()) {
                List<YamlNode> ends = node.list("range");
                if (ends.size() != 2) {
                    throw range.get().error("a range is [low, high]");
                }
                low = ends.get(0).convert(IssueFileReader::finite);
                high = ends.get(1).convert(IssueFileReader::finite);
            }
            if (node.get("spread").isPresent()) {
                throw node.required("spread").error("a spread widens a knowledge-base value; give a number a range");
            }
            String rationale = node.optionalText("rationale").orElseThrow(() -> new InputFormatException(file,
                    node.line(), node.path() + ".rationale", "an analyst's assumption needs its rationale"));
            Optional<String> source = node.optionalText("source");
            if (source.isEmpty() && (node.get("quote").isPresent() || node.get("locator").isPresent())) {
                throw node.error("a quote or a locator needs the source it comes from");
            }
            spec = new InputSpec(node.line(), node.path(), value.get(), null, low, high, null, rationale,
                    source.orElse(null), node.optionalText("quote").orElse(null),
                    node.optionalText("locator").orElse(null));
        } else {
            if (!input.equals("capability")) {
                throw node.error("only a capability can be drawn from the knowledge base (cinc or milex)");
            }
            for (String key : List.of("range", "rationale", "source", "quote", "locator")) {
                if (node.get(key).isPresent()) {
                    throw node.required(key).error("a knowledge-base value carries its own basis; '" + key
                            + "' goes with an analyst's value (widen a knowledge-base value with spread)");
                }
            }
            Optional<Double> spread = node.optionalAs("spread", IssueFileReader::finite);
            if (spread.isPresent() && !(spread.get() >= 0 && spread.get() < 1)) {
                throw node.required("spread").error("spread is a relative half-width in [0, 1), got " + spread.get());
            }
            InputSpec.Reference reference = new InputSpec.Reference(cinc.isPresent() ? InputSpec.Measure.CINC
                    : InputSpec.Measure.MILEX, cinc.orElseGet(milex::get));
            spec = new InputSpec(node.line(), node.path(), null, reference, null, null, spread.orElse(null), null,
                    null, null, null);
        }
        checkInput(file, input, spec, scale);
        return spec;
    }

    private static double finite(String text) {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("expected a finite number, got '" + text + "'");
        }
        return value;
    }

    private static double probability(String text) {
        double value = finite(text);
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("expected a probability in [0, 1], got " + value);
        }
        return value;
    }
}
