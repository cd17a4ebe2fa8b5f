package org.counterweight.cli;

import org.counterweight.core.model.Labels;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option's value to a constant by its lower-case label ({@link Labels}); an unknown value is a
 * usage error that lists the labels, never a Java exception's text.
 */
abstract class LabelConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String option;

    LabelConverter(Class<E> type, String option) {
        this.type = type;
        this.option = option;
    }

    @Override
    public E convert(String value) {
        try {
            return Labels.parse(type, value, option);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
