package org.counterweight.app.bargaining;

import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;
import org.counterweight.app.UserFile;
import org.counterweight.core.bargaining.Variant;
import org.counterweight.io.bargaining.IssueFileReader;

/**
 * One bargaining run: which issue, how many rounds, which variant, and, for a forecast, how many
 * Monte Carlo runs from which seed.
 *
 * @param bundled  a bundled issue's id ({@link IssueFileReader#BUNDLED}), or null
 * @param file     a replication table or issue file, or null; exactly one of bundled and file
 * @param rounds   rounds to bargain, 0-{@value #MAX_ROUNDS}, or null for the file's (else {@value #DEFAULT_ROUNDS})
 * @param variant  scholz or bdm-intent
 * @param runs     Monte Carlo runs, seed and threads; runs null for no forecast
 * @param spread   the relative half-width given to every input without a range of its own (0.1: capability
 *                 and salience +/- 10%, position +/- 10% of the scale), in [0, 1), or null for none
 */
public record BargainingRequest(String bundled, UserFile file, Integer rounds, Variant variant, RunSettings runs,
        Double spread) {
    /** The most rounds a request may ask for. */
    public static final int MAX_ROUNDS = 1000;
    /** Rounds when neither the request nor the file says. */
    public static final int DEFAULT_ROUNDS = 10;
    /** Seed of a forecast when the request names none. */
    public static final long DEFAULT_SEED = 1;

    public BargainingRequest {
        if ((bundled == null) == (file == null)) {
            throw new InvalidRequestException("file", "give a bundled issue or a file, not "
                    + (bundled == null ? "neither" : "both"));
        }
        if (bundled != null && !IssueFileReader.BUNDLED.contains(bundled)) {
            throw new InvalidRequestException("file", "no bundled issue '" + bundled + "'; bundled: "
                    + IssueFileReader.BUNDLED);
        }
        if (rounds != null && (rounds < 0 || rounds > MAX_ROUNDS)) {
            throw new InvalidRequestException("rounds", "rounds must be 0-" + MAX_ROUNDS + ", got " + rounds);
        }
        if (variant == null) {
            throw new InvalidRequestException("variant", "a variant is required: scholz or bdm-intent");
        }
        if (runs == null) {
            runs = RunSettings.defaults();
        }
        if (spread != null && !(spread >= 0 && spread < 1)) {
            throw new InvalidRequestException("spread", "spread is a relative half-width in [0, 1), got " + spread);
        }
    }

    /** The variant named {@code text}, as a request parameter. */
    public static Variant variant(String text) {
        try {
            return Variant.parse(text == null ? Variant.SCHOLZ.name() : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("variant", e.getMessage());
        }
    }

    /** Whether a Monte Carlo forecast is asked for. */
    public boolean forecast() {
        return runs.runs() != null;
    }
}
