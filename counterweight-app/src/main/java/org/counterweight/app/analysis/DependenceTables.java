package org.counterweight.app.analysis;

import java.util.List;
import java.util.stream.Stream;
import org.counterweight.app.Rounding;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.report.Report;

/**
 * The tables of a {@link DependenceResult}: the largest partners of each window with the window's
 * Herfindahl-Hirschman index, and the switches of the largest partner.
 */
public final class DependenceTables {
    private DependenceTables() {
    }

    public static List<Report.Table> of(DependenceResult result) {
        return List.of(windows(result), switches(result));
    }

    /** The largest partners of each window, with the window's total and concentration. */
    public static Report.Table windows(DependenceResult result) {
        String role = role(result);
        Report.Table.Builder table = Report.Table.builder("dependence-windows", (result.imports() ? "Arms imports of "
                : "Arms exports of ") + result.actor().name() + " by " + result.window() + "-year window", "window",
                "total_tiv_m", "hhi", "rank", role, "tiv_m", "share_pct", "release");
        for (ArmsDependence.Window w : result.dependence().windows()) {
            String label = label(w);
            Double hhi = Double.isNaN(w.herfindahl()) ? null : Rounding.round(w.herfindahl(), 4);
            List<PartnerShare> partners = w.shares().partners();
            String release = ArmsTables.releaseLabel(releases(result, w));
            if (partners.isEmpty()) {
                table.row(label, w.shares().totalTiv(), hhi, null, "(no deliveries recorded)", null, null, release);
            }
            for (int rank = 0; rank < Math.min(result.top(), partners.size()); rank++) {
                PartnerShare p = partners.get(rank);
                table.row(label, w.shares().totalTiv(), hhi, rank + 1, p.partner(), p.tiv(), sharePct(p), release);
            }
        }
        table.note("hhi: Herfindahl-Hirschman index of all partners' shares in the window, 0-1 (1 = a single " + role
                + "; x 10,000 for the antitrust scale). release: every SIPRI release the window's figures draw on.");
        ArmsTables.releaseNotes(result.record(), result.dependence().windows().stream()
                .flatMap(w -> w.shares().releases().stream()).distinct().sorted().toList()).forEach(table::note);
        return table.build(null);
    }

    /** Each change of the largest partner between consecutive windows. */
    public static Report.Table switches(DependenceResult result) {
        String role = role(result);
        Report.Table.Builder table = Report.Table.builder("dependence-switches", "Switches of the largest " + role,
                "from_window", "from_" + role, "from_share_pct", "to_window", "to_" + role, "to_share_pct", "release");
        for (ArmsDependence.Switch s : result.dependence().switches()) {
            PartnerShare before = s.before().largest();
            PartnerShare after = s.after().largest();
            table.row(label(s.before()), before.partner(), sharePct(before), label(s.after()), after.partner(),
                    sharePct(after), ArmsTables.releaseLabel(Stream.concat(releases(result, s.before()).stream(),
                            releases(result, s.after()).stream()).distinct().sorted().toList()));
        }
        return table.build(null);
    }

    /** The releases a window's figures draw on: those holding the actor in its years, and its transfers'. */
    public static List<String> releases(DependenceResult result, ArmsDependence.Window window) {
        return Stream.concat(result.record().within(window.fromYear(), window.toYear()).releases().stream(),
                window.shares().releases().stream()).distinct().sorted().toList();
    }

    /** A partner's share of its window in percent, to 2 decimals; null without deliveries. */
    public static Double sharePct(PartnerShare partner) {
        return Double.isNaN(partner.share()) ? null : Rounding.round(100 * partner.share(), 2);
    }

    /** A window as its years: "2015-2019". */
    public static String label(ArmsDependence.Window window) {
        return window.fromYear() + "-" + window.toYear();
    }

    private static String role(DependenceResult result) {
        return result.imports() ? "supplier" : "recipient";
    }
}
