package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dependence", description = {"Arms dependence over windows (SIPRI's five-year convention by default):"
        + " partner shares, concentration (Herfindahl-Hirschman index) and switches of the largest partner."})
final class DependenceCommand extends StoreCommand {
    @Mixin
    ArmsFocus focus;

    @Option(names = "--from", paramLabel = "Y", description = "Earliest year a window may start (default: the release's first year).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Year the last window ends (default: the release's last year).")
    Integer to;

    @Option(names = "--window", paramLabel = "N", defaultValue = "5", description = "Window length in years (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--step", paramLabel = "N", description = "Years between windows (default: the window length, i.e. non-overlapping; 1 for a moving window).")
    Integer step;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "Partners listed per window (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    List<ResultTable> run(Workbench workbench) {
        ArmsFocus.Selection selection = focus.resolve(workbench);
        DatasetCoverage release = selection.release();
        int last = to != null ? to : release.lastYear();
        int first = from != null ? from : release.firstYear();
        ArmsFocus.requireWithin(release, first, last);
        ArmsDependence.Result result;
        try {
            result = ArmsDependence.of(selection.transfers(), selection.direction(), selection.actor().name(), first,
                    last, window, step != null ? step : window);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        String role = selection.imports() ? "supplier" : "recipient";
        ResultTable windows = new ResultTable((selection.imports() ? "Arms imports of " : "Arms exports of ")
                + selection.actor().name() + " by " + window + "-year window", "window", "total_tiv_m", "hhi", "rank",
                role, "tiv_m", "share_pct");
        for (ArmsDependence.Window w : result.windows()) {
            String label = w.fromYear() + "-" + w.toYear();
            Double hhi = Double.isNaN(w.herfindahl()) ? null : org.counterweight.app.Rounding.round(w.herfindahl(), 4);
            List<PartnerShare> partners = w.shares().partners();
            if (partners.isEmpty()) {
                windows.add(label, w.shares().totalTiv(), hhi, null, "(no deliveries recorded)", null, null);
            }
            for (int rank = 0; rank < Math.min(top, partners.size()); rank++) {
                PartnerShare p = partners.get(rank);
                windows.add(label, w.shares().totalTiv(), hhi, rank + 1, p.partner(), p.tiv(),
                        Double.isNaN(p.share()) ? null : org.counterweight.app.Rounding.round(100 * p.share(), 2));
            }
        }
        windows.note("hhi: Herfindahl-Hirschman index of all partners' shares in the window, 0-1 (1 = a single " + role
                + "; x 10,000 for the antitrust scale).");
        windows.note(ArmsFocus.sipriNote(release));
        ResultTable switches = new ResultTable("Switches of the largest " + role, "from_window", "from_" + role,
                "from_share_pct", "to_window", "to_" + role, "to_share_pct");
        for (ArmsDependence.Switch s : result.switches()) {
            PartnerShare before = s.before().largest();
            PartnerShare after = s.after().largest();
            switches.add(s.before().fromYear() + "-" + s.before().toYear(), before.partner(), org.counterweight.app.Rounding.round(100 * before.share(), 2),
                    s.after().fromYear() + "-" + s.after().toYear(), after.partner(), org.counterweight.app.Rounding.round(100 * after.share(), 2));
        }
        return List.of(windows, switches);
    }
}
