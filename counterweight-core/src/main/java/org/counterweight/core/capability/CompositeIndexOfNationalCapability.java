package org.counterweight.core.capability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.counterweight.core.model.NationalCapabilities;

/**
 * The Composite Index of National Capability (CINC).
 *
 * <p>Singer, J. David, Stuart Bremer and John Stuckey (1972), "Capability Distribution,
 * Uncertainty, and Major Power War, 1820-1965", in Bruce Russett (ed.), <i>Peace, War, and
 * Numbers</i>, Sage, pp. 19-48; data: Singer (1987), "Reconstructing the Correlates of War Dataset
 * on Material Capabilities of States, 1816-1985", <i>International Interactions</i> 14:115-132.
 *
 * <p>Variant: the one the COW project publishes. For state i in year t, CINC is the mean over the
 * components available for i (milex, milper, irst, pec, tpop, upop) of i's share of that year's
 * system total of the component. A missing component (coded -9 or blank) is left out both of the
 * system total and of i's mean; the result is not renormalised, so a year's CINCs may sum to slightly
 * more than 1. A component whose system total is zero contributes no share (and is left out of the
 * mean) since a share of nothing is undefined. A state with no available component has no CINC.
 *
 * <p>Complexity: O(n) for the n state-year records given.
 */
public final class CompositeIndexOfNationalCapability {
    private CompositeIndexOfNationalCapability() {
    }

    /** CINC of one state-year and how many components it averaged. */
    public record Score(int cowCode, int year, double cinc, int componentsUsed) {
    }

    /**
     * Computes CINC for every state-year in {@code records}, which must hold the whole state system
     * of each year it covers (the system totals are taken over the records given).
     *
     * @return scores in input order, skipping state-years with no available component
     */
    public static List<Score> compute(Collection<NationalCapabilities> records) {
        int components = NationalCapabilities.COMPONENTS.size();
        Map<Integer, double[]> totals = new HashMap<>();
        for (NationalCapabilities record : records) {
            double[] total = totals.computeIfAbsent(record.year(), y -> new double[components]);
            for (int c = 0; c < components; c++) {
                OptionalDouble value = record.component(c);
                if (value.isPresent()) {
                    total[c] += value.getAsDouble();
                }
            }
        }
        List<Score> scores = new ArrayList<>(records.size());
        for (NationalCapabilities record : records) {
            double[] total = totals.get(record.year());
            double sum = 0;
            int used = 0;
            for (int c = 0; c < components; c++) {
                OptionalDouble value = record.component(c);
                if (value.isPresent() && total[c] > 0) {
                    sum += value.getAsDouble() / total[c];
                    used++;
                }
            }
            if (used > 0) {
                scores.add(new Score(record.cowCode(), record.year(), sum / used, used));
            }
        }
        return List.copyOf(scores);
    }
}
