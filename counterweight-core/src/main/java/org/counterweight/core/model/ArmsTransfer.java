package org.counterweight.core.model;

/**
 * Deliveries of major conventional weapons from a supplier to a recipient in one year, in SIPRI
 * trend-indicator values (TIV, millions): a volume index, not a price. SIPRI prints 0 for deliveries
 * under 0.5 million TIV; a supplier-recipient-year with no deliveries has no record at all.
 *
 * @param release        the SIPRI release ("2022")
 * @param supplier       SIPRI's supplier name
 * @param supplierCow    COW code of the supplier, or null (non-state, unknown supplier)
 * @param recipient      SIPRI's recipient name
 * @param recipientCow   COW code of the recipient, or null
 * @param tivMillions    TIV in millions
 */
public record ArmsTransfer(String release, String supplier, Integer supplierCow, String recipient,
        Integer recipientCow, int year, double tivMillions) {

    public ArmsTransfer {
        release = Checks.text(release, "release");
        supplier = Checks.text(supplier, "supplier");
        recipient = Checks.text(recipient, "recipient");
        Checks.year(year, "year");
        Checks.nonNegative(tivMillions, "tiv");
    }
}
