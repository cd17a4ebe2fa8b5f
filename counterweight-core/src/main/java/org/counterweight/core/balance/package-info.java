/**
 * Structural balance of signed networks (Heider 1946; Cartwright &amp; Harary 1956): the network
 * snapshot ({@link org.counterweight.core.balance.SignedNetwork}), the triangle census, the exact
 * frustration index (line index of balance) and the walk-based balance ratio of Estrada &amp; Benzi.
 *
 * <p>Depends only on the JDK. Helpers (block decomposition, branch-and-bound, eigenvalues) are
 * package-private.
 */
package org.counterweight.core.balance;
