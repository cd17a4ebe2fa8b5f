package org.counterweight.io.events;

import java.util.Optional;

/**
 * The event dump layouts, told apart by their first line: the column count, the header names where
 * the file has a header, and the shape of the date fields.
 *
 * <p>GDELT 1.0 events: 57 columns in the back files (1979-2013) and in daily files to 2013-03-31, 58
 * in daily files from 2013-04-01 (SOURCEURL added); GDELT 2.0 events: 61 columns (an ADM2 code added
 * to each of the three geographies); GDELT 2.0 mentions: 16 columns (GDELT 1.0 and 2.0 Event
 * Codebooks, Leetaru &amp; Schrodt 2013). ICEWS Coded Event Data on Dataverse: 20 columns with a
 * header starting "Event ID" (Boschee et al., doi:10.7910/DVN/28075).
 */
public enum EventFileFormat {
    GDELT1_EVENTS_57("gdelt1", 57),
    GDELT1_EVENTS_58("gdelt1", 58),
    GDELT2_EVENTS("gdelt2", 61),
    GDELT2_MENTIONS("gdelt2-mentions", 16),
    ICEWS_EVENTS("icews", 20);

    private final String dataset;
    private final int columns;

    EventFileFormat(String dataset, int columns) {
        this.dataset = dataset;
        this.columns = columns;
    }

    /** The dataset its rows belong to: {@code gdelt1}, {@code gdelt2}, {@code gdelt2-mentions} or {@code icews}. */
    public String dataset() {
        return dataset;
    }

    public int columns() {
        return columns;
    }

    /** Whether the file holds events (not mentions). */
    public boolean holdsEvents() {
        return this != GDELT2_MENTIONS;
    }

    /** Whether {@code fields} are this layout's header rather than data. */
    public boolean isHeader(String[] fields) {
        String first = fields[0].strip();
        return this == ICEWS_EVENTS ? first.equalsIgnoreCase("Event ID")
                : first.equalsIgnoreCase("GLOBALEVENTID") || first.equalsIgnoreCase("GlobalEventID");
    }

    /** The layout whose first line this is, if any. */
    static Optional<EventFileFormat> detect(String firstLine) {
        String[] fields = firstLine.split("\t", -1);
        String first = fields[0].strip();
        String second = fields.length > 1 ? fields[1].strip() : "";
        boolean gdeltHeader = first.equalsIgnoreCase("GLOBALEVENTID");
        boolean numericId = first.matches("\\d{1,20}");
        switch (fields.length) {
            case 57, 58, 61:
                if (!gdeltHeader && !(numericId && second.matches("\\d{8}"))) {
                    return Optional.empty();
                }
                return Optional.of(fields.length == 57 ? GDELT1_EVENTS_57
                        : fields.length == 58 ? GDELT1_EVENTS_58 : GDELT2_EVENTS);
            case 16:
                return gdeltHeader || numericId && second.matches("\\d{14}") ? Optional.of(GDELT2_MENTIONS)
                        : Optional.empty();
            case 20:
                return first.equalsIgnoreCase("Event ID") || numericId && second.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? Optional.of(ICEWS_EVENTS) : Optional.empty();
            default:
                return Optional.empty();
        }
    }
}
