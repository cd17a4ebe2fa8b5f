package org.counterweight.io.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.Numbers;
import org.snakeyaml.engine.v2.common.Anchor;
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
    /** This mapping's entries, read once (the typed accessors ask for them many times). */
    private Map<String, YamlNode> entries;
    /** This list's elements, read once. */
    private List<YamlNode> items;

    private YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Longest document read, in characters: 30 times the bundled case file, and parsed in about a second. */
    public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
    /** Deepest nesting of lists and mappings accepted: the case file format needs 6 levels. */
    public static final int MAX_DEPTH = 64;

    /**
     * Parses one YAML document. Before the parser sees it, the document's size is bounded
     * ({@value #MAX_DOCUMENT_CHARS} characters); while composing, its nesting
     * ({@value #MAX_DEPTH} levels, so 2,000 {@code [} give an error, not a stack overflow); after, every
     * mapping is checked for a key given twice (SnakeYAML Engine checks duplicate keys only in its
     * constructor stage, which this typed reader does not use).
     *
     * @throws InputFormatException on a syntax error (with its line), a document too large or too
     *                              deep, a duplicate key or an empty document
     */
    public static YamlNode parse(Reader input, String file) {
        String text = bounded(input, file);
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10).setCodePointLimit(MAX_DOCUMENT_CHARS + 1).build();
        try {
            Composer composer = new DepthLimitedComposer(settings,
                    new ParserImpl(settings, new StreamReader(settings, text)), file);
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                throw new InputFormatException(file, 0, null, "empty document");
            }
            YamlNode node = new YamlNode(file, "", root.get());
            node.checkKeys(0);
            return node;
        } catch (MarkedYamlEngineException e) {
            long line = e.getProblemMark().map(m -> m.getLine() + 1L).orElse(0L);
            throw new InputFormatException(file, line, null, "not valid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new InputFormatException(file, 0, null, "not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The whole input, refused past {@value #MAX_DOCUMENT_CHARS} characters without reading the rest. */
    private static String bounded(Reader input, String file) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_DOCUMENT_CHARS) {
                    throw new InputFormatException(file, 0, null, String.format(Locale.ROOT,
                            "longer than %,d characters: not a case or scenario file this program reads",
                            MAX_DOCUMENT_CHARS));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file, 0, null, "not UTF-8 text (save the file as UTF-8)", e);
        } catch (IOException e) {
            throw new InputFormatException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** SnakeYAML Engine's composer, refusing lists and mappings nested deeper than {@value #MAX_DEPTH}. */
    private static final class DepthLimitedComposer extends Composer {
        private final String file;
        private int depth;

        DepthLimitedComposer(LoadSettings settings, ParserImpl parser, String file) {
            super(settings, parser);
            this.file = file;
        }

        @Override
        protected SequenceNode composeSequenceNode(Optional<Anchor> anchor) {
            return nested(() -> super.composeSequenceNode(anchor));
        }

        @Override
        protected Node composeMappingNode(Optional<Anchor> anchor) {
            return nested(() -> super.composeMappingNode(anchor));
        }

        /** Composes one level deeper, refusing to go past {@value YamlNode#MAX_DEPTH}. */
        private <T> T nested(java.util.function.Supplier<T> compose) {
            if (++depth > MAX_DEPTH) {
                long line = parser.peekEvent().getStartMark().map(m -> m.getLine() + 1L).orElse(0L);
                throw new InputFormatException(file, line, null, "lists and mappings nested more than " + MAX_DEPTH
                        + " levels deep: not a case or scenario file this program reads");
            }
            try {
                return compose.get();
            } finally {
                depth--;
            }
        }
    }

    /**
     * Refuses a key given twice in one mapping (the later one would silently replace the earlier: a
     * second {@code claims:} dropping a list of claims), and nesting past {@value #MAX_DEPTH} through
     * aliases.
     */
    private void checkKeys(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep (through aliases?)");
        }
        if (node instanceof MappingNode) {
            for (YamlNode child : entries().values()) {
                child.checkKeys(depth + 1);
            }
        } else if (node instanceof SequenceNode) {
            for (YamlNode item : items()) {
                item.checkKeys(depth + 1);
            }
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
        if (entries != null) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values, found a " + kind());
        }
        Map<String, YamlNode> read = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode keyNode = new YamlNode(file, path, tuple.getKeyNode());
            String key = keyNode.text();
            String childPath = path.isEmpty() ? key : path + "." + key;
            YamlNode previous = read.put(key, new YamlNode(file, childPath, tuple.getValueNode()));
            if (previous != null) {
                throw new InputFormatException(file, keyNode.line(), childPath, "key '" + key
                        + "' is given twice in one mapping (first on line " + previous.line() + ")");
            }
        }
        entries = read;
        return entries;
    }

    /** The elements of this list node, read once. */
    private List<YamlNode> items() {
        if (items == null) {
            if (!(node instanceof SequenceNode sequence)) {
                throw error("expected a list, found a " + kind());
            }
            List<YamlNode> read = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                read.add(new YamlNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
            }
            items = List.copyOf(read);
        }
        return items;
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
        return get(key).map(YamlNode::items).orElse(List.of());
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

    /** Converts this scalar's text; the converter's IllegalArgumentException message becomes the error's. */
    public <T> T convert(Function<String, T> converter) {
        String value = text();
        try {
            return converter.apply(value);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** A required whole number in {@code [min, max]} ({@link Numbers} syntax). */
    public int integer(String key, int min, int max) {
        return as(key, t -> Numbers.integer(t, min, max));
    }

    /** An optional whole number in {@code [min, max]}. */
    public Optional<Integer> optionalInteger(String key, int min, int max) {
        return optionalAs(key, t -> Numbers.integer(t, min, max));
    }

    /** An optional whole number of any size ({@link Numbers#integer(String)}: at most 18 digits). */
    public Optional<Long> optionalLong(String key) {
        return optionalAs(key, Numbers::integer);
    }

    /** A required decimal number in {@code [min, max]} ({@link Numbers} syntax: no hexadecimal, NaN or infinity). */
    public double number(String key, double min, double max) {
        return as(key, t -> Numbers.decimal(t, min, max));
    }

    /** An optional decimal number in {@code [min, max]}. */
    public Optional<Double> optionalNumber(String key, double min, double max) {
        return optionalAs(key, t -> Numbers.decimal(t, min, max));
    }

    /** This scalar as a decimal number in {@code [min, max]}. */
    public double number(double min, double max) {
        return convert(t -> Numbers.decimal(t, min, max));
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
