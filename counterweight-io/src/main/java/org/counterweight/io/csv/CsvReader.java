package org.counterweight.io.csv;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.counterweight.io.InputFormatException;

/**
 * Reads delimited text (RFC 4180 quoting: fields in double quotes may hold the delimiter,
 * doubled quotes and line breaks) row by row, with the header's column names and the line each
 * row starts on. A byte-order mark is skipped. Rows whose field count differs from the header's
 * are errors naming the line. Records are split by {@link CsvRecords}.
 */
public final class CsvReader {
    private final String fileName;
    private final char delimiter;

    public CsvReader(String fileName, char delimiter) {
        this.fileName = fileName;
        this.delimiter = delimiter;
    }

    public static CsvReader comma(String fileName) {
        return new CsvReader(fileName, ',');
    }

    public static CsvReader tab(String fileName) {
        return new CsvReader(fileName, '\t');
    }

    /**
     * Reads the header and passes every row to {@code rows}; returns the header.
     *
     * @param required columns that must be present in the header
     * @throws InputFormatException on a missing column, a ragged row or an unterminated quote
     */
    public List<String> read(Reader input, List<String> required, Consumer<CsvRow> rows) {
        CsvRecords records = new CsvRecords(fileName, input, delimiter);
        CsvRecords.Row first = records.next();
        if (first == null) {
            throw new InputFormatException(fileName, 0, null, "empty file: no header row");
        }
        List<String> header = first.fields();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                throw new InputFormatException(fileName, 1, column,
                        "missing column; the header has " + header);
            }
        }
        for (CsvRecords.Row record = records.next(); record != null; record = records.next()) {
            List<String> fields = record.fields();
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new InputFormatException(fileName, record.line(), null, "expected " + header.size()
                        + " fields as in the header, found " + fields.size());
            }
            rows.accept(new CsvRow(fileName, record.line(), index, fields));
        }
        return List.copyOf(header);
    }
}
