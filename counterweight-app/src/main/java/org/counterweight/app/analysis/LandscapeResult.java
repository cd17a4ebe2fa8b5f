package org.counterweight.app.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterweight.core.landscape.LandscapeAnalysis;

/**
 * The stable alignments of a landscape.
 *
 * @param input    what the landscape was built from
 * @param analysis its local minima by energy, with how they were found and a lower bound on the energy
 * @param shown    how many minima to list
 * @param starts   starts of the multi-start descent (used only beyond the exact limit)
 * @param seed     seed of the multi-start descent
 */
public record LandscapeResult(Input input, LandscapeAnalysis analysis, int shown, int starts, long seed) {
    /** What a landscape was built from. */
    public sealed interface Input permits CaseYear, Files {
    }

    /**
     * The case's states with a CINC in a year.
     *
     * @param year         the year
     * @param sizesFromYear the NMC year whose CINC gave the sizes when the year lies after NMC's last
     *                      (carried forward), else empty
     * @param coverage      what the datasets behind the propensities (the ties) do not observe in the year, in
     *                      words: carried or not covered (empty when every dataset observes it)
     * @param names         the name of each state by its id, as it is named in the year (SUN: the Soviet Union
     *                      in 1950; RUS: Russia in 1816 and 2000)
     */
    public record CaseYear(int year, Optional<Integer> sizesFromYear, List<String> coverage,
            Map<String, String> names) implements Input {
        public CaseYear {
            coverage = List.copyOf(coverage);
            names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        }
    }

    /**
     * A user's files.
     *
     * @param sizes        the sizes file's name
     * @param propensities the propensity matrix's name
     * @param centre       what was subtracted from every propensity
     */
    public record Files(String sizes, String propensities, double centre) implements Input {
    }
}
