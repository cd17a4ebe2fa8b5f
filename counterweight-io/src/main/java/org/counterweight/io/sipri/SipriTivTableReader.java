package org.counterweight.io.sipri;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.csv.CsvRecords;

/**
 * Reads a TIV table exported from the SIPRI Arms Transfers Database ("TIV of arms exports from
 * &lt;country&gt;, 1950-2021" or "TIV of arms imports to &lt;country&gt;, ...") into
 * {@link ArmsTransfer} records, one per partner and year with a non-empty cell.
 *
 * <p>The layout, as in the files SIPRI's web interface produced on 28 July 2022 (for example GitHub
 * {@code 360-info/report-arms-trade}, {@code data/trademap-raw/TIV-Export-PAK-1950-2021.csv}):
 * <ol>
 * <li>the title in the first cell of line 1 (quoted, as it holds a comma);</li>
 * <li>note lines ("Figures are SIPRI Trend Indicator Values ...", "A '0' indicates ...",
 *     "Source: ...", "Generated: 28 July 2022") and blank lines, padded with commas;</li>
 * <li>the header: an empty first cell, one column per year, then "Total";</li>
 * <li>one row per partner (recipient for an exports table, supplier for an imports table), a blank
 *     line, and SIPRI's "Total" row.</li>
 * </ol>
 * An empty cell means no deliveries and produces no record; "0" means less than 0.5 million TIV and
 * is kept as 0. The Total column and row are checked to be numeric but never imported as a partner;
 * the Total row is returned as {@link TivTable#reportedTotals()}. The release is the year of the
 * "Generated:" line; the table holds its title's country in full over the title's years
 * ({@link TivTable#coverage()}). COW codes come from {@link SipriCountryNames}; names it does not know
 * are kept with a null code and listed in {@link TivTable#unmappedNames()}.
 *
 * <p>Anything else fails with an {@link InputFormatException} naming the file, line and field: a
 * first line that is not such a title (or whose years are not a range), a missing "Generated:" line, a
 * header without year columns or with a year outside the title's, a non-numeric cell, a ragged row, binary data. The title and header must appear within the first
 * {@value SipriText#MAX_PREAMBLE_LINES} records, so garbage fails within a few kilobytes.
 */
public final class SipriTivTableReader {
    private static final Pattern TITLE =
            Pattern.compile("TIV of arms (exports from|imports to) (.+), (\\d{4})-(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String TOTAL = "Total";

    /** Reads a file, decoded as UTF-8 (plain ASCII in SIPRI's exports). */
    public TivTable read(Path path) {
        return read(path, StandardCharsets.UTF_8);
    }

    /** Reads a file in the given character set (for example windows-1252 for files re-saved by Excel). */
    public TivTable read(Path path, Charset charset) {
        return SipriText.readFile(path, charset, this::read);
    }

    /** Reads a table from text; {@code fileName} is used in error messages only. */
    public TivTable read(Reader input, String fileName) {
        CsvRecords csv = new CsvRecords(fileName, input, ',');
        CsvRecords.Row titleRow = csv.next();
        if (titleRow == null) {
            throw new InputFormatException(fileName, 0, null, "empty file: not a SIPRI TIV table");
        }
        Matcher title = TITLE.matcher(titleRow.field(0));
        if (!title.matches()) {
            throw new InputFormatException(fileName, titleRow.line(), "title",
                    "not a SIPRI TIV table: expected a title such as 'TIV of arms exports from Malta, 1950-2021',"
                            + " got '" + SipriText.shorten(titleRow.field(0)) + "'");
        }
        TivTable.Direction direction = title.group(1).startsWith("exports")
                ? TivTable.Direction.EXPORTS_FROM : TivTable.Direction.IMPORTS_TO;
        String country = title.group(2).strip();
        int firstYear = Integer.parseInt(title.group(3));
        int lastYear = Integer.parseInt(title.group(4));
        if (firstYear < 1900 || lastYear < firstYear) {
            throw new InputFormatException(fileName, titleRow.line(), "title", "the title's years " + firstYear + "-"
                    + lastYear + " are not a range of years from 1900");
        }

        SipriText.Preamble preamble = SipriText.preamble(csv, fileName,
                row -> row.field(0).isEmpty() && !row.blank(), "an empty first cell, then one column per year",
                "Generated");
        String release = preamble.release();
        CsvRecords.Row header = preamble.header();
        List<Integer> years = headerYears(header, fileName, firstYear, lastYear);

        Set<String> unmapped = new TreeSet<>();
        noteName(country, unmapped);
        List<ArmsTransfer> transfers = new ArrayList<>();
        TreeMap<Integer, Double> totals = new TreeMap<>();
        Set<String> partners = new HashSet<>();
        boolean totalSeen = false;
        int width = years.size() + 1;
        int totalColumn = header.field(width).equals(TOTAL) ? width : -1;
        int used = totalColumn >= 0 ? width + 1 : width;
        for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
            if (row.blank()) {
                continue;
            }
            if (totalSeen) {
                if (nonBlankCells(row) == 1 && !row.field(0).isEmpty()) {
                    continue; // a footnote after the Total row
                }
                throw new InputFormatException(fileName, row.line(), null,
                        "data after SIPRI's Total row: '" + SipriText.shorten(row.field(0)) + "'");
            }
            checkWidth(row, header.fields().size(), width, used, fileName);
            String partner = row.field(0);
            boolean totalRow = partner.equals(TOTAL);
            if (!totalRow && !partners.add(partner)) {
                throw new InputFormatException(fileName, row.line(), partner, "partner listed twice");
            }
            if (!totalRow) {
                noteName(partner, unmapped);
            }
            for (int i = 0; i < years.size(); i++) {
                String cell = row.field(i + 1);
                if (cell.isEmpty()) {
                    continue;
                }
                int year = years.get(i);
                double tiv = SipriText.tiv(cell, fileName, row.line(), Integer.toString(year));
                if (totalRow) {
                    totals.put(year, tiv);
                } else {
                    transfers.add(transfer(direction, country, partner, year, tiv, release));
                }
            }
            if (totalColumn >= 0 && !row.field(totalColumn).isEmpty()) {
                SipriText.tiv(row.field(totalColumn), fileName, row.line(), TOTAL);
            }
            totalSeen = totalRow;
        }
        return new TivTable(direction, country, firstYear, lastYear, release, transfers, totals, unmapped);
    }

    /**
     * The year columns of the header: cells 1..n are years within the title's range (what the table
     * covers), optionally followed by "Total" and empty cells.
     */
    private static List<Integer> headerYears(CsvRecords.Row header, String fileName, int firstYear, int lastYear) {
        List<Integer> years = new ArrayList<>();
        boolean totalSeen = false;
        for (int i = 1; i < header.fields().size(); i++) {
            String cell = header.field(i);
            if (totalSeen) {
                if (!cell.isEmpty()) {
                    throw new InputFormatException(fileName, header.line(), "column " + (i + 1),
                            "header cell '" + SipriText.shorten(cell) + "' after the Total column");
                }
            } else if (cell.equals(TOTAL)) {
                totalSeen = true;
            } else if (YEAR.matcher(cell).matches() && years.size() == i - 1) {
                int year = Integer.parseInt(cell);
                if (year < firstYear || year > lastYear || years.contains(year)) {
                    throw new InputFormatException(fileName, header.line(), "column " + (i + 1), "year " + year
                            + " is outside the title's " + firstYear + "-" + lastYear + " or repeated");
                }
                years.add(year);
            } else {
                throw new InputFormatException(fileName, header.line(), "column " + (i + 1),
                        "expected a year or 'Total' in the header, got '" + SipriText.shorten(cell) + "'");
            }
        }
        if (years.isEmpty()) {
            throw new InputFormatException(fileName, header.line(), "header",
                    "the header has no year columns");
        }
        return List.copyOf(years);
    }

    /** Rows have the header's width; cells beyond the year and Total columns must be empty. */
    private static void checkWidth(CsvRecords.Row row, int headerWidth, int width, int used, String fileName) {
        if (row.fields().size() < width) {
            throw new InputFormatException(fileName, row.line(), null, "expected " + headerWidth
                    + " fields as in the header, found " + row.fields().size());
        }
        for (int i = used; i < row.fields().size(); i++) {
            if (!row.field(i).isEmpty()) {
                throw new InputFormatException(fileName, row.line(), "column " + (i + 1),
                        "value '" + SipriText.shorten(row.field(i)) + "' beyond the header's columns");
            }
        }
    }

    private static int nonBlankCells(CsvRecords.Row row) {
        int n = 0;
        for (String f : row.fields()) {
            if (!f.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static void noteName(String name, Set<String> unmapped) {
        if (!SipriCountryNames.isKnown(name)) {
            unmapped.add(name);
        }
    }

    private static ArmsTransfer transfer(TivTable.Direction direction, String country, String partner, int year,
            double tiv, String release) {
        String supplier = direction == TivTable.Direction.EXPORTS_FROM ? country : partner;
        String recipient = direction == TivTable.Direction.EXPORTS_FROM ? partner : country;
        return new ArmsTransfer(release, supplier, SipriCountryNames.cowCode(supplier, year), recipient,
                SipriCountryNames.cowCode(recipient, year), year, tiv);
    }
}
