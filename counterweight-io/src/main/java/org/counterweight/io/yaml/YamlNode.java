package org.counterweight.io.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.counterweight.io.InputFormatException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A node of a YAML document with its file, line and path. Scalars are kept as text (YAML's
 * implicit typing is not applied, so {@code 0042} stays {@code "0042"} and {@code NO} stays a
 * word); callers convert with the typed accessors, whose errors name the field.
 */
public final class YamlNode {
    private final String file;
    private final String path;
    private final Node node;

    private YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /**
     * Parses one YAML document.
     *
     * @throws InputFormatException on a syntax error (with its line) or an empty document
     */
    public static YamlNode parse(Reader input, String file) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10).setCodePointLimit(16 * 1024 * 1024).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, input)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                throw new InputFormatException(file, 0, null, "empty document");
            }
            return new YamlNode(file, "", root.get());
        } catch (MarkedYamlEngineException e) {
            long line = e.getProblemMark().map(m -> m.getLine() + 1L).orElse(0L);
            throw new InputFormatException(file, line, null, "not valid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new InputFormatException(file, 0, null, "not valid YAML: " + e.getMessage(), e);
        }
    }

    public String file() {
        return file;
    }

    /** The 1-based line this node starts on. */
    public long line() {
        return node.getStartMark().map(m -> m.getLine() + 1L).orElse(0L);
    }

    /** The path of this node from the root, such as {@code claims[4].quote}. */
    public String path() {
        return path;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar && isNullText(scalar.getValue())
                && scalar.getScalarStyle() == ScalarStyle.PLAIN;
    }

    private static boolean isNullText(String text) {
        return text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL");
    }

    /** An error about this node. */
    public InputFormatException error(String problem) {
        return new InputFormatException(file, line(), path.isEmpty() ? null : path, problem);
    }

    /** The scalar text of this node. */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value, found a " + kind());
        }
        return scalar.getValue();
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        return node instanceof SequenceNode ? "list" : "value";
    }

    private Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values, found a " + kind());
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = new YamlNode(file, path, tuple.getKeyNode()).text();
            entries.put(key, new YamlNode(file, path.isEmpty() ? key : path + "." + key, tuple.getValueNode()));
        }
        return entries;
    }

    /** The keys of this mapping, in the file's order. */
    public List<String> keys() {
        return List.copyOf(entries().keySet());
    }

    /**
     * Rejects keys outside {@code allowed}: a misspelt key is an error, not silently ignored.
     */
    public YamlNode requireKeys(Set<String> allowed) {
        for (Map.Entry<String, YamlNode> entry : entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw entry.getValue().error("unknown key '" + entry.getKey() + "'; allowed: " + allowed);
            }
        }
        return this;
    }

    /** The child under {@code key}, if present and not null. */
    public Optional<YamlNode> get(String key) {
        YamlNode child = entries().get(key);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(child);
    }

    /** The required child under {@code key}. */
    public YamlNode required(String key) {
        return get(key).orElseThrow(() -> new InputFormatException(file, line(),
                path.isEmpty() ? key : path + "." + key, "required key is missing"));
    }

    public String text(String key) {
        String value = required(key).text();
        if (value.isBlank()) {
            throw required(key).error("must not be blank");
        }
        return value;
    }

    public Optional<String> optionalText(String key) {
        return get(key).map(YamlNode::text).filter(s -> !s.isBlank());
    }

    /** The elements of a list; a missing key gives an empty list. */
    public List<YamlNode> list(String key) {
        Optional<YamlNode> child = get(key);
        if (child.isEmpty()) {
            return List.of();
        }
        YamlNode list = child.get();
        if (!(list.node instanceof SequenceNode sequence)) {
            throw list.error("expected a list, found a " + list.kind());
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new YamlNode(file, list.path + "[" + i + "]", sequence.getValue().get(i)));
        }
        return items;
    }

    /** A list of scalars as text. */
    public List<String> texts(String key) {
        return list(key).stream().map(YamlNode::text).toList();
    }

    /** Converts a required scalar, turning the converter's IllegalArgumentException into an error here. */
    public <T> T as(String key, Function<String, T> converter) {
        return required(key).convert(converter);
    }

    /** Converts an optional scalar. */
    public <T> Optional<T> optionalAs(String key, Function<String, T> converter) {
        return get(key).map(child -> child.convert(converter));
    }

    /** Converts this scalar's text. */
    public <T> T convert(Function<String, T> converter) {
        String value = text();
        try {
            return converter.apply(value);
        } catch (NumberFormatException e) {
            throw error("expected a number, got '" + value + "'");
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** Runs a constructor or check and reports its IllegalArgumentException against this node. */
    public <T> T build(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(e.getMessage());
        }
    }
}
