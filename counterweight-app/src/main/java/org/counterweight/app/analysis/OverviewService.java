package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.ValueStatus;

/**
 * What a case's strategic system looks like in a year, from its {@link CaseSnapshot}: its states with
 * their capabilities (COW NMC CINC; after NMC's last year, that year's, carried forward and said so)
 * and military expenditure (SIPRI), the curated relations holding, the agreements in force, and each
 * state's main arms suppliers over the five years to the year (SIPRI arms transfers).
 */
public final class OverviewService {
    /** Years in the arms suppliers' window: SIPRI's five-year convention. */
    private static final int ARMS_WINDOW = 5;

    private final Workbench workbench;

    public OverviewService(Workbench workbench) {
        this.workbench = workbench;
    }

    public OverviewResult overview(OverviewRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            DatasetCoverage nmc = work.releases().nmc();
            Optional<DatasetCoverage> milex = work.releases().milex();
            int year = request.year() != null ? request.year()
                    : milex.map(DatasetCoverage::lastYear).orElse(nmc.lastYear());
            CaseSnapshot snapshot = work.snapshot(request.caseId(), year, year);
            List<Actor> states = snapshot.statesIn(year);
            if (states.isEmpty()) {
                throw new InvalidRequestException("case", "case '" + request.caseId() + "' has no states");
            }
            List<OverviewResult.StatePower> powers = new ArrayList<>();
            for (Actor state : states) {
                BasedValue cinc = snapshot.cinc(state, year);
                List<MilitaryExpenditure> rows = snapshot.milexRows(state, year);
                Optional<MilitaryExpenditure> m = rows.stream().filter(e -> e.constantStatus() == ValueStatus.VALUE)
                        .findFirst().or(() -> rows.stream().findFirst());
                powers.add(new OverviewResult.StatePower(state, cinc, cincYear(cinc, year, nmc), m,
                        m.map(e -> MilexStatus.of(e.constantStatus())).orElse(MilexStatus.absent(milex, year))));
            }
            List<Relation> relations = snapshot.relations().stream().filter(r -> r.period().overlapsYear(year))
                    .sorted(Comparator.comparing(Relation::sign).thenComparing(Relation::strength,
                            Comparator.reverseOrder())).toList();
            return new OverviewResult(year, nmc, milex, powers, relations, snapshot.agreementsIn(year),
                    work.releases().armsReleases().isEmpty() ? Optional.empty()
                            : Optional.of(arms(work, states, year)));
        }
    }

    /** The NMC year a state's CINC row is from: the year, or NMC's last year carried forward; null without a row. */
    private static Integer cincYear(BasedValue cinc, int year, DatasetCoverage nmc) {
        return switch (cinc.basis().kind()) {
            case CARRIED_FORWARD -> cinc.basis().fromYear();
            case MISSING -> Math.min(year, nmc.lastYear());
            case NOT_COVERED -> null;
            default -> year;
        };
    }

    /**
     * Each state's imports over the five years to the year, or to the last year the releases hold of
     * them (merged: each supplier-recipient-year from the newest release covering it).
     */
    private static OverviewResult.ArmsSuppliers arms(UnitOfWork work, List<Actor> states, int year) {
        List<OverviewResult.StateImports> imports = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (Actor state : states) {
            ArmsService.Selection selection = ArmsService.merged(work, state, state.cowCode(), true, null);
            ArmsRecord record = selection.record();
            int last = record.isEmpty() ? year : Math.min(year, record.lastYear());
            int first = last - ARMS_WINDOW + 1;
            if (record.isEmpty() || !record.holds(first, last)) {
                uncovered.add(state.id());
                continue;
            }
            imports.add(new OverviewResult.StateImports(state, record.within(first, last), PartnerShares.of(
                    selection.transfers(), PartnerShares.Direction.IMPORTS, state.name(), t -> true, first, last)));
        }
        return new OverviewResult.ArmsSuppliers(imports, uncovered);
    }
}
