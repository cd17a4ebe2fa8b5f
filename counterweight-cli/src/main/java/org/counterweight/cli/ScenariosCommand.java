package org.counterweight.cli;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.app.scenario.ScenarioTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;

@Command(name = "scenarios", description = "The built-in scenarios: what each changes, when, by how much, and which"
        + " claims it tests.", footerHeading = "%nExamples:%n", footer = {"  counterweight scenarios"})
final class ScenariosCommand extends ServiceCommand {
    @Override
    List<Report.Table> run(Workbench workbench) {
        Report.Table table = ScenarioTables.list(new ScenarioService(workbench).builtIn());
        List<String> notes = new ArrayList<>(table.notes());
        notes.add("Run one: counterweight simulate SCENARIO --runs 1000 --seed 1; files: data/scenarios/*.yaml");
        return List.of(new Report.Table(table.id(), table.title(), table.columns(), table.rows(), notes,
                table.source()));
    }
}
