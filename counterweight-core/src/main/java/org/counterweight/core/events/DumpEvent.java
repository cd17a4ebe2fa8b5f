package org.counterweight.core.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of a GDELT or ICEWS dump as Counterweight stores it: who did what to whom and when, in
 * CAMEO (Schrodt 2012), with the Goldstein (1992) value the dataset gives (GDELT's GoldsteinScale,
 * ICEWS's Intensity) and where it came from (file and line). The same record is written by the
 * DuckDB import and the Spark job, so both store the same columns.
 *
 * @param dataset       {@code gdelt1}, {@code gdelt2} or {@code icews}
 * @param eventId       the dataset's event id (GLOBALEVENTID, ICEWS Event ID; ICEWS ids repeat across
 *                      dates, so an event is keyed by id and date)
 * @param date          the event's date (GDELT SQLDATE, ICEWS Event Date)
 * @param sourceActor   the source actor as coded (GDELT Actor1Code, ICEWS Source Name), or null
 * @param targetActor   the target actor as coded, or null
 * @param sourceCountry the source's CAMEO country code (GDELT Actor1CountryCode; for ICEWS the code of
 *                      the Source Country name), or null
 * @param targetCountry the target's CAMEO country code, or null
 * @param sourceCow     the source country's COW code, or null when it has none (or no country)
 * @param targetCow     the target country's COW code, or null
 * @param eventCode     the CAMEO event code, leading zeros kept ("010")
 * @param quadClass     the event's QuadClass
 * @param goldstein     the Goldstein value, -10 to +10
 * @param mentions      GDELT NumMentions, or null (ICEWS)
 * @param sourceUrl     GDELT SOURCEURL (daily 1.0 and 2.0 files), or null
 * @param file          the file's name
 * @param line          the 1-based line in the file
 */
public record DumpEvent(String dataset, String eventId, LocalDate date, String sourceActor, String targetActor,
        String sourceCountry, String targetCountry, Integer sourceCow, Integer targetCow, String eventCode,
        QuadClass quadClass, double goldstein, Integer mentions, String sourceUrl, String file, long line)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public DumpEvent {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(eventCode, "eventCode");
        Objects.requireNonNull(quadClass, "quadClass");
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein values run -10 to +10, got " + goldstein);
        }
    }
}
