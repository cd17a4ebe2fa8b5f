package org.counterweight.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.counterweight.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {
    private static Report.Table table(List<String> columns, List<List<Object>> rows) {
        return new Report.Table("milex-ratio", "Military expenditure, IND:PAK", columns, rows,
                List.of("Constant 2022 USD", "gap: no SIPRI figure"), "SIPRI Milex 2024");
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** Splits RFC 4180 text into records of fields; independent of the writer. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i += 2;
            } else {
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            throw new IllegalArgumentException("last record does not end in CRLF");
        }
        return records;
    }

    @Test
    void csvHasHeaderCrlfGapsEmptyAndShortestNumbers() {
        String csv = TableExport.csv(table(List.of("year", "ratio", "note"),
                List.of(row(1998, 0.1 + 0.2, null), row(1999, Double.NaN, "no data"), row(2000, 1.5e6, "x"),
                        row(2001, 1e-7, ""), row(2002, -0.0, true))));
        assertThat(csv).isEqualTo("year,ratio,note\r\n"
                + "1998,0.3,\r\n"
                + "1999,,no data\r\n"
                + "2000,1500000,x\r\n"
                + "2001,0.0000001,\r\n"
                + "2002,0,true\r\n");
        assertThat(csv).doesNotContain("NaN").doesNotContain("E");
    }

    @Test
    void csvQuotesCommasQuotesAndNewlines() {
        String csv = TableExport.csv(table(List.of("name", "evidence"),
                List.of(row("Sino-Pak, \"ironclad\"", "line one\nline two"), row("cr\rhere", "plain"))));
        assertThat(csv).isEqualTo("name,evidence\r\n"
                + "\"Sino-Pak, \"\"ironclad\"\"\",\"line one\nline two\"\r\n"
                + "\"cr\rhere\",plain\r\n");
        assertThat(parseCsv(csv)).containsExactly(List.of("name", "evidence"),
                List.of("Sino-Pak, \"ironclad\"", "line one\nline two"), List.of("cr\rhere", "plain"));
    }

    @Property(tries = 300)
    void anyTextSurvivesCsvRoundTrip(@ForAll String a, @ForAll String b) {
        String csv = TableExport.csv(table(List.of("a", "b"), List.of(row(a, b))));
        List<List<String>> records = parseCsv(csv);
        assertThat(records.get(0)).containsExactly("a", "b");
        assertThat(records.get(1)).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String written = records.get(1).get(i);
            String given = i == 0 ? a : b;
            if (!written.equals(given)) {
                assertThat(written).isEqualTo("'" + given);
                assertThat(given.charAt(0)).isIn('=', '+', '-', '@', '\t', '\r');
            }
        }
    }

    /**
     * Issue 15 "Why" point 5: claims, sources and agreements CSVs wrote cells beginning with {@code =},
     * {@code +} and {@code @} unchanged, which a spreadsheet runs as formulas (OWASP, "CSV Injection").
     */
    @Test
    void cellsASpreadsheetWouldRunAsFormulasArePrefixedWithAQuote() {
        String csv = TableExport.csv(table(List.of("text", "number"), List.of(
                row("=HYPERLINK(\"http://x\",\"y\")", -1.5), row("+1+1", 2), row("@SUM(A1)", 3),
                row("-2+3", 4), row("\tTAB", 5), row("\rCR", 6), row("-0.5", 7), row("+12", 8), row("-", 9),
                row("India = Pakistan", 10))));
        List<List<String>> records = parseCsv(csv);
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0)).containsExactly(
                "'=HYPERLINK(\"http://x\",\"y\")", "'+1+1", "'@SUM(A1)", "'-2+3", "'\tTAB", "'\rCR", "-0.5", "+12",
                "'-", "India = Pakistan");
        assertThat(records.get(1).get(1)).isEqualTo("-1.5");
        assertThat(TableExport.json(table(List.of("text"), List.of(row("=1+1"))))).contains("\"=1+1\"");
    }

    /** An export gets the permissions of any new file of the user (the umask's), not owner-only ones. */
    @Test
    void anExportIsReadableAsAnyNewFileOfTheUserIs(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path exported = dir.resolve("report.html");
        ExportFiles.write(exported, "x");
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoPartialOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        ExportFiles.write(file, "old");
        ExportFiles.write(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        assertThatThrownBy(() -> ExportFiles.write(blocked.resolve("t.csv"), "x"))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("cannot write");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t.csv", "blocked");
        }
    }

    @Test
    void jsonHasTitleSourceColumnsRowsKeyedByColumnAndNotes() {
        String json = TableExport.json(table(List.of("year", "ratio", "actor"),
                List.of(row(1998, 2.5, "IND"), row(1999, null, "PAK"), row(2000, Double.POSITIVE_INFINITY, null))));
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(json);
        assertThat(doc).containsKeys("title", "source", "columns", "rows", "notes");
        assertThat(doc.get("title")).isEqualTo("Military expenditure, IND:PAK");
        assertThat(doc.get("source")).isEqualTo("SIPRI Milex 2024");
        assertThat(doc.get("columns")).isEqualTo(List.of("year", "ratio", "actor"));
        assertThat(doc.get("notes")).isEqualTo(List.of("Constant 2022 USD", "gap: no SIPRI figure"));
        List<?> rows = (List<?>) doc.get("rows");
        assertThat(rows).hasSize(3);
        Map<?, ?> first = (Map<?, ?>) rows.get(0);
        assertThat(List.copyOf(first.keySet())).isEqualTo(List.of("year", "ratio", "actor"));
        assertThat(first.get("year")).isEqualTo(new BigDecimal("1998"));
        assertThat(first.get("ratio")).isEqualTo(new BigDecimal("2.5"));
        Map<?, ?> second = (Map<?, ?>) rows.get(1);
        assertThat(second.containsKey("ratio")).isTrue();
        assertThat(second.get("ratio")).isNull();
        Map<?, ?> third = (Map<?, ?>) rows.get(2);
        assertThat(third.get("ratio")).isNull();
        assertThat(third.get("actor")).isNull();
        assertThat(json).contains("\"ratio\": null").doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void jsonEscapesQuotesBackslashesControlsAndNonAscii() {
        assertThat(Json.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(Json.quote("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
        assertThat(Json.quote("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001f\\u007f\"");
        assertThat(Json.quote("Türkiye")).isEqualTo("\"T\\u00fcrkiye\"");
        assertThat(Json.quote("\u2028")).isEqualTo("\"\\u2028\"");
        assertThat(Json.quote("\uD83C\uDDF5\uD83C\uDDF0")).isEqualTo("\"\\ud83c\\uddf5\\ud83c\\uddf0\"");
        assertThat(Json.write(List.of())).isEqualTo("[]\n");
        assertThat(Json.write(Map.of("k", true))).isEqualTo("{\n  \"k\": true\n}\n");
    }

    @Property(tries = 300)
    void anyStringSurvivesJsonRoundTrip(@ForAll String text) {
        String json = Json.write(List.of(text));
        assertThat(json.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).isTrue();
        assertThat(MiniJson.parse(json)).isEqualTo(List.of(text));
    }

    @Test
    void writesBothFilesNamedByTheTableId(@TempDir Path dir) throws Exception {
        Report.Table t = table(List.of("name"), List.of(row("Pakistan")));
        List<Path> files = TableExport.writeBoth(t, dir.resolve("exports"));
        assertThat(files).containsExactly(dir.resolve("exports/milex-ratio.csv"), dir.resolve("exports/milex-ratio.json"));
        assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).isEqualTo("name\r\nPakistan\r\n");
        assertThat(MiniJson.parse(Files.readString(files.get(1), StandardCharsets.UTF_8))).isInstanceOf(Map.class);
    }

    @Test
    void refusesRaggedRowsDuplicateColumnsAndUnsafeIds() {
        assertThatThrownBy(() -> TableExport.csv(table(List.of("a", "b"), List.of(row(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 has 1 cells for 2 columns");
        assertThatThrownBy(() -> TableExport.json(table(List.of("a", "a"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        Report.Table unsafe = new Report.Table("../x", "t", List.of("a"), List.of(), List.of(), "s");
        assertThatThrownBy(() -> TableExport.writeBoth(unsafe, Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../x");
    }
}
