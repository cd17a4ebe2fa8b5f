package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.scenario.ScenarioFileReader;
import picocli.CommandLine.Command;

@Command(name = "scenarios", description = "The built-in scenarios: what each changes, when, by how much, and which claims it tests.")
final class ScenariosCommand extends StoreCommand {
    @Override
    List<ResultTable> run(Workbench workbench) {
        ResultTable table = new ResultTable(null, "scenario", "title", "period", "interventions", "tests");
        for (String id : ScenarioFileReader.BUNDLED) {
            ScenarioSpec spec = ScenarioFileReader.bundled(id);
            table.add(spec.id(), spec.title(), spec.startYear() + "-" + spec.endYear(),
                    spec.interventions().stream().map(ScenariosCommand::describe).reduce((a, b) -> a + "; " + b)
                            .orElse(spec.withoutAgreements().isEmpty() ? "none"
                                    : "record without " + String.join(", ", spec.withoutAgreements())),
                    String.join(" ", spec.cites()));
        }
        table.note("Run one: counterweight simulate SCENARIO --runs 1000 --seed 1; files: data/scenarios/*.yaml");
        return List.of(table);
    }

    static String describe(InterventionSpec intervention) {
        return intervention.time() + " " + intervention.kind().label() + " " + intervention.a()
                + (intervention.b() == null ? "" : "-" + intervention.b()) + " " + intervention.magnitude();
    }
}
