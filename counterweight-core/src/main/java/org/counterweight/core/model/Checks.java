package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;

/** Validation helpers shared by the model's compact constructors; messages name the field. */
final class Checks {
    private Checks() {
    }

    static String text(String value, String field) {
        Objects.requireNonNull(value, () -> field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            Objects.requireNonNull(value, () -> field + " must not contain null");
        }
        return List.copyOf(values);
    }

    static <T> List<T> nonEmptyList(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }

    static int year(int year, String field) {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException(field + " must be a four-digit year, got " + year);
        }
        return year;
    }

    static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    static double nonNegative(double value, String field) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    static String actorId(String value, String field) {
        String id = text(value, field);
        if (!id.matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw new IllegalArgumentException(
                    field + " must be an upper-case actor id such as IND or SCO, got '" + id + "'");
        }
        return id;
    }

    static String slug(String value, String field) {
        String id = text(value, field);
        if (!id.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new IllegalArgumentException(
                    field + " must be lower-case letters, digits, '.' and '-', got '" + id + "'");
        }
        return id;
    }
}
