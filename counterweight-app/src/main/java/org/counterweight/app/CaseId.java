package org.counterweight.app;

import java.util.regex.Pattern;

/**
 * Which case an analysis reads: its states, curated relations and agreements. Every analysis of a
 * case is limited to the case's actors; states named explicitly (for power or arms, say) are looked up
 * among them first and then in the country-code crosswalk. Whether the case exists is checked when a
 * service reads it ({@link UnitOfWork#requireCase}).
 *
 * @param value the case's id as its case file declares it ({@code south-asia})
 */
public record CaseId(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

    /** The bundled case, the default of every interface. */
    public static final CaseId SOUTH_ASIA = new CaseId("south-asia");

    public CaseId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidRequestException("case", "a case id is lower-case letters, digits, '.' and '-', got '"
                    + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
