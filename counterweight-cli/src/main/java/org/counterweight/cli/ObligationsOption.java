package org.counterweight.cli;

import org.counterweight.core.network.ObligationScope;
import picocli.CommandLine.Option;

/**
 * {@code --obligations all|commitments}: which ATOP obligation types count as tie evidence
 * ({@link ObligationScope}); every type by default.
 */
final class ObligationsOption {
    @Option(names = "--obligations", paramLabel = "SCOPE", defaultValue = "all", converter = ScopeConverter.class,
            description = "ATOP obligations counted as ties: all (default: defence/offence 1, neutrality/non-aggression"
                    + " 0.5, consultation 0.25) or commitments (defence, offence and consultation only; neutrality and"
                    + " non-aggression pacts, such as ATOP's coding of the Treaty of Amity and Cooperation in Southeast"
                    + " Asia, are not alignment evidence).")
    ObligationScope scope;

    /** Accepts lower-case names. */
    static final class ScopeConverter extends LabelConverter<ObligationScope> {
        ScopeConverter() {
            super(ObligationScope.class, "--obligations");
        }
    }
}
