package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.events.EventDyadRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.app.events.EventsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events-dyad", description = {"Cooperation and conflict between two states from imported GDELT or"
        + " ICEWS events, both directions, by month or year: counts per QuadClass, Goldstein sum and mean.",
    "A period no imported file covers is 'not covered', never 0; the notes list the files and dates behind the"
            + " values. Import event data first (import gdelt FILE, import icews FILE)."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight events-dyad --a USA --b RUS --from 2016 --to 2016 --by month",
            "  counterweight events-dyad --a PAK --b RUS --from 2010 --to 2020 --by year --format csv"})
final class EventsDyadCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--a", required = true, paramLabel = "STATE", description = "One state (ISO3, COW code or name).")
    String a;

    @Option(names = "--b", required = true, paramLabel = "STATE", description = "The other state.")
    String b;

    @Mixin
    YearRangeOptions range;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "month or year (default:"
            + " month).")
    String by;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return EventsTables.of(new EventsService(workbench).dyad(new EventDyadRequest(caseOption.caseId(), a, b,
                range.years(), EventDyadRequest.period(by))));
    }
}
