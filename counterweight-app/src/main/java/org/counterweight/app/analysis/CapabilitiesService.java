package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.counterweight.app.CaseId;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.capability.CompositeIndexOfNationalCapability;
import org.counterweight.core.capability.SeriesBreaks;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.ValueStatus;

/**
 * A state's capabilities by year: the six NMC components and the published CINC (Correlates of War
 * National Material Capabilities; Singer, Bremer &amp; Stuckey 1972), the CINC recomputed from the
 * components of every state of the year, and SIPRI military expenditure with SIPRI's statuses. Zero,
 * missing and not covered are kept apart.
 */
public final class CapabilitiesService {
    private final Workbench workbench;

    public CapabilitiesService(Workbench workbench) {
        this.workbench = workbench;
    }

    public CapabilitiesResult capabilities(CapabilitiesRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = request.caseId();
            Actor state = work.actor(caseId, request.actor(), "actor");
            int cow = work.cowCode(caseId, request.actor(), "actor");
            DatasetCoverage nmc = work.releases().nmc(request.nmcVersion(), "nmc-version");
            Optional<DatasetCoverage> milex = work.releases().milex();
            YearRange years = request.years().closed(nmc.firstYear(),
                    Math.max(nmc.lastYear(), milex.map(DatasetCoverage::lastYear).orElse(nmc.lastYear())));
            int first = years.first();
            int last = years.last();
            List<NationalCapabilities> system = work.datasets().nmc(nmc.version(), first, last);
            Map<Integer, NationalCapabilities> own = new HashMap<>();
            system.stream().filter(r -> r.cowCode() == cow).forEach(r -> own.put(r.year(), r));
            Map<Integer, Double> recomputed = new HashMap<>();
            CompositeIndexOfNationalCapability.compute(system).stream().filter(s -> s.cowCode() == cow)
                    .forEach(s -> recomputed.put(s.year(), s.cinc()));
            Map<Integer, MilitaryExpenditure> sipri = new HashMap<>();
            milex.ifPresent(release -> work.datasets().milex(release.version(), cow, first, last).forEach(m -> sipri
                    .merge(m.year(), m, (a, b) -> a.constantStatus() == ValueStatus.VALUE ? a : b)));
            int start = request.years().from() != null ? first
                    : Math.min(own.keySet().stream().min(Integer::compare).orElse(last), sipriFirst(sipri, last));
            List<CapabilitiesResult.Year> rows = new ArrayList<>();
            for (int year = start; year <= last; year++) {
                NationalCapabilities row = own.get(year);
                CapabilitiesResult.NmcStatus nmcStatus = row != null ? CapabilitiesResult.NmcStatus.VALUE
                        : nmc.covers(year) ? CapabilitiesResult.NmcStatus.NOT_A_MEMBER
                                : CapabilitiesResult.NmcStatus.NOT_COVERED;
                MilitaryExpenditure m = sipri.get(year);
                MilexStatus milexStatus = m != null ? MilexStatus.of(m.constantStatus()) : MilexStatus.absent(milex,
                        year);
                MilexStatus shareStatus = m != null ? MilexStatus.of(m.shareStatus()) : milexStatus;
                Double cinc = recomputed.get(year);
                rows.add(new CapabilitiesResult.Year(year, nmcStatus, Optional.ofNullable(row),
                        cinc == null ? OptionalDouble.empty() : OptionalDouble.of(cinc), Optional.ofNullable(m),
                        milexStatus, shareStatus));
            }
            List<NationalCapabilities> inRange = own.values().stream().filter(r -> r.year() >= start).toList();
            return new CapabilitiesResult(state, cow, nmc, milex, rows, SeriesBreaks.of(inRange), work.warnings());
        }
    }

    /** The first year with a SIPRI figure, or {@code fallback}. */
    private static int sipriFirst(Map<Integer, MilitaryExpenditure> sipri, int fallback) {
        return sipri.values().stream().filter(m -> m.constantStatus() == ValueStatus.VALUE)
                .mapToInt(MilitaryExpenditure::year).min().orElse(fallback);
    }
}
