package org.counterweight.core.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one-a-day filter: of the events with the same source, target, CAMEO event code and day, one is
 * kept, on the assumption that the others report the same event again. The convention of the KEDS
 * and Phoenix event-data pipelines: Will Lowe's R package {@code events} (0.5, function
 * {@code one_a_day}) "removes duplicates of any event that occurs to the same source and target with
 * the same event code"; Philip Schrodt (openeventdata/petrarch2 issue 16, 2016-06-10) calls it the
 * method "that most systems use (including the Phoenix pipeline; ICEWS apparently does no
 * deduplication)" and notes its drawbacks (two real events of the same kind on one day count once).
 *
 * <p>Here source and target are the dyad's two states (COW codes): the tallies are of states, so two
 * reports of "United States government consults Pakistan" and "US military consults Pakistan" (CAMEO
 * 040) on one day are one event of the USA-PAK dyad. Both engines key on the same fields, and both
 * keep the same event of a group: the first by file name, line and import ({@link #FIRST}), whose
 * QuadClass, Goldstein value and mention count are then tallied. (In GDELT and ICEWS an event code has
 * one QuadClass and, but for rare recodings, one Goldstein value, so the choice rarely matters; it is
 * fixed so that DuckDB and Spark give the same numbers.)
 */
public final class OneADay {
    /** Which event of a group is kept: the first by file, line, import id. */
    public static final Comparator<Candidate> FIRST = Comparator.comparing(Candidate::file)
            .thenComparingLong(Candidate::line).thenComparing(Candidate::importId);

    private OneADay() {
    }

    /** The group an event belongs to: source and target COW codes, CAMEO event code, day. */
    public static List<Object> key(int sourceCow, int targetCow, String eventCode, LocalDate date) {
        return List.of(sourceCow, targetCow, eventCode, date);
    }

    /** The kept one of two events of one group. */
    public static Candidate kept(Candidate a, Candidate b) {
        return FIRST.compare(a, b) <= 0 ? a : b;
    }

    /**
     * One event as the filter sees it: where it was read (to choose the kept one) and what the tally
     * takes from it.
     *
     * @param file      the file's name
     * @param line      its line in the file
     * @param importId  the import's id (a file name can be imported twice with different contents)
     * @param quadClass the event's QuadClass
     * @param goldstein its Goldstein value
     * @param mentions  its mention count, or null (ICEWS)
     */
    public record Candidate(String file, long line, String importId, QuadClass quadClass, double goldstein,
            Integer mentions) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Candidate {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(importId, "importId");
            Objects.requireNonNull(quadClass, "quadClass");
        }

        /** The tally of this event alone. */
        public DyadTally tally() {
            return DyadTally.of(quadClass, goldstein, mentions);
        }
    }
}
