package org.counterweight.app.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.counterweight.app.InvalidRequestException;

/**
 * Parses a request's choice among an enum's constants, spelt in lower case with hyphens for
 * underscores ({@code cinc}, {@code unga}, {@code obligations-by-type}).
 */
final class Choices {
    private Choices() {
    }

    /**
     * The constant named {@code text}, ignoring case.
     *
     * @param parameter the request parameter, also how the message names the choice ("measure must be ...")
     * @throws InvalidRequestException naming {@code parameter} and listing the choices otherwise
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String parameter) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> name(c).equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(parameter, parameter + " must be "
                        + Arrays.stream(type.getEnumConstants()).map(Choices::name).collect(Collectors.joining(" or "))
                        + ", got '" + text + "'"));
    }

    /** How a constant is spelt in requests: {@code OBLIGATIONS_BY_TYPE} as {@code obligations-by-type}. */
    static String name(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
