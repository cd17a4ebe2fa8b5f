/**
 * Similarity of foreign-policy portfolios: alliance portfolios (Bueno de Mesquita 1975; Signorino
 * &amp; Ritter 1999) and UN roll-call portfolios, with chance-corrected agreement (H&auml;ge 2011).
 *
 * <p>A portfolio is a vector of ordinal codes {@code 0..categories-1} over the same items. For
 * alliances item k is state k of the system and the code is the commitment toward it (3 defence,
 * 2 neutrality or non-aggression, 1 entente or consultation, 0 none; a state's tie with itself is 3).
 * For UN votes items are roll calls and the caller maps yes/abstain/no onto 0..2 (e.g. no=0,
 * abstain=1, yes=2); the package does no mapping.
 *
 * <p>{@link org.counterweight.core.similarity.PortfolioSimilarity} is the question; one class per
 * published method answers it, all from the c&times;c joint table of the two portfolios'
 * codes ({@link org.counterweight.core.similarity.JointTable}).
 * {@link org.counterweight.core.similarity.SimilarityMatrix} computes every measure for every pair
 * of one year in one pass. Depends on nothing but the JDK; pure, no I/O.
 */
package org.counterweight.core.similarity;
