/**
 * Landscape theory of aggregation (Axelrod &amp; Bennett 1993): actors with sizes and pairwise
 * propensities split into two blocs; stable alignments are the local minima of an energy.
 *
 * <p>{@link org.counterweight.core.landscape.Landscape} holds the inputs and evaluates energy,
 * frustration and move gains. {@link org.counterweight.core.landscape.AlignmentSearch} is the
 * question "which alignments are stable?", answered exactly by
 * {@link org.counterweight.core.landscape.ExhaustiveAlignmentSearch} (Gray-code enumeration) and
 * approximately by {@link org.counterweight.core.landscape.MultiStartDescentSearch} (seeded
 * multi-start steepest descent with a lower bound on the global minimum). Results are immutable
 * records ({@link org.counterweight.core.landscape.LandscapeAnalysis}).
 *
 * <p>Depends only on the JDK ({@code java.util}, {@code java.util.stream},
 * {@code java.util.random}); no I/O, no printing.
 */
package org.counterweight.core.landscape;
