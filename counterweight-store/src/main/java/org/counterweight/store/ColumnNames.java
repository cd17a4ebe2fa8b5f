package org.counterweight.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The column names a frame is written with. {@link #PEACESCIENCER} (the default) uses the names of
 * Miller's peacesciencer (Miller 2022, Conflict Management and Peace Science 39(6): {@code atop_nonagg},
 * {@code cowmaj1}, {@code ongoingrivalry}, {@code polity21}, {@code wbgdp2011est1}, {@code dyadigos},
 * {@code capdist}, {@code gmlmidspell}) and of Häge's FPSIM v2 for the alliance-similarity measures
 * (Häge 2011, Political Analysis 19(3): {@code srsvaa}, {@code srswvaa}, {@code srsvas}, {@code taub},
 * {@code kappava}, {@code piva}), so an R script written for peacesciencer's frames runs on them;
 * {@link #COUNTERWEIGHT} uses Counterweight's own names, which spell out what they hold
 * ({@code atop_nonaggression}, {@code major1}, {@code ln_gdp1}). A column with no peacesciencer
 * counterpart (the basis columns, SIPRI arms flows, UN votes, absolute-distance kappa and pi) has the
 * same name in both.
 */
public enum ColumnNames {
    PEACESCIENCER, COUNTERWEIGHT;

    /** Counterweight's name (or, for a column with a side suffix, its stem) to peacesciencer's. */
    private static final Map<String, String> PEACESCIENCER_NAMES = Map.ofEntries(
            Map.entry("atop_nonaggression", "atop_nonagg"), Map.entry("atop_consultation", "atop_consul"),
            Map.entry("major", "cowmaj"), Map.entry("strategic_rivalry", "ongoingrivalry"),
            Map.entry("s_unweighted", "srsvaa"), Map.entry("s_weighted", "srswvaa"), Map.entry("s_squared", "srsvas"),
            Map.entry("tau_b", "taub"), Map.entry("kappa_squared", "kappava"), Map.entry("pi_squared", "piva"),
            Map.entry("ln_gdp", "wbgdp2011est"), Map.entry("ln_pop", "wbpopest"),
            Map.entry("ln_sdp", "sdpest"), Map.entry("ln_gdppc", "wbgdppc2011est"),
            Map.entry("gml_mid_onset", "gmlmidonset"), Map.entry("gml_mid_ongoing", "gmlmidongoing"),
            Map.entry("gml_dispute", "gmldispnum"), Map.entry("gml_hostility", "gmlhostlev"),
            Map.entry("cow_mid_onset", "cowmidonset"), Map.entry("cow_mid_ongoing", "cowmidongoing"),
            Map.entry("cow_dispute", "cowdispnum"), Map.entry("cow_hostility", "cowhostlev"),
            Map.entry("gml_peace_years", "gmlmidspell"), Map.entry("cow_peace_years", "cowmidspell"),
            Map.entry("capital_distance_km", "capdist"), Map.entry("min_distance_km", "mindist"),
            Map.entry("min_capital_distance_km", "mincapdist"), Map.entry("min_min_distance_km", "minmindist"),
            Map.entry("shared_igos", "dyadigos"), Map.entry("igo_full", "sum_igo_full"),
            Map.entry("igo_associate", "sum_igo_associate"), Map.entry("igo_observer", "sum_igo_observer"),
            Map.entry("igo_any", "sum_igo_anytype"), Map.entry("state_name", "statenme"));

    /** The name of the column Counterweight calls {@code counterweightName}. */
    public String of(String counterweightName) {
        return this == PEACESCIENCER ? PEACESCIENCER_NAMES.getOrDefault(counterweightName, counterweightName)
                : counterweightName;
    }

    /**
     * The name of a state's column: the stem's name and the side ("1", "2", or "" in a state-year frame).
     * Counterweight's names put an underscore between a stem ending in a digit and the side
     * ({@code polity2_1}; peacesciencer's {@code polity21}).
     */
    public String of(String counterweightStem, String side) {
        String stem = of(counterweightStem);
        boolean digit = !stem.isEmpty() && Character.isDigit(stem.charAt(stem.length() - 1));
        return this == COUNTERWEIGHT && digit && !side.isEmpty() ? stem + "_" + side : stem + side;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names given by label ({@code peacesciencer} or {@code counterweight}). */
    public static ColumnNames fromLabel(String label) {
        for (ColumnNames names : values()) {
            if (names.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return names;
            }
        }
        throw new IllegalArgumentException("unknown column names '" + label + "'; known: "
                + Arrays.stream(values()).map(ColumnNames::label).collect(Collectors.joining(", ")));
    }
}
