package org.counterweight.io.scenario;

import java.util.Map;
import org.counterweight.core.scenario.Location;
import org.counterweight.core.scenario.ScenarioSpec;

/**
 * A scenario as read from its file, with where it refers to the knowledge base, so that a reference
 * found missing when the scenario runs (an unknown case, claim or agreement) is reported at its
 * file, line and field like a reading error.
 *
 * @param spec   the scenario
 * @param places the place of {@code case}, of {@code runs}, of each {@code cites[i]} and of each
 *               {@code without_agreements[i]}, by field path
 */
public record ScenarioFile(ScenarioSpec spec, Map<String, Location> places) {
    public ScenarioFile {
        places = Map.copyOf(places);
    }

    /** Where the field was written, or {@link Location#IN_CODE} when it was not. */
    public Location place(String field) {
        return places.getOrDefault(field, Location.IN_CODE);
    }

    /** Where the {@code index}-th item of a list field ({@code cites}, {@code without_agreements}) was written. */
    public Location place(String field, int index) {
        return place(field + "[" + index + "]");
    }
}
