package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.report.Report;

/**
 * The tables of an {@link ArmsResult}: TIV and share by partner, each row a partner naming the SIPRI
 * releases its figures come from, with notes on which release holds which years; then the sums in a
 * table of their own (all other partners grouped, and the total), so that the partners' table holds no
 * row a sum of its column would count twice.
 */
public final class ArmsTables {
    /** The COW code SIPRI uses for both the Soviet Union and Russia. */
    private static final int SOVIET_UNION_AND_RUSSIA = 365;
    private static final String DATABASE = "SIPRI Arms Transfers Database";

    private ArmsTables() {
    }

    public static List<Report.Table> of(ArmsResult result) {
        String name = result.actor().name();
        Report.Table.Builder table = Report.Table.builder("arms-shares", (result.imports() ? "Arms imports of "
                : "Arms exports of ") + name + ", " + result.shares().fromYear() + "-" + result.shares().toYear()
                + " (SIPRI TIV, millions)", result.imports() ? "supplier" : "recipient", "cow", "tiv_m", "share_pct",
                "release");
        for (PartnerShare partner : result.shares().partners()) {
            table.row(partner.partner(), partner.partnerCow(), partner.tiv(), result.sharePct(partner.tiv()),
                    releaseLabel(partner.releases()));
        }
        String all = releaseLabel(Stream.concat(result.record().releases().stream(),
                result.shares().releases().stream()).distinct().sorted().toList());
        Report.Table.Builder sums = Report.Table.builder("arms-totals", (result.imports() ? "Arms imports of "
                : "Arms exports of ") + name + ", " + result.shares().fromYear() + "-" + result.shares().toYear()
                + ": sums (SIPRI TIV, millions)", "group", "tiv_m", "share_pct", "release");
        if (result.others() > 0) {
            sums.row("all other recipients", result.others(), result.sharePct(result.others()), all);
        }
        sums.row("total", result.total(), result.total() > 0 ? 100.0 : null, all);
        sums.note("Sums of the partners' figures in the table arms-shares"
                + (result.others() > 0 ? " and of the recipients it does not list" : "") + ".");
        releaseNotes(result.record(), result.shares().releases()).forEach(table::note);
        if (!result.imports() && result.record().spans().stream().anyMatch(s -> !s.complete())) {
            table.note(result.exportTotal().isPresent() ? "Where no release loaded holds all of " + name + "'s exports,"
                    + " recipients outside the releases' extracts are grouped using SIPRI's own export totals for "
                    + name + "." : "No release loaded holds all of " + name + "'s exports or SIPRI's export total for"
                            + " it: shares are of its deliveries to the recipients loaded, not of all its exports.");
        }
        if (result.cowCode() == SOVIET_UNION_AND_RUSSIA) {
            table.note("COW code 365 covers both the Soviet Union (SIPRI supplier to 1991) and Russia (from 1992).");
        }
        return List.of(table.build(null), sums.build(null));
    }

    /** "SIPRI Arms Transfers Database, 2024 release", or "..., 2022 and 2024 releases". */
    public static String releaseLabel(List<String> releases) {
        if (releases.size() == 1) {
            return DATABASE + ", " + releases.get(0) + " release";
        }
        return DATABASE + ", " + String.join(", ", releases.subList(0, releases.size() - 1)) + " and "
                + releases.get(releases.size() - 1) + " releases";
    }

    /**
     * Where the figures of a record come from and what TIV is; where the newest release holding the
     * actor stops short of the years shown, which years come from which older release; which partners'
     * figures come from a release holding the partner; and a caution where releases are mixed.
     *
     * @param transferReleases the releases of the transfers shown
     */
    static List<String> releaseNotes(ArmsRecord record, List<String> transferReleases) {
        List<String> notes = new ArrayList<>();
        List<ArmsRecord.Span> spans = record.spans();
        String source = spans.size() == 1 ? "Information from the " + releaseLabel(List.of(spans.get(0).release()))
                + ": " + record.subject() + ", " + spans.get(0).years() + "." : "Information from the " + DATABASE
                + ": " + record.subject() + ", " + String.join(", ", spans.stream().map(s -> s.years() + " from the "
                        + s.release() + " release").toList()) + " (each year from the newest release loaded holding it).";
        notes.add(source + " TIV is a volume index of major conventional weapons, not a price; SIPRI prints 0 for"
                + " deliveries under 0.5m. Shares and sums are Counterweight's calculations, not SIPRI's.");
        if (!record.held().isEmpty()) {
            String newest = record.held().get(0).release();
            List<ArmsRecord.Span> older = spans.stream().filter(s -> !s.release().equals(newest)).toList();
            if (!older.isEmpty()) {
                notes.add("The newest release loaded holding " + record.subject() + ", the " + newest + " release,"
                        + " covers " + String.join(", ", record.held().stream().filter(c -> c.release().equals(newest))
                                .map(ArmsTables::years).toList()) + " only: " + String.join(", ", older.stream()
                                        .map(s -> s.years() + " come from the " + s.release() + " release").toList())
                        + ".");
            }
        }
        List<String> partners = transferReleases.stream().filter(r -> !record.releases().contains(r)).toList();
        if (!partners.isEmpty()) {
            notes.add("Figures of partners whose " + (record.imports() ? "exports" : "imports") + " a newer release"
                    + " holds come from it (" + String.join(", ", partners) + "): the release column names each.");
        }
        List<String> drawnOn = Stream.concat(record.releases().stream(), transferReleases.stream()).distinct()
                .toList();
        if (record.newestLoaded() != null && !drawnOn.contains(record.newestLoaded())) {
            notes.add("The newest release loaded, the " + record.newestLoaded() + " release, holds none of "
                    + record.subject() + " in these years: it adds to the older releases, it does not replace them.");
        }
        if (drawnOn.size() > 1) {
            notes.add("SIPRI revises its TIV series with each release: figures from different releases are not"
                    + " strictly comparable (each supplier-recipient-year is read from one release only).");
        }
        return notes;
    }

    private static String years(ArmsCoverage coverage) {
        return coverage.firstYear() + "-" + coverage.lastYear();
    }
}
