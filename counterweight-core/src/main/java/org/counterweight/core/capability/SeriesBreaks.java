package org.counterweight.core.capability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.model.NationalCapabilities;

/**
 * Year-on-year changes of an NMC component by a factor of {@value #FACTOR} or more, either way: the
 * places where a state's series is more likely to change source or definition than to move (Pakistan's
 * urban population in NMC 7.0, 46,967 thousand in 2016 and 101,811 in 2017, which doubles its share of the
 * system's urban population in the CINC). A flag to check, not a correction: the values stay as published.
 */
public final class SeriesBreaks {
    /** The change, up or down, that is flagged. */
    public static final double FACTOR = 2;

    private SeriesBreaks() {
    }

    /**
     * One flagged change.
     *
     * @param component the NMC component ({@link NationalCapabilities#COMPONENTS})
     * @param year      the year of the new value (the change is from the year before)
     * @param before    the value the year before
     * @param after     the value in {@code year}
     */
    public record Break(String component, int year, double before, double after) {
        /** after / before. */
        public double ratio() {
            return after / before;
        }
    }

    /**
     * The flagged changes of one state's rows, in order of year then component; only consecutive years
     * where both values are present and positive are compared.
     */
    public static List<Break> of(List<NationalCapabilities> rows) {
        List<NationalCapabilities> sorted = rows.stream().sorted(Comparator.comparingInt(NationalCapabilities::year))
                .toList();
        List<Break> out = new ArrayList<>();
        for (int k = 1; k < sorted.size(); k++) {
            NationalCapabilities previous = sorted.get(k - 1);
            NationalCapabilities current = sorted.get(k);
            if (current.year() != previous.year() + 1) {
                continue;
            }
            for (int i = 0; i < NationalCapabilities.COMPONENTS.size(); i++) {
                OptionalDouble before = previous.component(i);
                OptionalDouble after = current.component(i);
                if (before.isPresent() && after.isPresent() && before.getAsDouble() > 0 && after.getAsDouble() > 0) {
                    double ratio = after.getAsDouble() / before.getAsDouble();
                    if (ratio >= FACTOR || ratio <= 1 / FACTOR) {
                        out.add(new Break(NationalCapabilities.COMPONENTS.get(i), current.year(),
                                before.getAsDouble(), after.getAsDouble()));
                    }
                }
            }
        }
        return out;
    }
}
