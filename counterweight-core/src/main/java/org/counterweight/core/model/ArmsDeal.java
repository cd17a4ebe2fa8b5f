package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One deal of the SIPRI Arms Transfers Database trade register: an order of major conventional
 * weapons by a recipient from a supplier, with what has been delivered so far.
 *
 * <p>SIPRI marks uncertain order years and quantities with a '?' in a flag column next to the value;
 * the flags are kept here. TIVs are SIPRI trend-indicator values in millions (a volume index, not a
 * price). {@code tivDelivered} is the deal's total over all its delivery years: the register does
 * not split it by year, so a deal cannot be turned into per-year {@link ArmsTransfer}s without an
 * assumption of one's own.
 *
 * @param release                 the SIPRI release ("2025"), the year the export was generated
 * @param recipient               SIPRI's recipient name
 * @param recipientCow            COW code of the recipient, or null (non-state, unknown)
 * @param supplier                SIPRI's supplier name
 * @param supplierCow             COW code of the supplier, or null
 * @param orderYear               year of order (or of licence)
 * @param orderYearUncertain      SIPRI flagged the year of order with '?'
 * @param numberOrdered           number of items ordered; empty when SIPRI has no figure yet
 * @param numberOrderedUncertain  SIPRI flagged the number ordered with '?'
 * @param designation             weapon designation ("MiG-21MF")
 * @param description             weapon description ("fighter aircraft")
 * @param numberDelivered         number delivered so far; empty when the cell is empty
 * @param numberDeliveredUncertain SIPRI flagged the number delivered with '?'
 * @param deliveryYears           the years with deliveries, ascending, without duplicates; empty if none
 * @param status                  SIPRI's status ("New", "Second hand", ...), or null
 * @param comments                SIPRI's comments, or null
 * @param tivPerUnit              TIV per unit, millions, when given
 * @param tivTotalOrder           TIV of the whole order, millions, when given
 * @param tivDelivered            TIV of the weapons delivered (all delivery years together), when given;
 *                                0 means less than 0.5 million
 */
public record ArmsDeal(String release, String recipient, Integer recipientCow, String supplier,
        Integer supplierCow, int orderYear, boolean orderYearUncertain, OptionalInt numberOrdered,
        boolean numberOrderedUncertain, String designation, String description, OptionalInt numberDelivered,
        boolean numberDeliveredUncertain, List<Integer> deliveryYears, String status, String comments,
        OptionalDouble tivPerUnit, OptionalDouble tivTotalOrder, OptionalDouble tivDelivered) {

    public ArmsDeal {
        release = Checks.text(release, "release");
        recipient = Checks.text(recipient, "recipient");
        supplier = Checks.text(supplier, "supplier");
        Checks.year(orderYear, "year of order");
        designation = Checks.text(designation, "weapon designation");
        description = Checks.optionalText(description);
        status = Checks.optionalText(status);
        comments = Checks.optionalText(comments);
        nonNegative(numberOrdered, "number ordered");
        nonNegative(numberDelivered, "number delivered");
        deliveryYears = Checks.list(deliveryYears, "delivery years");
        for (int i = 0; i < deliveryYears.size(); i++) {
            Checks.year(deliveryYears.get(i), "delivery year");
            if (i > 0 && deliveryYears.get(i) <= deliveryYears.get(i - 1)) {
                throw new IllegalArgumentException("delivery years must be ascending without duplicates, got "
                        + deliveryYears);
            }
        }
        nonNegative(tivPerUnit, "TIV per unit");
        nonNegative(tivTotalOrder, "TIV for total order");
        nonNegative(tivDelivered, "TIV of delivered weapons");
    }

    private static void nonNegative(OptionalInt value, String field) {
        Objects.requireNonNull(value, () -> field + " must be OptionalInt");
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + value.getAsInt());
        }
    }

    private static void nonNegative(OptionalDouble value, String field) {
        Objects.requireNonNull(value, () -> field + " must be OptionalDouble");
        if (value.isPresent()) {
            Checks.nonNegative(value.getAsDouble(), field);
        }
    }
}
