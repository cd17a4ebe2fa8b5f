package org.counterweight.web;

import java.util.List;

/**
 * One query parameter an endpoint takes: its name (the request record's name for it, as the app's
 * {@code InvalidRequestException} names it), its JSON-schema type, whether it is required, what it
 * means, and for a closed choice its values.
 */
record Param(String name, Type type, boolean required, String description, List<String> choices) {
    /** The JSON-schema types a parameter can have. */
    enum Type {
        STRING("string"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean"), LIST("array");

        final String schema;

        Type(String schema) {
            this.schema = schema;
        }
    }

    Param {
        choices = List.copyOf(choices);
    }

    static Param optional(String name, Type type, String description) {
        return new Param(name, type, false, description, List.of());
    }

    static Param required(String name, Type type, String description) {
        return new Param(name, type, true, description, List.of());
    }

    static Param choice(String name, boolean required, String description, List<String> choices) {
        return new Param(name, Type.STRING, required, description, choices);
    }
}
