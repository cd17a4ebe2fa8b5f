package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One state-year of the Correlates of War National Material Capabilities data (Singer, Bremer &amp;
 * Stuckey 1972; Singer 1987). Components are empty when the dataset codes them missing (-9 or
 * blank), never zero-filled.
 *
 * @param version       NMC release ("7.0")
 * @param milex         military expenditure, thousands (British pounds before 1914, current US$ after)
 * @param milper        military personnel, thousands
 * @param irst          iron and steel production, thousand tons
 * @param pec           primary energy consumption, thousand coal-ton equivalents
 * @param tpop          total population, thousands
 * @param upop          urban population, thousands
 * @param publishedCinc the CINC column as published
 */
public record NationalCapabilities(String version, int cowCode, String stateAbb, int year,
        OptionalDouble milex, OptionalDouble milper, OptionalDouble irst, OptionalDouble pec,
        OptionalDouble tpop, OptionalDouble upop, OptionalDouble publishedCinc) {

    /** The six components in the order of the NMC codebook. */
    public static final List<String> COMPONENTS = List.of("milex", "milper", "irst", "pec", "tpop", "upop");

    public NationalCapabilities {
        version = Checks.text(version, "version");
        stateAbb = Checks.text(stateAbb, "stateabb");
        Checks.year(year, "year");
        for (OptionalDouble component : List.of(milex, milper, irst, pec, tpop, upop, publishedCinc)) {
            Objects.requireNonNull(component, "components must be OptionalDouble, not null");
            if (component.isPresent()) {
                Checks.nonNegative(component.getAsDouble(), "capability component");
            }
        }
    }

    /** Component {@code i} in {@link #COMPONENTS} order. */
    public OptionalDouble component(int i) {
        return switch (i) {
            case 0 -> milex;
            case 1 -> milper;
            case 2 -> irst;
            case 3 -> pec;
            case 4 -> tpop;
            case 5 -> upop;
            default -> throw new IndexOutOfBoundsException("component index " + i + " not in 0-5");
        };
    }
}
