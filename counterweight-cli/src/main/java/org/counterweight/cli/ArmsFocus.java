package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.arms.PartnerShares.Direction;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --recipient A | --supplier A} and {@code --release R}: whose arms trade, from which SIPRI
 * release, checked against what the release covers.
 */
final class ArmsFocus {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Side side;

    /** Exactly one of recipient or supplier. */
    static final class Side {
        @Option(names = "--recipient", paramLabel = "A", description = "Imports of this state, by supplier.")
        String recipient;

        @Option(names = "--supplier", paramLabel = "A", description = "Exports of this state, by recipient.")
        String supplier;
    }

    @Option(names = "--release", paramLabel = "R", description = "SIPRI release (default: the newest loaded).")
    String release;

    /** The resolved focus: who, which way, which release, and its transfers. */
    record Selection(Actor actor, int cowCode, Direction direction, DatasetCoverage release, List<ArmsTransfer> transfers) {
        boolean imports() {
            return direction == Direction.IMPORTS;
        }
    }

    Selection resolve(Workbench workbench) {
        boolean imports = side.recipient != null;
        String reference = imports ? side.recipient : side.supplier;
        String option = imports ? "--recipient" : "--supplier";
        Actor actor = workbench.actor(reference, option);
        int cow = workbench.cowCode(reference, option);
        List<DatasetCoverage> releases = workbench.datasets().armsReleases();
        DatasetCoverage coverage = releases.stream().filter(c -> release == null || c.version().equals(release)).findFirst()
                .orElseThrow(() -> new UserInputException("no SIPRI arms-transfer release " + release + " is loaded;"
                        + " loaded: " + releases.stream().map(DatasetCoverage::version).toList()));
        boolean covered = imports ? workbench.datasets().coversRecipient(coverage.version(), cow)
                : workbench.datasets().coversSupplier(coverage.version(), cow);
        if (!covered) {
            throw new UserInputException("SIPRI release " + coverage.version() + " as loaded holds no "
                    + (imports ? "imports of " : "exports of ") + actor.name() + ": the bundled extract covers deliveries"
                    + " to India, Pakistan, China and Afghanistan only; import SIPRI's TIV table for it with"
                    + " `counterweight import sipri-tiv-table FILE`");
        }
        return new Selection(actor, cow, imports ? Direction.IMPORTS : Direction.EXPORTS, coverage,
                workbench.datasets().transfers(coverage.version(), cow, imports));
    }

    /** Checks a window against the release's years: outside them the data do not say, which is not zero. */
    static void requireWithin(DatasetCoverage coverage, int first, int last) {
        if (last < first) {
            throw new UserInputException("--to " + last + " is before --from " + first);
        }
        if (first < coverage.firstYear() || last > coverage.lastYear()) {
            throw new UserInputException("window " + first + "-" + last + " is outside SIPRI release " + coverage.version()
                    + " (" + coverage.firstYear() + "-" + coverage.lastYear() + "): the data do not say, which is not zero");
        }
    }

    static String sipriNote(DatasetCoverage release) {
        return "Information from the SIPRI Arms Transfers Database, release " + release.version() + " (loaded as "
                + release.dataset() + "). TIV is a volume index of major conventional weapons, not a price; SIPRI prints"
                + " 0 for deliveries under 0.5m. Shares and sums are Counterweight's calculations, not SIPRI's.";
    }
}
