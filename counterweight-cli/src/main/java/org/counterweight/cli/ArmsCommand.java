package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.ArmsRequest;
import org.counterweight.app.analysis.ArmsService;
import org.counterweight.app.analysis.ArmsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "arms", description = {"Arms transfers (SIPRI TIV) to a recipient or from a supplier over a window:"
        + " totals and shares by partner.", "Years: --to defaults to the last year the SIPRI releases loaded hold of"
                + " the state, --from to five years ending at --to; years they do not hold are refused. Each figure"
                + " names its release."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight arms --recipient PAK --from 2015 --to 2019",
            "  counterweight arms --supplier RUS --from 2017 --to 2021"})
final class ArmsCommand extends ServiceCommand {
    @Mixin
    ArmsFocusOptions focus;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearRangeOptions range;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return ArmsTables.of(new ArmsService(workbench).shares(new ArmsRequest(caseOption.caseId(), focus.focus(),
                range.years())));
    }
}
