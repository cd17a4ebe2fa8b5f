package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated interaction coded in CAMEO.
 *
 * @param goldstein the Goldstein (1992) conflict-cooperation value of the event code, -10 to +10,
 *                  taken from the CAMEO codebook
 */
public record Event(PartialDate date, String source, String target, String cameoCode, double goldstein,
        String description, List<Evidence> evidence) {
    public Event {
        Objects.requireNonNull(date, "date is required");
        source = Checks.actorId(source, "source actor");
        target = Checks.actorId(target, "target actor");
        cameoCode = Checks.text(cameoCode, "cameo code");
        if (!cameoCode.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("cameo code must be 2-4 digits, got '" + cameoCode + "'");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("goldstein must be in [-10, 10], got " + goldstein);
        }
        description = Checks.optionalText(description);
        evidence = Checks.list(evidence, "evidence");
    }
}
