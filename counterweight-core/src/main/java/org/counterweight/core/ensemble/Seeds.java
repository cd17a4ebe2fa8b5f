package org.counterweight.core.ensemble;

import java.util.SplittableRandom;

/**
 * Per-run seeds derived from a base seed and a run index, as MASON derives each replicate's seed
 * from the base seed and the job number: seed(s, i) = mix64(mix64(s) + (i + 1) * gamma), with
 * gamma = 0x9E3779B97F4A7C15 (the golden-ratio increment) and mix64 the SplitMix64 finaliser
 * (Steele, Lea & Flood 2014, "Fast Splittable Pseudorandom Number Generators", OOPSLA; Stafford's
 * "Mix13" constants, as in {@link SplittableRandom}). The seed depends on (s, i) only, never on the
 * order in which runs are started, so ensembles are reproducible under any thread count. Mixing s
 * first keeps the run seeds of nearby base seeds (s, s + 1) unrelated.
 */
public final class Seeds {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of run {@code index} of an ensemble with base seed {@code seed}. */
    public static long runSeed(long seed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("run index must be >= 0, got " + index);
        }
        return mix64(mix64(seed) + (index + 1L) * GAMMA);
    }

    /** The generator run {@code index} receives: a {@link SplittableRandom} seeded with {@link #runSeed}. */
    public static SplittableRandom generator(long seed, int index) {
        return new SplittableRandom(runSeed(seed, index));
    }
}
