package org.counterweight.app.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ArmsExportTotal;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.DatasetCoverage;

/**
 * Arms transfers from the SIPRI Arms Transfers Database (TIV, SIPRI's trend-indicator values): an
 * actor's imports by supplier or exports by recipient over a window, and its dependence over
 * successive windows (SIPRI's five-year convention), with the Herfindahl-Hirschman index of
 * concentration (Hirschman 1945; Herfindahl 1950) and the switches of the largest partner.
 *
 * <p>The releases loaded are merged ({@link org.counterweight.app.DatasetReleases}): each
 * supplier-recipient-year comes from the newest release covering its recipient or its supplier, so a
 * newer release a user imported for one recipient replaces the bundled extract for that recipient (in
 * the years it covers) and leaves the others as they were. Every figure names its release
 * ({@link ArmsRecord}). Years no release holds are refused: there the data do not say, which is not zero.
 */
public final class ArmsService {
    private final Workbench workbench;

    public ArmsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * The actor, the releases read (newest first), its record, its transfers as merged, and for a
     * supplier SIPRI's export totals by year.
     */
    record Selection(Actor actor, int cowCode, List<String> releases, ArmsRecord record,
            List<ArmsTransfer> transfers, Map<Integer, Double> exportTotals) {
    }

    /** Transfers over one window, by partner. */
    public ArmsResult shares(ArmsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            ArmsFocus focus = request.focus();
            Selection selection = select(work, request.caseId(), focus);
            Integer to = request.years().to();
            Integer from = request.years().from();
            int last = to != null ? to : selection.record().lastCompleteYear();
            YearRange window = YearRange.of(from != null ? from : last - ArmsRequest.DEFAULT_WINDOW + 1, last);
            ArmsRecord record = selection.record().within(window.first(), window.last());
            PartnerShares shares = PartnerShares.of(selection.transfers(), focus.direction(),
                    selection.actor().name(), t -> true, window.first(), window.last());
            OptionalDouble exportTotal = focus.imports() ? OptionalDouble.empty()
                    : exportTotal(selection, record, window);
            return new ArmsResult(selection.actor(), selection.cowCode(), record, shares, exportTotal);
        }
    }

    /** Partner shares, concentration and switches of the largest partner over successive windows. */
    public DependenceResult dependence(DependenceRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            ArmsFocus focus = request.focus();
            Selection selection = select(work, request.caseId(), focus);
            ArmsRecord full = selection.record();
            YearRange years = request.years().closed(full.firstYear(), full.lastCompleteYear());
            ArmsRecord record = full.within(years.first(), years.last());
            if (years.last() - years.first() + 1 < request.window()) {
                throw new InvalidRequestException("window", "the years " + years.first() + "-" + years.last()
                        + " hold no whole window of " + request.window() + " years");
            }
            ArmsDependence.Result result = ArmsDependence.of(selection.transfers(), focus.direction(),
                    selection.actor().name(), years.first(), years.last(), request.window(), request.stepOrWindow());
            return new DependenceResult(selection.actor(), record, request.window(), request.top(), result);
        }
    }

    private static Selection select(UnitOfWork work, CaseId caseId, ArmsFocus focus) {
        Actor actor = work.actor(caseId, focus.actor(), focus.parameter());
        int cow = work.cowCode(caseId, focus.actor(), focus.parameter());
        Selection selection = merged(work, actor, cow, focus.imports(), focus.release());
        if (selection.record().isEmpty()) {
            List<String> releases = selection.releases();
            throw new InvalidRequestException(focus.parameter(), (releases.size() == 1 ? "the SIPRI release loaded ("
                    : "the SIPRI releases loaded (") + String.join(", ", releases) + (releases.size() == 1 ? ") holds no "
                            : ") hold no ") + (focus.imports() ? "imports of " : "exports of ") + actor.name() + ": the bundled extract holds deliveries to India,"
                    + " Pakistan, China and Afghanistan only; import SIPRI's TIV table of " + actor.name()
                    + " (dataset sipri-tiv-table) to add them");
        }
        return selection;
    }

    /**
     * An actor's transfers from the releases loaded, merged, with its record (empty when no release
     * holds any of that side of its trade). The partial record of a supplier no release covers is read
     * from the releases holding SIPRI's export totals of it (they say what it delivered outside the
     * extracts), else from those holding any of its deliveries.
     *
     * @param release the one release to read, or null for all of them merged
     */
    static Selection merged(UnitOfWork work, Actor actor, int cow, boolean imports, String release) {
        List<DatasetCoverage> releases = work.releases().armsReleases(release, "release");
        List<String> order = releases.stream().map(DatasetCoverage::version).toList();
        List<ArmsTransfer> transfers = work.datasets().transfers(order, cow, imports);
        List<ArmsExportTotal> totals = imports ? List.of() : work.datasets().exportTotals(order, cow);
        Set<String> partial = new LinkedHashSet<>();
        totals.forEach(t -> partial.add(t.release()));
        if (partial.isEmpty()) {
            transfers.forEach(t -> partial.add(t.release()));
        }
        ArmsRecord record = ArmsRecord.of(actor.name(), cow, imports, releases, work.releases().armsCoverage(),
                partial);
        return new Selection(actor, cow, order, record, transfers, totals.stream()
                .collect(Collectors.toMap(ArmsExportTotal::year, ArmsExportTotal::tivMillions)));
    }

    /**
     * A supplier's exports to all recipients over the window, where the releases say: in years a
     * release covers the supplier, its deliveries as loaded; in others SIPRI's own total of the year
     * where a release holds one (it includes recipients outside the extract), else the deliveries
     * loaded. Empty when the releases hold neither a full record nor a total in the window.
     */
    private static OptionalDouble exportTotal(Selection selection, ArmsRecord record, YearRange window) {
        boolean anyTotal = selection.exportTotals().keySet().stream().anyMatch(window::contains);
        boolean anyComplete = record.spans().stream().anyMatch(ArmsRecord.Span::complete);
        if (!anyTotal && !anyComplete) {
            return OptionalDouble.empty();
        }
        double total = 0;
        for (ArmsRecord.Span span : record.spans()) {
            for (int year = span.firstYear(); year <= span.lastYear(); year++) {
                int y = year;
                double delivered = selection.transfers().stream().filter(t -> t.year() == y)
                        .mapToDouble(ArmsTransfer::tivMillions).sum();
                total += span.complete() ? delivered : selection.exportTotals().getOrDefault(y, delivered);
            }
        }
        return OptionalDouble.of(total);
    }
}
