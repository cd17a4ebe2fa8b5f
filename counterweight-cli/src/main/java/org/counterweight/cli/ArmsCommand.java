package org.counterweight.cli;

import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "arms", description = "Arms transfers (SIPRI TIV) to a recipient or from a supplier over a window: totals and shares by partner.")
final class ArmsCommand extends StoreCommand {
    @Mixin
    ArmsFocus focus;

    @Option(names = "--from", paramLabel = "Y", description = "First year of the window (default: five years ending at --to).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year of the window (default: the release's last year).")
    Integer to;

    @Override
    List<ResultTable> run(Workbench workbench) {
        ArmsFocus.Selection selection = focus.resolve(workbench);
        boolean imports = selection.imports();
        Actor actor = selection.actor();
        int cow = selection.cowCode();
        DatasetCoverage coverage = selection.release();
        int last = to != null ? to : coverage.lastYear();
        int first = from != null ? from : last - 4;
        ArmsFocus.requireWithin(coverage, first, last);
        PartnerShares shares = PartnerShares.of(selection.transfers(), selection.direction(), actor.name(), t -> true,
                first, last);
        ResultTable table = new ResultTable((imports ? "Arms imports of " : "Arms exports of ") + actor.name() + ", "
                + first + "-" + last + " (SIPRI TIV, millions)", imports ? "supplier" : "recipient", "cow", "tiv_m",
                "share_pct", "sipri_release");
        double denominator = shares.totalTiv();
        OptionalDouble worldTotal = imports ? OptionalDouble.empty()
                : workbench.datasets().exportTotal(coverage.version(), cow, first, last);
        if (worldTotal.isPresent() && worldTotal.getAsDouble() > shares.totalTiv()) {
            denominator = worldTotal.getAsDouble();
        }
        for (PartnerShare partner : shares.partners()) {
            table.add(partner.partner(), partner.partnerCow(), partner.tiv(),
                    denominator > 0 ? org.counterweight.app.Rounding.round(100 * partner.tiv() / denominator, 2) : null, coverage.version());
        }
        if (denominator > shares.totalTiv()) {
            table.add("(all other recipients)", null, denominator - shares.totalTiv(),
                    org.counterweight.app.Rounding.round(100 * (denominator - shares.totalTiv()) / denominator, 2), coverage.version());
        }
        table.add("Total", null, denominator, denominator > 0 ? 100.0 : null, coverage.version());
        table.note(ArmsFocus.sipriNote(coverage));
        if (!imports) {
            table.note(worldTotal.isPresent() ? "Recipients outside the bundled extract are grouped using SIPRI's own"
                    + " export totals for " + actor.name() + "." : "The release holds no export total for " + actor.name()
                    + ": shares are of its deliveries to the recipients loaded, not of all its exports.");
        }
        if (cow == 365) {
            table.note("COW code 365 covers both the Soviet Union (SIPRI supplier to 1991) and Russia (from 1992).");
        }
        return List.of(table);
    }
}
