package org.counterweight.report.chart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One colour per actor across every chart of the report. The six actors of the South Asia case get fixed
 * colours from the Okabe-Ito palette, chosen to stay distinguishable with the common colour-vision
 * deficiencies (M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures and presentations
 * that are friendly to colorblind people", 2002/2008, https://jfly.uni-koeln.de/color/); the yellow of
 * that palette is left out because it is illegible on white. Any other id is hashed
 * ({@link String#hashCode()}, which the Java language specification fixes) into a second set of colours
 * from Paul Tol's "muted" scheme that are distinct from the six, so the same id always gets the same colour.
 */
public final class Palette {
    private static final Map<String, String> CASE_ACTORS = Map.of(
            "USA", "#0072B2",   // blue
            "IND", "#E69F00",   // orange
            "PAK", "#009E73",   // bluish green
            "CHN", "#D55E00",   // vermillion
            "RUS", "#CC79A7",   // reddish purple
            "AFG", "#56B4E9");  // sky blue

    /** Colours for other actors (hashed into); none of them is one of the six above. */
    private static final List<String> FALLBACK = List.of(
            "#332288", "#882255", "#44AA99", "#999933", "#8C564B", "#AA4499", "#666666");

    /**
     * Colours for items that are not actors (e.g. "Baseline", an agreement kind), in order of use: the
     * non-actor colours first, so that a non-actor item does not look like one of the case actors.
     */
    static final List<String> CATEGORICAL = List.of(
            "#332288", "#44AA99", "#882255", "#999933", "#AA4499", "#8C564B", "#666666",
            "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

    /** A leading ISO-3166 alpha-3 style id, alone or followed by a separator: "IND", "IND:PAK", "USA+IND". */
    private static final Pattern ACTOR = Pattern.compile("^([A-Z]{3})(?:$|[ .:+/,(\\-\u2013])");

    private Palette() {
    }

    /**
     * The colour of an actor as {@code #rrggbb}: fixed for USA, IND, PAK, CHN, RUS and AFG, a stable hash
     * into a separate set of colours for any other id.
     *
     * @throws IllegalArgumentException if actorId is null or blank
     */
    public static String colour(String actorId) {
        Check.nonBlank(actorId, "actorId");
        String fixed = CASE_ACTORS.get(actorId);
        if (fixed != null) {
            return fixed;
        }
        return FALLBACK.get(Math.floorMod(actorId.hashCode(), FALLBACK.size()));
    }

    /**
     * The actor a series or node name stands for, if any: the name itself when it is a three-letter upper
     * case id, or its first id when it starts with one followed by a space, '.', ':', '+', '/', ',', '(' or
     * a dash ("IND:PAK" ratio, "USA+IND" bloc, "PAK (imports)").
     */
    public static Optional<String> actorOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String byName = NAMES.get(name.strip());
        if (byName != null) {
            return Optional.of(byName);
        }
        Matcher m = ACTOR.matcher(name);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Full names of the case actors as datasets print them (SIPRI's supplier names), so a chart of
     * suppliers colours China as CHN everywhere. The Soviet Union takes Russia's colour: SIPRI and COW
     * treat Russia as its continuation (COW code 365).
     */
    private static final Map<String, String> NAMES = Map.of("United States", "USA",
            "United States of America", "USA", "India", "IND", "Pakistan", "PAK", "China", "CHN", "Russia", "RUS",
            "Soviet Union", "RUS", "USSR", "RUS", "Afghanistan", "AFG");
}
