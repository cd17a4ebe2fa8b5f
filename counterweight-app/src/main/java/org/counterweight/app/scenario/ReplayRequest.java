package org.counterweight.app.scenario;

import java.util.Objects;
import org.counterweight.app.UserFile;

/**
 * A simulation to run again from the files it wrote ({@link SimulationFiles}).
 *
 * @param settings its {@value SimulationFiles#SETTINGS}
 * @param scenario its {@value SimulationFiles#SCENARIO}, the scenario file as run
 */
public record ReplayRequest(UserFile settings, UserFile scenario) {
    public ReplayRequest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scenario, "scenario");
    }
}
