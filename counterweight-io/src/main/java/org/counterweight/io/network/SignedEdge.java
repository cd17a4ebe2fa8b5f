package org.counterweight.io.network;

/**
 * One row of a signed edge list.
 *
 * @param group  the network the row belongs to (a time window, say), or "" when the file has no group column
 * @param sign   +1 or -1
 * @param weight the tie's weight (1 when the file has no weight column)
 */
public record SignedEdge(String group, String from, String to, int sign, double weight) {
}
