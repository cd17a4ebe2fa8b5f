package org.counterweight.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Seeds} against published test vectors and its documented formulas. */
class SeedsTest {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    /**
     * SplitMix64 seeded with 0 first outputs 0xe220a8397b1dcdaf (Vigna's reference splitmix64.c): its
     * state advances by gamma and the output is the finaliser of the state, so mix64(gamma) is that value.
     */
    @Test
    void mix64IsTheSplitMix64Finaliser() {
        assertThat(Seeds.mix64(GAMMA)).isEqualTo(0xE220A8397B1DCDAFL);
    }

    /**
     * seed(s, name) = mix64(mix64(s) + mix64(h(name)) * gamma), h the 64-bit FNV-1a hash; FNV-1a 64 of
     * "a" is 0xaf63dc4c8601ec8c (the published test vector of Fowler, Noll and Vo's reference).
     */
    @Test
    void aNamedStreamFollowsTheDocumentedFormula() {
        long fnvOfA = 0xAF63DC4C8601EC8CL;
        for (long seed : new long[] {0, 1, -7, Long.MAX_VALUE}) {
            long expected = Seeds.mix64(Seeds.mix64(seed) + Seeds.mix64(fnvOfA) * GAMMA);
            assertThat(Seeds.streamSeed(seed, "a")).isEqualTo(expected);
        }
        assertThat(Seeds.streamSeed(1, "bootstrap/PAK")).isNotEqualTo(Seeds.streamSeed(1, "bootstrap/IND"))
                .isNotEqualTo(Seeds.streamSeed(2, "bootstrap/PAK"));
    }

    /** seed(s, i) = mix64(mix64(s) + (i + 1) gamma). */
    @Test
    void runIFollowsTheDocumentedFormula() {
        assertThat(Seeds.runSeed(5, 0)).isEqualTo(Seeds.mix64(Seeds.mix64(5) + GAMMA));
        assertThat(Seeds.runSeed(5, 9)).isEqualTo(Seeds.mix64(Seeds.mix64(5) + 10 * GAMMA));
    }
}
