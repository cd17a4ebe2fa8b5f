package org.counterweight.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DyadFrame;
import org.counterweight.app.datasets.DyadsRequest;
import org.counterweight.app.datasets.DyadsService;
import org.counterweight.app.datasets.DyadsTables;
import org.counterweight.app.datasets.WrittenDyadFrame;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dyads", description = {"Dyad-year frames from COW state-system membership, as peacesciencer's"
        + " create_dyadyears() with add_* columns. Writes FILE.csv or FILE.parquet and, beside it,"
        + " FILE.sources.csv naming the dataset and version behind every column.",
    "--from and --to are required (1816 or later); without --out, name a few --actors or one year."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight dyads --from 1816 --to 2022 --directed --with cinc,alliance --out dyads.parquet",
            "  counterweight dyads --from 2000 --to 2010 --actors IND,PAK --with cinc,alliance,rivalry,contiguity,arms,"
                    + "unga"})
final class DyadsCommand extends ServiceCommand {
    @Mixin
    YearRangeOptions range;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--actors", paramLabel = "A,B,...", split = ",", description = "Only dyads among these"
            + " states.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--directed", description = "Directed dyads (both A-B and B-A); default non-directed (ccode1 <"
            + " ccode2).")
    boolean directed;

    @Option(names = "--with", paramLabel = "COLS", split = ",",
            description = "Columns to add: cinc, alliance, similarity, rivalry, contiguity, majors, arms, unga.")
    List<String> with = new ArrayList<>();

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version for cinc (default: the newest"
            + " loaded).")
    String nmcVersion;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE.csv or FILE.parquet instead of"
            + " printing.")
    Path out;

    @Mixin
    CarryOption carryOption;

    @Override
    List<Report.Table> run(Workbench workbench) {
        DyadsService service = new DyadsService(workbench);
        DyadsRequest request = DyadsRequest.of(caseOption.caseId(), range.years(), actors, directed, with, nmcVersion,
                carryOption.carry());
        if (out == null) {
            DyadFrame frame = service.frame(request);
            warn(frame.warnings());
            return DyadsTables.of(frame);
        }
        WrittenDyadFrame written = service.write(request, out);
        warn(written.warnings());
        return DyadsTables.of(written);
    }
}
