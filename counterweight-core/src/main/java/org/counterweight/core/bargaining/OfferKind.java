package org.counterweight.core.bargaining;

/**
 * How an actor i answers actor j's challenge, from i's expected utilities of challenging j (EU_ij)
 * and of being challenged by j (EU_ji), both as i sees them (Bueno de Mesquita 1994; Scholz et al.
 * 2011; the octants as Masad 2016 draws them). In declaration order: the reconstruction's ranking.
 */
public enum OfferKind {
    /** EU_ji &gt; EU_ij &gt; 0: both expect to gain from a conflict and j more; i loses and moves to j. */
    CONFRONTATION,
    /** EU_ji &gt; 0 &gt; EU_ij and EU_ji &gt; |EU_ij|: i moves toward j by the share |EU_ij / EU_ji|. */
    COMPROMISE,
    /** EU_ji &gt; 0 &gt; EU_ij and EU_ji &lt; |EU_ij|: i stands to lose more than j gains and takes j's position. */
    CAPITULATION;

    /** How tables say it: "loses a confrontation to", "compromises with", "capitulates to". */
    public String verb() {
        return switch (this) {
            case CONFRONTATION -> "loses a confrontation to";
            case COMPROMISE -> "compromises with";
            case CAPITULATION -> "capitulates to";
        };
    }
}
