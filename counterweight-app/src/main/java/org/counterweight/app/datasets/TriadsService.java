package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.counterweight.app.Workbench;
import org.counterweight.store.ColumnNames;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * Triad-year frames: the k-adic unit (k = 3) of Poast (2010, "(Mis)Using Dyadic Data to Analyze
 * Multiparty Events", Political Analysis 18(4), 403-425), for questions about three states at once
 * (structural balance, a partnership seen by a third state). Built from the non-directed dyad-year frame
 * ({@link DyadsService}) of the states named: a triad is in a year when its three pairs are (all three
 * states are system members). Per triad: each member's CINC and their sum (the triad's joint capability),
 * and how many of its three pairs hold an ATOP defence obligation (in either direction), any ATOP
 * obligation, and an ongoing strategic rivalry. A count is empty when a pair's dataset does not cover the
 * year, never a zero; the basis columns carry the pairs' bases (one value when the three agree).
 */
public final class TriadsService {
    private static final String[] OBLIGATIONS = {"atop_defense", "atop_offense", "atop_neutral", "atop_nonagg",
        "atop_consul"};

    private final Workbench workbench;

    public TriadsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The frame in memory: one row per triad (ccode1 &lt; ccode2 &lt; ccode3) and year. */
    public FrameRows frame(TriadsRequest request) {
        FrameRows dyads = new DyadsService(workbench).frame(request.dyads());
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < dyads.columns().size(); i++) {
            column.put(dyads.columns().get(i), i);
        }
        Map<Integer, Map<Long, List<Object>>> byYear = new TreeMap<>();
        Map<Integer, Set<Integer>> members = new HashMap<>();
        for (List<Object> row : dyads.rows()) {
            int a = ((Number) row.get(column.get("ccode1"))).intValue();
            int b = ((Number) row.get(column.get("ccode2"))).intValue();
            int year = ((Number) row.get(column.get("year"))).intValue();
            byYear.computeIfAbsent(year, y -> new HashMap<>()).put(pair(a, b), row);
            members.computeIfAbsent(year, y -> new TreeSet<>()).addAll(List.of(a, b));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Integer, Map<Long, List<Object>>> year : byYear.entrySet()) {
            Integer[] states = members.get(year.getKey()).toArray(Integer[]::new);
            Map<Long, List<Object>> pairs = year.getValue();
            for (int i = 0; i < states.length; i++) {
                for (int j = i + 1; j < states.length; j++) {
                    for (int k = j + 1; k < states.length; k++) {
                        List<Object> ab = pairs.get(pair(states[i], states[j]));
                        List<Object> ac = pairs.get(pair(states[i], states[k]));
                        List<Object> bc = pairs.get(pair(states[j], states[k]));
                        if (ab != null && ac != null && bc != null) {
                            rows.add(triad(states[i], states[j], states[k], year.getKey(), List.of(ab, ac, bc),
                                    column));
                        }
                    }
                }
            }
        }
        return new FrameRows(columns(request.names()), rows, dictionary(request.names(), dyads.dictionary()),
                dyads.warnings());
    }

    private static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    private static List<Object> triad(int a, int b, int c, int year, List<List<Object>> pairs,
            Map<String, Integer> column) {
        Object cincA = cinc(pairs.get(0), a, column);
        Object cincB = cinc(pairs.get(0), b, column);
        Object cincC = cinc(pairs.get(1), c, column);
        Double sum = cincA == null || cincB == null || cincC == null ? null
                : ((Number) cincA).doubleValue() + ((Number) cincB).doubleValue() + ((Number) cincC).doubleValue();
        List<Object> row = new ArrayList<>(List.of(a, b, c, year));
        row.add(cincA);
        row.add(cincB);
        row.add(cincC);
        row.add(sum);
        row.add(count(pairs, p -> flag(p, column, "atop_defense")));
        row.add(count(pairs, p -> {
            Boolean any = false;
            for (String obligation : OBLIGATIONS) {
                Boolean held = flag(p, column, obligation);
                if (held == null) {
                    return null;
                }
                any |= held;
            }
            return any;
        }));
        row.add(count(pairs, p -> flag(p, column, "ongoingrivalry")));
        row.add(basis(pairs, column.get("alliance_basis")));
        row.add(basis(pairs, column.get("rivalry_basis")));
        return row;
    }

    /** The CINC of state {@code ccode} from a pair it is in. */
    private static Object cinc(List<Object> pair, int ccode, Map<String, Integer> column) {
        boolean first = ((Number) pair.get(column.get("ccode1"))).intValue() == ccode;
        return pair.get(column.get(first ? "cinc1" : "cinc2"));
    }

    private static Boolean flag(List<Object> pair, Map<String, Integer> column, String name) {
        Object value = pair.get(column.get(name));
        return value == null ? null : ((Number) value).intValue() != 0;
    }

    /** How many of the three pairs hold, or null when a pair's value is not known. */
    private static Integer count(List<List<Object>> pairs, java.util.function.Function<List<Object>, Boolean> test) {
        int n = 0;
        for (List<Object> pair : pairs) {
            Boolean held = test.apply(pair);
            if (held == null) {
                return null;
            }
            n += held ? 1 : 0;
        }
        return n;
    }

    /** The pairs' bases: one value when they agree, else each distinct value in pair order, joined by "; ". */
    private static String basis(List<List<Object>> pairs, int index) {
        Set<String> bases = new LinkedHashSet<>();
        for (List<Object> pair : pairs) {
            bases.add(Objects.toString(pair.get(index), "not-covered"));
        }
        return String.join("; ", bases);
    }

    private static List<String> columns(ColumnNames names) {
        return List.of("ccode1", "ccode2", "ccode3", "year", "cinc1", "cinc2", "cinc3", "cinc_sum",
                "atop_defense_pairs", "atop_obligation_pairs", names.of("strategic_rivalry") + "_pairs",
                "alliance_basis", "rivalry_basis");
    }

    /** Each triad column with the dataset of the dyad columns it is made of. */
    private static List<ColumnSource> dictionary(ColumnNames names, List<ColumnSource> dyads) {
        Map<String, ColumnSource> of = new HashMap<>();
        dyads.forEach(c -> of.put(c.column(), c));
        List<ColumnSource> out = new ArrayList<>();
        String[][] made = {
            {"ccode1", "ccode1", "COW code of the triad's first state (ccode1 < ccode2 < ccode3)"},
            {"ccode2", "ccode2", "COW code of the second state"},
            {"ccode3", "ccode2", "COW code of the third state"},
            {"year", "year", "year"},
            {"cinc1", "cinc1", "CINC of ccode1"},
            {"cinc2", "cinc1", "CINC of ccode2"},
            {"cinc3", "cinc1", "CINC of ccode3"},
            {"cinc_sum", "cinc1", "the triad's joint CINC (empty when a member's is not covered)"},
            {"atop_defense_pairs", "atop_defense", "pairs of the three (0-3) with an ATOP defence obligation in either"
                + " direction"},
            {"atop_obligation_pairs", "atop_defense", "pairs (0-3) with any ATOP obligation (defence, offence,"
                + " neutrality, non-aggression, consultation)"},
            {names.of("strategic_rivalry") + "_pairs", "ongoingrivalry", "pairs (0-3) in an ongoing strategic"
                + " rivalry"},
            {"alliance_basis", "alliance_basis", "the three pairs' alliance basis (one value when they agree)"},
            {"rivalry_basis", "rivalry_basis", "the three pairs' rivalry basis (one value when they agree)"}};
        for (String[] m : made) {
            ColumnSource from = of.get(m[1]);
            out.add(new ColumnSource(m[0], from.dataset(), m[2], m[0].endsWith("_pairs") ? "pairs" : from.unit(),
                    from.coverage()));
        }
        return out;
    }
}
