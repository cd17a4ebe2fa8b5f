package org.counterweight.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses and prints enum constants in their file spelling: lower-case with hyphens. */
public final class Labels {
    private Labels() {
    }

    public static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException listing the accepted spellings when {@code text} is none of them
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + " must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Labels::label).collect(Collectors.joining(", "))
                + ", got '" + text + "'");
    }
}
