package org.counterweight.cli;

import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.arms.PartnerShares.Direction;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.store.DatasetQueries.Coverage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "arms", description = "Arms transfers (SIPRI TIV) to a recipient or from a supplier over a window: totals and shares by partner.")
final class ArmsCommand extends StoreCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Focus focus;

    /** Exactly one of recipient or supplier. */
    static final class Focus {
        @Option(names = "--recipient", paramLabel = "A", description = "Imports of this state, by supplier.")
        String recipient;

        @Option(names = "--supplier", paramLabel = "A", description = "Exports of this state, by recipient.")
        String supplier;
    }

    @Option(names = "--from", paramLabel = "Y", description = "First year of the window (default: five years ending at --to).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year of the window (default: the release's last year).")
    Integer to;

    @Option(names = "--release", paramLabel = "R", description = "SIPRI release (default: the newest loaded).")
    String release;

    @Override
    List<ResultTable> run(Workbench workbench) {
        boolean imports = focus.recipient != null;
        String reference = imports ? focus.recipient : focus.supplier;
        String option = imports ? "--recipient" : "--supplier";
        Actor actor = workbench.actor(reference, option);
        int cow = workbench.cowCode(reference, option);
        List<Coverage> releases = workbench.datasets().armsReleases();
        Coverage coverage = releases.stream().filter(c -> release == null || c.version().equals(release)).findFirst()
                .orElseThrow(() -> new UserInputException("no SIPRI arms-transfer release " + release + " is loaded;"
                        + " loaded: " + releases.stream().map(Coverage::version).toList()));
        int last = to != null ? to : coverage.lastYear();
        int first = from != null ? from : last - 4;
        if (last < first) {
            throw new UserInputException("--to " + last + " is before --from " + first);
        }
        if (first < coverage.firstYear() || last > coverage.lastYear()) {
            throw new UserInputException("window " + first + "-" + last + " is outside SIPRI release " + coverage.version()
                    + " (" + coverage.firstYear() + "-" + coverage.lastYear() + "): the data do not say, which is not zero");
        }
        boolean covered = imports ? workbench.datasets().coversRecipient(coverage.version(), cow)
                : workbench.datasets().coversSupplier(coverage.version(), cow);
        if (!covered) {
            throw new UserInputException("SIPRI release " + coverage.version() + " as loaded holds no "
                    + (imports ? "imports of " : "exports of ") + actor.name() + ": the bundled extract covers deliveries"
                    + " to India, Pakistan, China and Afghanistan only; import SIPRI's TIV table for it with"
                    + " `counterweight import sipri-tiv-table FILE`");
        }
        List<ArmsTransfer> transfers = workbench.datasets().transfers(coverage.version(), cow, imports);
        PartnerShares shares = PartnerShares.of(transfers, imports ? Direction.IMPORTS : Direction.EXPORTS, actor.name(),
                t -> true, first, last);
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
                    denominator > 0 ? round(100 * partner.tiv() / denominator) : null, coverage.version());
        }
        if (denominator > shares.totalTiv()) {
            table.add("(all other recipients)", null, denominator - shares.totalTiv(),
                    round(100 * (denominator - shares.totalTiv()) / denominator), coverage.version());
        }
        table.add("Total", null, denominator, denominator > 0 ? 100.0 : null, coverage.version());
        table.note("Information from the SIPRI Arms Transfers Database, release " + coverage.version() + " (loaded as "
                + coverage.dataset() + "). TIV is a volume index of major conventional weapons, not a price; SIPRI prints"
                + " 0 for deliveries under 0.5m. Shares and sums are Counterweight's calculations, not SIPRI's.");
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

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
