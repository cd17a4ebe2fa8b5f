package org.counterweight.app.analysis;

import java.util.List;
import java.util.Optional;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.Relation;

/**
 * A case's strategic system in a year.
 *
 * @param year       the year
 * @param nmc        the NMC version read
 * @param milex      the SIPRI military expenditure release read, if any is loaded
 * @param states     the case's states existing in the year, with capabilities and expenditure
 * @param relations  the case's curated relations holding in the year, positive ones first, each sign's
 *                   strongest first
 * @param agreements the case's agreements signed or announced by the year and not lapsed before it
 * @param arms       the main arms suppliers of each state over the five years to the year, if SIPRI
 *                   arms transfers are loaded
 */
public record OverviewResult(int year, DatasetCoverage nmc, Optional<DatasetCoverage> milex, List<StatePower> states,
        List<Relation> relations, List<Agreement> agreements, Optional<ArmsSuppliers> arms) {
    public OverviewResult {
        states = List.copyOf(states);
        relations = List.copyOf(relations);
        agreements = List.copyOf(agreements);
    }

    /**
     * A state in the year.
     *
     * @param cinc        its CINC, observed, carried forward from NMC's last year, missing or not covered
     * @param cincYear    the NMC year the CINC row is from, or null when NMC has no row for the state
     * @param expenditure SIPRI's row (the one with a constant-dollar figure where there are several), if any
     * @param milexStatus status of the constant-dollar figure
     */
    public record StatePower(Actor state, BasedValue cinc, Integer cincYear, Optional<MilitaryExpenditure> expenditure,
            MilexStatus milexStatus) {
    }

    /**
     * Arms suppliers of the case's states, each over the five years to the overview's year (or to the
     * last year the SIPRI releases loaded hold of its imports).
     *
     * @param imports   each state's imports by supplier, for the states a release holds as recipients
     * @param uncovered the states whose imports no release as loaded holds over such a window
     */
    public record ArmsSuppliers(List<StateImports> imports, List<String> uncovered) {
        public ArmsSuppliers {
            imports = List.copyOf(imports);
            uncovered = List.copyOf(uncovered);
        }
    }

    /**
     * A state's imports by supplier over its window.
     *
     * @param record which SIPRI release holds the state's imports in each year of the window
     */
    public record StateImports(Actor state, ArmsRecord record, PartnerShares shares) {
    }

    /** The row of a state. */
    public StatePower state(String id) {
        return states.stream().filter(s -> s.state().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no state " + id + " in " + year));
    }
}
