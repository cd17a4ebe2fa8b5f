package org.counterweight.cli;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DyadsTables;
import org.counterweight.app.datasets.FrameRows;
import org.counterweight.app.datasets.StatesRequest;
import org.counterweight.app.datasets.StatesService;
import org.counterweight.app.datasets.WrittenFrame;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "states", description = {"State-year frames from COW state-system membership, as peacesciencer's"
        + " create_stateyears() with add_* columns and peacesciencer's column names. Writes FILE.csv or"
        + " FILE.parquet with FILE.sources.csv beside it, or prints the frame.",
    "--from and --to are required (1816 or later)."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight states --from 2000 --to 2010 --actors IND,PAK --with nmc,democracy,gdp,igo,distance",
            "  counterweight states --from 1816 --to 2022 --with cinc,majors,democracy --out states.parquet"})
final class StatesCommand extends ServiceCommand {
    @Mixin
    YearRangeOptions range;

    @Mixin
    CaseOption caseOption;

    @Mixin
    FrameOptions frameOptions;

    @Option(names = "--with", paramLabel = "COLS", split = ",", description = "Column groups to add: cinc, nmc,"
            + " majors, democracy, distance (to the nearest other member: capital and border), igo (memberships by"
            + " kind), gdp (as ln(x+1)).")
    List<String> with = new ArrayList<>();

    @Override
    List<Report.Table> run(Workbench workbench) {
        StatesService service = new StatesService(workbench);
        StatesRequest request = StatesRequest.of(caseOption.caseId(), range.years(), frameOptions.actors, with,
                frameOptions.nmcVersion, frameOptions.names);
        if (frameOptions.out == null) {
            FrameRows frame = service.frame(request);
            warn(frame.warnings());
            return DyadsTables.of("states", frame);
        }
        WrittenFrame written = service.write(request, frameOptions.out);
        warn(written.warnings());
        return DyadsTables.of(written);
    }
}
