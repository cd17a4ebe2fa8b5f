package org.counterweight.cli;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.YearRange;
import org.counterweight.core.network.ObligationScope;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The system of states a calibration or a selection estimates: the case, the years, the states left
 * out ({@code --without}), whether datasets are carried past their ends and which ATOP obligations are
 * ties ({@code --obligations}).
 */
final class SystemOptions {
    @Mixin
    CaseOption caseOption;

    @Mixin
    YearRangeOptions range;

    @Option(names = "--without", paramLabel = "STATE", split = ",", description = "Leave these states out of the"
            + " system (a sensitivity check, reported in the notes).")
    List<String> without = new ArrayList<>();

    @Mixin
    CarryOption carryOption;

    @Mixin
    ObligationsOption obligations;

    CaseId caseId() {
        return caseOption.caseId();
    }

    YearRange years() {
        return range.years();
    }

    Carry carry() {
        return carryOption.carry();
    }

    ObligationScope obligations() {
        return obligations.scope;
    }
}
