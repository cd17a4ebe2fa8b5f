package org.counterweight.core.ensemble;

import java.util.SplittableRandom;

/**
 * The one seeding scheme of Counterweight: every random stream is derived from the user's base seed
 * and the stream's key, as MASON derives each replicate's seed from the base seed and the job number.
 *
 * <p>Run i of an ensemble: seed(s, i) = mix64(mix64(s) + (i + 1) * gamma), with gamma =
 * 0x9E3779B97F4A7C15 (the golden-ratio increment) and mix64 the SplitMix64 finaliser (Steele, Lea &amp;
 * Flood 2014, "Fast Splittable Pseudorandom Number Generators", OOPSLA; Stafford's "Mix13" constants,
 * as in {@link SplittableRandom}). A named stream (the bootstrap of one actor's calibration, say
 * "bootstrap/PAK"): seed(s, name) = mix64(mix64(s) + mix64(h(name)) * gamma), h the 64-bit FNV-1a hash
 * of the name's UTF-16 code units, mixed so that no name lands on a run's stream by arithmetic.
 *
 * <p>A stream's seed depends on (s, key) only, never on the order in which streams are started nor on
 * which other streams exist, so results are reproducible under any thread count and adding an actor
 * leaves the other actors' draws unchanged. Mixing s first keeps the streams of nearby base seeds
 * (s, s + 1) unrelated.
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

    /** The seed of the stream named {@code name} under base seed {@code seed}. */
    public static long streamSeed(long seed, String name) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash = (hash ^ name.charAt(i)) * 0x100000001B3L;
        }
        return mix64(mix64(seed) + mix64(hash) * GAMMA);
    }

    /** The generator of the stream named {@code name}: a {@link SplittableRandom} seeded with {@link #streamSeed}. */
    public static SplittableRandom generator(long seed, String name) {
        return new SplittableRandom(streamSeed(seed, name));
    }

    /** The generator run {@code index} receives: a {@link SplittableRandom} seeded with {@link #runSeed}. */
    public static SplittableRandom generator(long seed, int index) {
        return new SplittableRandom(runSeed(seed, index));
    }
}
