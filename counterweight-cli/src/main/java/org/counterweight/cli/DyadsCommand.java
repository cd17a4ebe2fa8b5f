package org.counterweight.cli;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DyadsRequest;
import org.counterweight.app.datasets.DyadsService;
import org.counterweight.app.datasets.DyadsTables;
import org.counterweight.app.datasets.FrameRows;
import org.counterweight.app.datasets.WrittenFrame;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dyads", description = {"Dyad-year frames from COW state-system membership, as peacesciencer's"
        + " create_dyadyears() with add_* columns and peacesciencer's column names. Writes FILE.csv or"
        + " FILE.parquet and, beside it, FILE.sources.csv naming the dataset and version behind every column.",
    "--from and --to are required (1816 or later); without --out, name a few --actors or one year.",
    "Each group has a basis column (e.g. democracy_basis): observed, not-covered, or each empty column with why"
            + " (COLUMN:not-coded inside its dataset's years, COLUMN:not-covered outside them)."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight dyads --from 1816 --to 2022 --directed --with cinc,alliance --out dyads.parquet",
            "  counterweight dyads --from 2000 --to 2010 --actors IND,PAK --with nmc,democracy,mids,distance,igo,gdp,"
                    + "peaceyears",
            "  counterweight dyads --from 2000 --to 2010 --actors IND,PAK --with cinc,alliance,rivalry,contiguity,arms,"
                    + "unga --names counterweight"})
final class DyadsCommand extends ServiceCommand {
    @Mixin
    YearRangeOptions range;

    @Mixin
    CaseOption caseOption;

    @Mixin
    FrameOptions frameOptions;

    @Option(names = "--directed", description = "Directed dyads (both A-B and B-A); default non-directed (ccode1 <"
            + " ccode2).")
    boolean directed;

    @Option(names = "--with", paramLabel = "COLS", split = ",", description = "Column groups to add: cinc, nmc (all"
            + " six NMC components and CINC), alliance, similarity, rivalry, contiguity, majors, arms, unga, democracy"
            + " (V-Dem, Polity, UDS), mids (GML and COW: onset, ongoing, hostility), peaceyears, distance (capital and"
            + " minimum), igo (shared memberships), gdp (simulated GDP, population, SDP as ln(x+1)).")
    List<String> with = new ArrayList<>();

    @Mixin
    CarryOption carryOption;

    @Override
    List<Report.Table> run(Workbench workbench) {
        DyadsService service = new DyadsService(workbench);
        DyadsRequest request = DyadsRequest.of(caseOption.caseId(), range.years(), frameOptions.actors, directed,
                with, frameOptions.nmcVersion, carryOption.carry(), frameOptions.names);
        if (frameOptions.out == null) {
            FrameRows frame = service.frame(request);
            warn(frame.warnings());
            return DyadsTables.of(frame);
        }
        WrittenFrame written = service.write(request, frameOptions.out);
        warn(written.warnings());
        return DyadsTables.of(written);
    }
}
