package org.counterweight.app.analysis;

import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.DatasetCoverage;

/**
 * Arms transfers from the SIPRI Arms Transfers Database (TIV, SIPRI's trend-indicator values): an
 * actor's imports by supplier or exports by recipient over a window, and its dependence over
 * successive windows (SIPRI's five-year convention), with the Herfindahl-Hirschman index of
 * concentration (Hirschman 1945; Herfindahl 1950) and the switches of the largest partner. Years
 * outside the release are refused: there the data do not say, which is not zero.
 */
public final class ArmsService {
    private final Workbench workbench;

    public ArmsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The actor, its release and its transfers, checked against what the release covers. */
    private record Selection(Actor actor, int cowCode, DatasetCoverage release, List<ArmsTransfer> transfers) {
        /** The closed range [first, last], refused where the release does not cover it. */
        YearRange within(int first, int last) {
            return YearRange.of(first, last).requireWithin(release, "SIPRI release " + release.version());
        }
    }

    /** Transfers over one window, by partner. */
    public ArmsResult shares(ArmsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            ArmsFocus focus = request.focus();
            Selection selection = select(work, request.caseId(), focus);
            Integer to = request.years().to();
            Integer from = request.years().from();
            int last = to != null ? to : selection.release().lastYear();
            YearRange window = selection.within(from != null ? from : last - ArmsRequest.DEFAULT_WINDOW + 1, last);
            PartnerShares shares = PartnerShares.of(selection.transfers(), focus.direction(),
                    selection.actor().name(), t -> true, window.first(), window.last());
            OptionalDouble exportTotal = focus.imports() ? OptionalDouble.empty() : work.datasets()
                    .exportTotal(selection.release().version(), selection.cowCode(), window.first(), window.last());
            return new ArmsResult(selection.actor(), selection.cowCode(), selection.release(), shares, exportTotal);
        }
    }

    /** Partner shares, concentration and switches of the largest partner over successive windows. */
    public DependenceResult dependence(DependenceRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            ArmsFocus focus = request.focus();
            Selection selection = select(work, request.caseId(), focus);
            YearRange years = request.years().closed(selection.release().firstYear(), selection.release().lastYear());
            selection.within(years.first(), years.last());
            if (years.last() - years.first() + 1 < request.window()) {
                throw new InvalidRequestException("window", "the years " + years.first() + "-" + years.last()
                        + " hold no whole window of " + request.window() + " years");
            }
            ArmsDependence.Result result = ArmsDependence.of(selection.transfers(), focus.direction(),
                    selection.actor().name(), years.first(), years.last(), request.window(), request.stepOrWindow());
            return new DependenceResult(selection.actor(), selection.release(), request.window(), request.top(),
                    result);
        }
    }

    private static Selection select(UnitOfWork work, CaseId caseId, ArmsFocus focus) {
        Actor actor = work.actor(caseId, focus.actor(), focus.parameter());
        int cow = work.cowCode(caseId, focus.actor(), focus.parameter());
        DatasetCoverage release = work.releases().arms(focus.release(), "release");
        boolean covered = focus.imports() ? work.datasets().coversRecipient(release.version(), cow)
                : work.datasets().coversSupplier(release.version(), cow);
        if (!covered) {
            throw new InvalidRequestException(focus.parameter(), "SIPRI release " + release.version()
                    + " as loaded holds no " + (focus.imports() ? "imports of " : "exports of ") + actor.name()
                    + ": the bundled extract covers deliveries to India, Pakistan, China and Afghanistan only;"
                    + " import SIPRI's TIV table of " + actor.name() + " (dataset sipri-tiv-table) to add them");
        }
        return new Selection(actor, cow, release, work.datasets().transfers(release.version(), cow, focus.imports()));
    }
}
