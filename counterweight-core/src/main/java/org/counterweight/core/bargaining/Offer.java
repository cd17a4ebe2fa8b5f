package org.counterweight.core.bargaining;

/**
 * An offer an actor accepted in a round: the receiver moves from {@code from} to {@code to} because
 * of the proposer's challenge.
 *
 * @param receiver           the index of the actor that moves
 * @param proposer           the index of the actor whose challenge it answers
 * @param kind               confrontation, compromise or capitulation
 * @param from               the receiver's position before the round
 * @param to                 its position after the round
 * @param receiverUtility    EU_ij: the receiver's expected utility of challenging the proposer, as the receiver sees it
 * @param proposerUtility    EU_ji: the proposer's expected utility of challenging the receiver, as the receiver sees it
 */
public record Offer(int receiver, int proposer, OfferKind kind, double from, double to, double receiverUtility,
        double proposerUtility) {
    /** |to - from|. */
    public double movement() {
        return Math.abs(to - from);
    }
}
