package org.counterweight.core.bargaining;

/**
 * One party to an issue, as the expected-utility model sees it (Bueno de Mesquita 1994, p. 77-78, as
 * Scholz et al. 2011 quote it): how much it can bring to bear on the issue, where it stands on the
 * issue's scale, and how much of its capability it is ready to spend on this issue.
 *
 * @param name       how tables name it; not blank
 * @param capability its capability on the issue, finite and >= 0 (only ratios matter: CINC, a share, any
 *                   positive scale)
 * @param position   its stated position on the scale, finite
 * @param salience   the share of its capability it would spend on the issue, in [0, 1]; also the
 *                   probability that it resists a challenge rather than yield
 */
public record BargainingActor(String name, double capability, double position, double salience) {
    public BargainingActor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        if (!Double.isFinite(capability) || capability < 0) {
            throw new IllegalArgumentException(name + ": capability must be a finite number >= 0, got " + capability);
        }
        if (!Double.isFinite(position)) {
            throw new IllegalArgumentException(name + ": position must be a finite number, got " + position);
        }
        if (!(salience >= 0 && salience <= 1)) {
            throw new IllegalArgumentException(name + ": salience must be in [0, 1], got " + salience);
        }
    }

    /** This actor at another position. */
    public BargainingActor at(double newPosition) {
        return new BargainingActor(name, capability, newPosition, salience);
    }
}
