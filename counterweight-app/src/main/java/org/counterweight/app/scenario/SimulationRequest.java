package org.counterweight.app.scenario;

import java.util.Objects;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;
import org.counterweight.app.UserFile;

/**
 * A scenario to run against its baseline.
 *
 * @param scenario a built-in scenario's id, or null with {@code file}
 * @param file     a scenario file (YAML, {@code docs/scenario-file-format.md}), or null with {@code scenario}
 * @param settings runs and seed (open: the scenario's own), threads (open: every processor)
 * @param focus    the actor whose security deficit the sensitivity analysis explains
 */
public record SimulationRequest(String scenario, UserFile file, RunSettings settings, String focus) {
    /** The actor the sensitivity analysis explains when none is asked for. */
    public static final String DEFAULT_FOCUS = "PAK";

    public SimulationRequest {
        if ((scenario == null) == (file == null)) {
            throw new InvalidRequestException("scenario", "give a built-in scenario or a scenario file, not "
                    + (scenario == null ? "neither" : "both"));
        }
        Objects.requireNonNull(settings, "settings");
        if (focus == null || focus.isBlank()) {
            throw new InvalidRequestException("focus", "the actor the sensitivity analysis explains is required");
        }
    }

    /** A built-in scenario with these settings, explaining {@value #DEFAULT_FOCUS}'s deficit. */
    public static SimulationRequest builtIn(String scenario, RunSettings settings) {
        return new SimulationRequest(scenario, null, settings, DEFAULT_FOCUS);
    }
}
