package org.counterweight.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.counterweight.core.model.ObligationEnd;

/**
 * Foreign-policy portfolios by year, as ordinal code matrices for the similarity measures.
 *
 * <p>Alliances (ATOP): the states are the COW system members of the year (members at the end of the
 * 2016 list carried forward, as in dyad frames); state i's portfolio over state k is its ATOP
 * commitment to k on Bueno de Mesquita's (1975) ordinal scale: 3 defence (or offence), 2 neutrality
 * or non-aggression, 1 consultation (entente), 0 none; a state's tie with itself is 3. Only years ATOP
 * covers have portfolios: a later year is either left out or, when asked, given the commitments of
 * ATOP's last year (carried, and marked so); it is never read as "no alliances at all". A carried
 * commitment holds until the knowledge base records its end: after the year of a curated
 * {@link ObligationEnd} (the Islamic Republic of Afghanistan's fall in 2021), the state has no carried
 * commitment and none is carried to it (its row and column read as no commitment; it stays a member).
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

    /**
     * One year's portfolios: row i is state {@code states[i]}'s codes over the items.
     *
     * @param carriedFrom the year whose commitments the codes are, when carried past ATOP's end; null when
     *                    they are the year's own
     * @param ended       the recorded ends that dropped states' carried commitments from this year's codes
     *                    (empty for years ATOP covers)
     */
    public record YearPortfolios(int year, int[] states, int[][] codes, Integer carriedFrom, List<ObligationEnd> ended) {
        public YearPortfolios {
            ended = List.copyOf(ended);
        }

        /** The recorded end that dropped this state's carried commitments in the year, if any. */
        public Optional<ObligationEnd> endOf(int ccode) {
            return ended.stream().filter(e -> e.cowCode() == ccode).findFirst();
        }

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

    /**
     * ATOP alliance portfolios for every year in [from, to] that has system members and that ATOP
     * covers; with {@code carry}, also the later years, with the commitments of ATOP's last year among
     * the states of the year, save those of and to a state whose carried obligations have ended
     * ({@link DatasetQueries#obligationEnds()}) by the year.
     */
    public List<YearPortfolios> alliances(int from, int to, boolean carry) {
        Integer atopLast = Sql.query(session.connection(), "SELECT max(year) AS last FROM atop_ddy",
                row -> Sql.integer(row, "last")).get(0);
        if (atopLast == null) {
            return List.of();
        }
        int last = carry ? to : Math.min(to, atopLast);
        if (last < from) {
            return List.of();
        }
        Map<Integer, int[]> members = systemMembers(from, last);
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
        List<Integer> carried = members.keySet().stream().filter(y -> y > atopLast).toList();
        List<ObligationEnd> ends = new DatasetQueries(session).obligationEnds();
        Map<Integer, List<ObligationEnd>> endedIn = new HashMap<>();
        carried.forEach(year -> endedIn.put(year, ends.stream().filter(e -> e.endedBy(year)).toList()));
        Sql.query(session.connection(), "SELECT ccode1, ccode2, year, defense, offense, neutral, nonaggression,"
                + " consultation FROM atop_ddy WHERE year BETWEEN ? AND ? OR year = ? AND ?", row -> {
                    int year = row.getInt("year");
                    int ccode1 = row.getInt("ccode1");
                    int ccode2 = row.getInt("ccode2");
                    List<Integer> targets = year == atopLast ? new ArrayList<>(carried) : new ArrayList<>();
                    if (year >= from && year <= last) {
                        targets.add(year);
                    }
                    int code = row.getBoolean("defense") || row.getBoolean("offense") ? 3
                            : row.getBoolean("neutral") || row.getBoolean("nonaggression") ? 2
                                    : row.getBoolean("consultation") ? 1 : 0;
                    for (int target : targets) {
                        if (endedIn.getOrDefault(target, List.of()).stream().anyMatch(e -> e.cowCode() == ccode1
                                || e.cowCode() == ccode2)) {
                            continue;
                        }
                        Map<Integer, Integer> positions = index.get(target);
                        Integer i = positions == null ? null : positions.get(ccode1);
                        Integer k = positions == null ? null : positions.get(ccode2);
                        if (i != null && k != null && !i.equals(k)) {
                            codes.get(target)[i][k] = code;
                        }
                    }
                    return null;
                }, from, Math.min(last, atopLast), atopLast, !carried.isEmpty());
        List<YearPortfolios> result = new ArrayList<>();
        members.forEach((year, states) -> result.add(new YearPortfolios(year, states, codes.get(year),
                year > atopLast ? atopLast : null, endedIn.getOrDefault(year, List.of()))));
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
        return new YearPortfolios(year, states, codes, null, List.of());
    }

    /** The last year of an NMC version, or null when it is not loaded. */
    public Integer nmcLastYear(String nmcVersion) {
        return Sql.query(session.connection(), "SELECT max(year) AS last FROM nmc WHERE version = ?",
                row -> Sql.integer(row, "last"), nmcVersion).get(0);
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
