package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.events.EventDyadRequest;
import org.counterweight.app.events.EventListRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.app.events.EventsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events-dyad", description = {"Cooperation and conflict between two states from imported GDELT or"
        + " ICEWS events, both directions, by day, ISO week, month or year: counts per QuadClass, Goldstein sum and"
        + " mean, mention-weighted Goldstein sum and mean; the events as given or one a day (--count).",
    "A period no imported file covers is 'not covered', never 0; the notes list the files and dates behind the"
            + " values. With --list PERIOD, the events behind that period instead, with their files, lines and"
            + " SOURCEURLs. Import event data first (import gdelt FILE, import icews FILE)."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight events-dyad --a USA --b RUS --from 2016 --to 2016 --by month",
            "  counterweight events-dyad --a USA --b PRK --by week --count one-a-day",
            "  counterweight events-dyad --a USA --b PRK --by month --list 2018-06",
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

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "day, week (ISO 8601,"
            + " 2016-W30), month or year (default: month).")
    String by;

    @Option(names = "--count", paramLabel = "HOW", defaultValue = "as-given", description = "as-given (every event,"
            + " the default) or one-a-day (one event per source, target, CAMEO code and day).")
    String count;

    @Option(names = "--list", paramLabel = "PERIOD", description = "List the events of this period (2019-06 with"
            + " --by month, 2019-W23 with --by week, ...) instead of the tallies.")
    String list;

    @Override
    List<Report.Table> run(Workbench workbench) {
        EventsService events = new EventsService(workbench);
        if (list != null) {
            return EventsTables.of(events.list(new EventListRequest(caseOption.caseId(), a, b,
                    EventDyadRequest.period(by), list)));
        }
        return EventsTables.of(events.dyad(new EventDyadRequest(caseOption.caseId(), a, b, range.years(),
                EventDyadRequest.period(by), EventDyadRequest.counting(count))));
    }
}
