package org.counterweight.core.model;

import java.util.Objects;

/**
 * The years one version of a dataset covers, as loaded.
 *
 * @param dataset   the slot it was loaded as (e.g. cow-nmc-6.0)
 * @param version   the dataset's version or release (e.g. 6.0, 2024)
 * @param firstYear first year with rows
 * @param lastYear  last year with rows
 */
public record DatasetCoverage(String dataset, String version, int firstYear, int lastYear) {
    public DatasetCoverage {
        Objects.requireNonNull(version, "version");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("coverage ends (" + lastYear + ") before it starts (" + firstYear + ")");
        }
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
