package org.counterweight.core.model;

/** Validation of state codes shared by the dataset records; messages name the field. */
final class StateCodes {
    private StateCodes() {
    }

    /** A Correlates of War or Gleditsch-Ward numeric state code: 1-999. */
    static int code(int code, String field) {
        if (code < 1 || code > 999) {
            throw new IllegalArgumentException(field + " must be a state code 1-999, got " + code);
        }
        return code;
    }

    /** Like {@link #code} but accepts null (no code). */
    static Integer optionalCode(Integer code, String field) {
        return code == null ? null : code(code, field);
    }

    static void ordered(int first, int last, String firstField, String lastField) {
        if (last < first) {
            throw new IllegalArgumentException(lastField + " " + last + " is before " + firstField + " " + first);
        }
    }
}
