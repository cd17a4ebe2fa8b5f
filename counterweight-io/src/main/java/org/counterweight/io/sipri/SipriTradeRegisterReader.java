package org.counterweight.io.sipri;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.counterweight.core.model.ArmsDeal;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.csv.CsvRecords;

/**
 * Reads a trade register exported from the SIPRI Arms Transfers Database into {@link ArmsDeal}s.
 *
 * <p>The layout, as in SIPRI's exports of 13 October 2024 and 13 March 2025 (GitHub
 * {@code MJHofmann/SIPRI_BRICS} and {@code ColasDroin/SIPRI_arms_transfers_analysis}, file
 * {@code trade-register.csv}): a title line "Transfers of major conventional arms from ... to ...",
 * note lines, "Source: ...", "Data generated: 13 Mar 2025 10:02:49 AM", then the header
 * {@code Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,
 * Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,
 * SIPRI TIV of delivered weapons} and one row per deal. The unnamed columns hold SIPRI's '?'
 * uncertainty flag for the column before them. Delivery years are listed as "1957; 1958; 1959".
 * Columns are found by name (case-insensitive); the three TIV columns and Comments may be absent.
 *
 * <p>The register gives the TIV delivered for the whole deal, not per year, so no
 * {@link org.counterweight.core.model.ArmsTransfer}s are derived from it; use the TIV tables for
 * yearly flows. COW codes are looked up for the year of order.
 */
public final class SipriTradeRegisterReader {
    private static final Pattern TITLE = Pattern.compile("Transfers of major conventional (arms|weapons)\\b.*");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final List<String> REQUIRED = List.of("Recipient", "Supplier", "Year of order", "Number ordered",
            "Weapon designation", "Weapon description", "Number delivered", "Year(s) of delivery", "status");

    /** Reads a file, decoded as UTF-8. */
    public TradeRegister read(Path path) {
        return read(path, StandardCharsets.UTF_8);
    }

    /** Reads a file in the given character set. */
    public TradeRegister read(Path path, Charset charset) {
        return SipriText.readFile(path, charset, this::read);
    }

    /** Reads a register from text; {@code fileName} is used in error messages only. */
    public TradeRegister read(Reader input, String fileName) {
        CsvRecords csv = new CsvRecords(fileName, input, ',');
        CsvRecords.Row titleRow = csv.next();
        if (titleRow == null) {
            throw new InputFormatException(fileName, 0, null, "empty file: not a SIPRI trade register");
        }
        String title = String.join(",", titleRow.fields()).strip();
        if (!TITLE.matcher(title).matches()) {
            throw new InputFormatException(fileName, titleRow.line(), "title",
                    "not a SIPRI trade register: expected a title 'Transfers of major conventional arms from ...',"
                            + " got '" + SipriText.shorten(title) + "'");
        }
        SipriText.Preamble preamble = SipriText.preamble(csv, fileName,
                row -> row.fields().stream().anyMatch(f -> f.strip().equalsIgnoreCase("Recipient")),
                "one with a 'Recipient' column", "Data generated");
        String release = preamble.release();
        CsvRecords.Row header = preamble.header();
        Map<String, Integer> index = columns(header, fileName);

        List<ArmsDeal> deals = new ArrayList<>();
        Set<String> unmapped = new TreeSet<>();
        for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
            if (row.blank()) {
                continue;
            }
            if (row.fields().size() != header.fields().size()) {
                throw new InputFormatException(fileName, row.line(), null, "expected " + header.fields().size()
                        + " fields as in the header, found " + row.fields().size());
            }
            deals.add(deal(new Cells(fileName, row, index), release, unmapped));
        }
        return new TradeRegister(title, release, deals, unmapped);
    }

    /** Column positions by lower-case name; flag columns as "&lt;name&gt; flag". */
    private static Map<String, Integer> columns(CsvRecords.Row header, String fileName) {
        Map<String, Integer> index = new HashMap<>();
        String previous = null;
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.field(i).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                if (previous != null) {
                    index.putIfAbsent(previous + " flag", i);
                }
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new InputFormatException(fileName, header.line(), header.field(i), "column appears twice");
            }
            previous = name;
        }
        for (String column : REQUIRED) {
            if (!index.containsKey(column.toLowerCase(Locale.ROOT))) {
                throw new InputFormatException(fileName, header.line(), column,
                        "missing column; the header has " + header.fields());
            }
        }
        return index;
    }

    private static ArmsDeal deal(Cells cells, String release, Set<String> unmapped) {
        String recipient = cells.required("Recipient");
        String supplier = cells.required("Supplier");
        int orderYear = cells.year("Year of order");
        for (String name : List.of(recipient, supplier)) {
            if (!SipriCountryNames.isKnown(name)) {
                unmapped.add(name);
            }
        }
        try {
            return new ArmsDeal(release, recipient, SipriCountryNames.cowCode(recipient, orderYear), supplier,
                    SipriCountryNames.cowCode(supplier, orderYear), orderYear, cells.flag("Year of order"),
                    cells.count("Number ordered"), cells.flag("Number ordered"), cells.required("Weapon designation"),
                    cells.text("Weapon description"), cells.count("Number delivered"), cells.flag("Number delivered"),
                    cells.years("Year(s) of delivery"), cells.text("status"), cells.text("Comments"),
                    cells.tiv("SIPRI TIV per unit"), cells.tiv("SIPRI TIV for total order"),
                    cells.tiv("SIPRI TIV of delivered weapons"));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(cells.file, cells.row.line(), null, e.getMessage(), e);
        }
    }

    /** Typed access to one row's cells by column name, with errors naming file, line and column. */
    private static final class Cells {
        private final String file;
        private final CsvRecords.Row row;
        private final Map<String, Integer> index;

        Cells(String file, CsvRecords.Row row, Map<String, Integer> index) {
            this.file = file;
            this.row = row;
            this.index = index;
        }

        String text(String column) {
            Integer i = index.get(column.toLowerCase(Locale.ROOT));
            return i == null ? "" : row.field(i);
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw error(column, "value is required but the cell is empty");
            }
            return value;
        }

        int year(String column) {
            String value = required(column);
            if (!YEAR.matcher(value).matches()) {
                throw error(column, "expected a four-digit year, got '" + SipriText.shorten(value) + "'");
            }
            return Integer.parseInt(value);
        }

        OptionalInt count(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            if (!INTEGER.matcher(value).matches()) {
                throw error(column, "expected a whole number, got '" + SipriText.shorten(value) + "'");
            }
            return OptionalInt.of(Integer.parseInt(value));
        }

        boolean flag(String column) {
            String name = column + " flag";
            String value = text(name);
            if (value.isEmpty()) {
                return false;
            }
            if (!value.equals("?")) {
                throw error(name, "expected '?' or an empty cell, got '" + SipriText.shorten(value) + "'");
            }
            return true;
        }

        List<Integer> years(String column) {
            String value = text(column);
            TreeSet<Integer> years = new TreeSet<>();
            if (!value.isEmpty()) {
                for (String part : value.split(";", -1)) {
                    String year = part.strip();
                    if (!YEAR.matcher(year).matches()) {
                        throw error(column, "expected years separated by ';', got '" + SipriText.shorten(value) + "'");
                    }
                    years.add(Integer.parseInt(year));
                }
            }
            return List.copyOf(years);
        }

        OptionalDouble tiv(String column) {
            String value = text(column);
            return value.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(SipriText.tiv(value, file, row.line(), column));
        }

        InputFormatException error(String column, String problem) {
            return new InputFormatException(file, row.line(), column, problem);
        }
    }
}
