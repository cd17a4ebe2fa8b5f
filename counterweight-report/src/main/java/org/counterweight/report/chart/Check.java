package org.counterweight.report.chart;

import java.util.List;

/** Validation helpers: every message names the field and, where useful, the value. */
final class Check {
    private Check() {
    }

    static String text(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    static String nonBlank(String value, String field) {
        text(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> value, String field, boolean mayBeEmpty) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        if (!mayBeEmpty && value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return List.copyOf(value);
    }

    static double[] array(double[] value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value.clone();
    }

    static void sameLength(double[] a, String fieldA, double[] b, String fieldB) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    fieldB + " has " + b.length + " values but " + fieldA + " has " + a.length);
        }
    }

    static String quote(String s) {
        return "'" + s + "'";
    }
}
