package org.counterweight.app.analysis;

import java.util.List;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.report.Report;

/** The table of an {@link ArmsResult}: TIV and share by partner, with the release it comes from. */
public final class ArmsTables {
    /** The COW code SIPRI uses for both the Soviet Union and Russia. */
    private static final int SOVIET_UNION_AND_RUSSIA = 365;

    private ArmsTables() {
    }

    public static List<Report.Table> of(ArmsResult result) {
        String name = result.actor().name();
        String version = result.release().version();
        Report.Table.Builder table = Report.Table.builder("arms-shares", (result.imports() ? "Arms imports of "
                : "Arms exports of ") + name + ", " + result.shares().fromYear() + "-" + result.shares().toYear()
                + " (SIPRI TIV, millions)", result.imports() ? "supplier" : "recipient", "cow", "tiv_m", "share_pct",
                "sipri_release");
        for (PartnerShare partner : result.shares().partners()) {
            table.row(partner.partner(), partner.partnerCow(), partner.tiv(), result.sharePct(partner.tiv()), version);
        }
        if (result.others() > 0) {
            table.row("(all other recipients)", null, result.others(), result.sharePct(result.others()), version);
        }
        table.row("Total", null, result.total(), result.total() > 0 ? 100.0 : null, version);
        table.note(sipriNote(result.release()));
        if (!result.imports()) {
            table.note(result.exportTotal().isPresent() ? "Recipients outside the bundled extract are grouped using"
                    + " SIPRI's own export totals for " + name + "." : "The release holds no export total for " + name
                    + ": shares are of its deliveries to the recipients loaded, not of all its exports.");
        }
        if (result.cowCode() == SOVIET_UNION_AND_RUSSIA) {
            table.note("COW code 365 covers both the Soviet Union (SIPRI supplier to 1991) and Russia (from 1992).");
        }
        return List.of(table.build(null));
    }

    /** Where the figures come from and what TIV is. */
    static String sipriNote(DatasetCoverage release) {
        return "Information from the SIPRI Arms Transfers Database, release " + release.version() + " (loaded as "
                + release.dataset() + "). TIV is a volume index of major conventional weapons, not a price; SIPRI"
                + " prints 0 for deliveries under 0.5m. Shares and sums are Counterweight's calculations, not SIPRI's.";
    }
}
