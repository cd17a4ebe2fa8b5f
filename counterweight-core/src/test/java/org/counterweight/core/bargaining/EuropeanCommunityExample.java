package org.counterweight.core.bargaining;

import java.util.List;

/**
 * The reconstruction's worked example: ten members of the European Community bargaining over the
 * date of emission standards for medium-sized cars (Bueno de Mesquita &amp; Stokman 1994, as Scholz,
 * Calbert &amp; Smith 2011, Table 1, list it): capability, position (years), salience.
 */
final class EuropeanCommunityExample {
    static final List<BargainingActor> ACTORS = List.of(
            new BargainingActor("Netherlands", 0.08, 4, 0.8),
            new BargainingActor("Belgium", 0.08, 7, 0.4),
            new BargainingActor("Luxembourg", 0.03, 4, 0.2),
            new BargainingActor("Germany", 0.16, 4, 0.8),
            new BargainingActor("France", 0.16, 10, 0.6),
            new BargainingActor("Italy", 0.16, 10, 0.6),
            new BargainingActor("UK", 0.16, 10, 0.9),
            new BargainingActor("Ireland", 0.05, 7, 0.1),
            new BargainingActor("Denmark", 0.05, 4, 1.0),
            new BargainingActor("Greece", 0.08, 7, 0.7));

    /** The span of the positions, as the replications take it: 4 to 10 years. */
    static final IssueScale SCALE = new IssueScale(4, 10);

    static final int NETHERLANDS = 0;
    static final int BELGIUM = 1;
    static final int LUXEMBOURG = 2;
    static final int FRANCE = 4;
    static final int IRELAND = 7;

    private EuropeanCommunityExample() {
    }
}
