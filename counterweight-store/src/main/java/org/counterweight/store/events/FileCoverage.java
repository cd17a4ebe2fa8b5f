package org.counterweight.store.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/**
 * One imported event file: which dataset, how many events, the dates they span, and the months it
 * covers ({@link org.counterweight.core.events.EventCoverage}).
 *
 * @param file          the file's name
 * @param sha256        its content hash
 * @param dataset       {@code gdelt1}, {@code gdelt2}, {@code gdelt2-mentions} or {@code icews}
 * @param events        events stored from it
 * @param firstDate     the earliest event date, or null (no events)
 * @param lastDate      the latest event date, or null
 * @param coveredMonths the months it covers
 * @param importedAt    when it was imported (ISO-8601 UTC)
 */
public record FileCoverage(String file, String sha256, String dataset, long events, LocalDate firstDate,
        LocalDate lastDate, Set<YearMonth> coveredMonths, String importedAt) {
    public FileCoverage {
        coveredMonths = java.util.Collections.unmodifiableSet(new TreeSet<>(coveredMonths));
    }
}
