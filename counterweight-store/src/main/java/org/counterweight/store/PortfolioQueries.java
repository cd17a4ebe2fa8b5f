package org.counterweight.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Foreign-policy portfolios by year, as ordinal code matrices for the similarity measures.
 *
 * <p>Alliances (ATOP): the states are the COW system members of the year (members at the end of the
 * 2016 list carried forward, as in dyad frames); state i's portfolio over state k is its ATOP
 * commitment to k on Bueno de Mesquita's (1975) ordinal scale: 3 defence (or offence), 2 neutrality
 * or non-aggression, 1 consultation (entente), 0 none; a state's tie with itself is 3.
 *
 * <p>UN General Assembly votes (Voeten): the items are the year's roll calls; codes 3 yes, 2 abstain,
 * 1 no, and 0 where the state did not vote (absent or not a member), which measures must treat as
 * missing, not as a vote.
 */
public final class PortfolioQueries {
    /** Code for "did not vote" in UN portfolios. */
    public static final int NOT_VOTING = 0;

    private final StoreSession session;

    public PortfolioQueries(StoreSession session) {
        this.session = session;
    }

    /** One year's portfolios: row i is state {@code states[i]}'s codes over the items. */
    public record YearPortfolios(int year, int[] states, int[][] codes) {
        public int indexOf(int ccode) {
            for (int i = 0; i < states.length; i++) {
                if (states[i] == ccode) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** COW system members by year over [from, to], sorted by code. */
    public Map<Integer, int[]> systemMembers(int from, int to) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        Sql.query(session.connection(), "WITH last AS (SELECT max(end_date) AS end_date FROM state_spells WHERE system ="
                + " 'COW') SELECT DISTINCT s.code, y.range::INTEGER AS year FROM state_spells s, last, range(?, ?) y"
                + " WHERE s.system = 'COW' AND y.range BETWEEN year(s.start_date) AND CASE WHEN s.end_date ="
                + " last.end_date THEN 9999 ELSE year(s.end_date) END ORDER BY year, code",
                row -> members.computeIfAbsent(row.getInt("year"), y -> new ArrayList<>()).add(row.getInt("code")),
                from, to + 1);
        Map<Integer, int[]> result = new TreeMap<>();
        members.forEach((year, codes) -> result.put(year, codes.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    /** ATOP alliance portfolios for every year in [from, to] that has system members. */
    public List<YearPortfolios> alliances(int from, int to) {
        Map<Integer, int[]> members = systemMembers(from, to);
        Map<Integer, int[][]> codes = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> index = new HashMap<>();
        members.forEach((year, states) -> {
            int[][] matrix = new int[states.length][states.length];
            Map<Integer, Integer> positions = new HashMap<>();
            for (int i = 0; i < states.length; i++) {
                positions.put(states[i], i);
                matrix[i][i] = 3;
            }
            codes.put(year, matrix);
            index.put(year, positions);
        });
        Sql.query(session.connection(), "SELECT ccode1, ccode2, year, defense, offense, neutral, nonaggression,"
                + " consultation FROM atop_ddy WHERE year BETWEEN ? AND ?", row -> {
                    Map<Integer, Integer> positions = index.get(row.getInt("year"));
                    if (positions == null) {
                        return null;
                    }
                    Integer i = positions.get(row.getInt("ccode1"));
                    Integer k = positions.get(row.getInt("ccode2"));
                    if (i != null && k != null && !i.equals(k)) {
                        int code = row.getBoolean("defense") || row.getBoolean("offense") ? 3
                                : row.getBoolean("neutral") || row.getBoolean("nonaggression") ? 2
                                        : row.getBoolean("consultation") ? 1 : 0;
                        codes.get(row.getInt("year"))[i][k] = code;
                    }
                    return null;
                }, from, to);
        List<YearPortfolios> result = new ArrayList<>();
        members.forEach((year, states) -> result.add(new YearPortfolios(year, states, codes.get(year))));
        return result;
    }

    /** UN General Assembly vote portfolios of one calendar year (roll calls dated in it). */
    public YearPortfolios unVotes(int year) {
        List<Integer> rollCalls = Sql.query(session.connection(), "SELECT rcid FROM un_roll_calls WHERE year(date) = ?"
                + " ORDER BY rcid", row -> row.getInt(1), year);
        Map<Integer, Integer> item = new HashMap<>();
        for (int i = 0; i < rollCalls.size(); i++) {
            item.put(rollCalls.get(i), i);
        }
        Map<Integer, int[]> votes = new TreeMap<>();
        Sql.query(session.connection(), "SELECT v.rcid, v.ccode, v.vote FROM un_votes v JOIN un_roll_calls r ON r.rcid ="
                + " v.rcid WHERE year(r.date) = ?", row -> {
                    int[] portfolio = votes.computeIfAbsent(row.getInt("ccode"), c -> new int[rollCalls.size()]);
                    portfolio[item.get(row.getInt("rcid"))] = switch (row.getString("vote")) {
                        case "yes" -> 3;
                        case "abstain" -> 2;
                        case "no" -> 1;
                        default -> NOT_VOTING;
                    };
                    return null;
                }, year);
        int[] states = votes.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[][] codes = new int[states.length][];
        for (int i = 0; i < states.length; i++) {
            codes[i] = votes.get(states[i]);
        }
        return new YearPortfolios(year, states, codes);
    }

    /** CINC of each state in a year (NaN where NMC has none), aligned with {@code states}. */
    public double[] cinc(String nmcVersion, int year, int[] states) {
        Map<Integer, Double> cinc = new HashMap<>();
        Sql.query(session.connection(), "SELECT ccode, cinc FROM nmc WHERE version = ? AND year = ?",
                row -> cinc.put(row.getInt("ccode"), Sql.number(row, "cinc")), nmcVersion, year);
        double[] weights = new double[states.length];
        Arrays.fill(weights, Double.NaN);
        for (int i = 0; i < states.length; i++) {
            Double value = cinc.get(states[i]);
            if (value != null) {
                weights[i] = value;
            }
        }
        return weights;
    }
}
