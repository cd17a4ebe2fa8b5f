package org.counterweight.core.model;

/**
 * A supplier's total deliveries of major conventional weapons to all recipients in one year, as
 * SIPRI's own "Total" row of its TIV export tables (SIPRI Arms Transfers Database), in trend-indicator
 * values (millions): a volume index, not a price. Years without deliveries have no record.
 *
 * @param release      the SIPRI release ("2022")
 * @param supplier     SIPRI's supplier name
 * @param supplierCow  COW code of the supplier, or null
 * @param year         calendar year
 * @param tivMillions  total TIV in millions
 */
public record ArmsExportTotal(String release, String supplier, Integer supplierCow, int year, double tivMillions) {

    public ArmsExportTotal {
        release = Checks.text(release, "release");
        supplier = Checks.text(supplier, "supplier");
        StateCodes.optionalCode(supplierCow, "supplier COW code");
        Checks.year(year, "year");
        Checks.nonNegative(tivMillions, "tiv");
    }
}
