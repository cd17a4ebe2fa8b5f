package org.counterweight.cli;

import org.counterweight.app.YearRange;
import picocli.CommandLine.Option;

/** {@code --from Y --to Y}: a range of years, either end open (the command's description says its defaults). */
final class YearRangeOptions {
    @Option(names = "--from", paramLabel = "Y", description = "First year (default: see above).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year (default: see above).")
    Integer to;

    YearRange years() {
        return YearRange.of(from, to);
    }

    /** One year with {@code --year}, else this range; both is an error. */
    YearRange yearOr(YearOption year) {
        return YearRange.yearOr(year.year, from, to);
    }
}
