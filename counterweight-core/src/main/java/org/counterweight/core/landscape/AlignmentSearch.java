package org.counterweight.core.landscape;

/** Finds the stable alignments (local minima of the energy) of a {@link Landscape}. */
public interface AlignmentSearch {
    /** Searches the landscape; the same landscape and parameters give the same result. */
    LandscapeAnalysis search(Landscape landscape);
}
