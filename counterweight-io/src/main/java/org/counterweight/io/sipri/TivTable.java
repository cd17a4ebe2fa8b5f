package org.counterweight.io.sipri;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.ArmsTransfer;

/**
 * One SIPRI TIV table read into long form.
 *
 * @param direction       whether the table lists a country's exports or its imports
 * @param country         the country in the title ("Pakistan")
 * @param firstYear       first year of the title's range
 * @param lastYear        last year of the title's range
 * @param release         the SIPRI release: the year of the "Generated:" line ("2022")
 * @param transfers       one record per partner and year with a non-empty cell, in file order
 * @param reportedTotals  SIPRI's own "Total" row by year (empty cells left out), for checks; not imported
 * @param unmappedNames   names (title country or partners) with no COW code that are not known
 *                        non-state names, sorted: the caller should warn about them
 */
public record TivTable(Direction direction, String country, int firstYear, int lastYear, String release,
        List<ArmsTransfer> transfers, SortedMap<Integer, Double> reportedTotals, Set<String> unmappedNames) {

    /** Which way the table's deliveries go, as stated by its title. */
    public enum Direction {
        /** "TIV of arms exports from &lt;country&gt;": the partners are recipients. */
        EXPORTS_FROM,
        /** "TIV of arms imports to &lt;country&gt;": the partners are suppliers. */
        IMPORTS_TO
    }

    public TivTable {
        Objects.requireNonNull(direction, "direction is required");
        Objects.requireNonNull(country, "country is required");
        Objects.requireNonNull(release, "release is required");
        transfers = List.copyOf(transfers);
        reportedTotals = Collections.unmodifiableSortedMap(new TreeMap<>(reportedTotals));
        unmappedNames = Collections.unmodifiableSet(new TreeSet<>(unmappedNames));
    }

    /**
     * What the table holds in full: every delivery to (or from) the title's country over the title's
     * years, the range SIPRI was asked for (an empty cell in it is a year without deliveries).
     */
    public ArmsCoverage coverage() {
        return new ArmsCoverage(release, direction == Direction.EXPORTS_FROM ? ArmsCoverage.Side.SUPPLIER
                : ArmsCoverage.Side.RECIPIENT, country, SipriCountryNames.cowCode(country, lastYear), firstYear,
                lastYear);
    }

    /** The sum of the transfers per partner over {@code from..to} (inclusive), for checks against SIPRI's totals. */
    public SortedMap<String, Double> partnerTotals(int from, int to) {
        SortedMap<String, Double> sums = new TreeMap<>();
        for (ArmsTransfer t : transfers) {
            if (t.year() >= from && t.year() <= to) {
                String partner = direction == Direction.EXPORTS_FROM ? t.recipient() : t.supplier();
                sums.merge(partner, t.tivMillions(), Double::sum);
            }
        }
        return Collections.unmodifiableSortedMap(sums);
    }
}
