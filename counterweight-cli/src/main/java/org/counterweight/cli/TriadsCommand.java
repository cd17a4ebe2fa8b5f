package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DyadsTables;
import org.counterweight.app.datasets.FrameRows;
import org.counterweight.app.datasets.TriadsRequest;
import org.counterweight.app.datasets.TriadsService;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "triads", description = {"Triad-year (k-adic) frames of the states named, as Poast (2010) builds"
        + " k-adic data: per triad and year each member's CINC and their sum, and how many of its three pairs hold"
        + " an ATOP defence obligation, any ATOP obligation and an ongoing strategic rivalry; with the pairs' bases.",
    "--from, --to and 3 to " + TriadsRequest.MAX_ACTORS + " --actors are required; --format csv or json for files."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight triads --from 2000 --to 2022 --actors IND,PAK,USA,CHN,RUS",
            "  counterweight triads --from 1990 --to 2018 --actors IND,PAK,CHN --format csv > triads.csv"})
final class TriadsCommand extends ServiceCommand {
    @Mixin
    YearRangeOptions range;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--actors", paramLabel = "A,B,C,...", split = ",", required = true, description = "The states"
            + " whose triads are wanted (3 to " + TriadsRequest.MAX_ACTORS + ").")
    List<String> actors;

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version of the CINC columns (default: the"
            + " newest loaded).")
    String nmcVersion;

    @Option(names = "--names", paramLabel = "NAMES", description = "Column names: peacesciencer (the default;"
            + " ongoingrivalry_pairs) or counterweight (strategic_rivalry_pairs).")
    String names;

    @Mixin
    CarryOption carryOption;

    @Override
    List<Report.Table> run(Workbench workbench) {
        FrameRows frame = new TriadsService(workbench).frame(TriadsRequest.of(caseOption.caseId(), range.years(),
                actors, nmcVersion, carryOption.carry(), names));
        warn(frame.warnings());
        return DyadsTables.of("triads", frame);
    }
}
