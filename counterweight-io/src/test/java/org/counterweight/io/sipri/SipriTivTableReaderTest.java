package org.counterweight.io.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SipriTivTableReaderTest {
    private static final String PREAMBLE = """
            "TIV of arms exports from Belarus, 2019-2020",,,
            Figures are SIPRI Trend Indicator Values (TIVs) expressed in millions.,,,
            Source: SIPRI Arms Transfers Database,,,
            Generated: 28 July 2022,,,
            ,,,
            """;

    private final SipriTivTableReader reader = new SipriTivTableReader();

    static Path resource(String name) {
        try {
            return Path.of(SipriTivTableReaderTest.class.getResource("/sipri/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private TivTable readText(String text) {
        return reader.read(new StringReader(text), "t.csv");
    }

    @Test
    void readsExportsTableIntoLongForm() {
        TivTable table = reader.read(resource("TIV-Export-sample-2015-2021.csv"));

        assertThat(table.direction()).isEqualTo(TivTable.Direction.EXPORTS_FROM);
        assertThat(table.country()).isEqualTo("Belarus");
        assertThat(table.firstYear()).isEqualTo(2015);
        assertThat(table.lastYear()).isEqualTo(2021);
        assertThat(table.release()).isEqualTo("2022");
        // 1 + 1 + 1 + 3 + 1 + 5 non-empty cells; empty cells produce nothing
        assertThat(table.transfers()).hasSize(12);
        assertThat(table.transfers()).allSatisfy(t -> {
            assertThat(t.supplier()).isEqualTo("Belarus");
            assertThat(t.supplierCow()).isEqualTo(370);
            assertThat(t.release()).isEqualTo("2022");
        });
        assertThat(table.transfers()).contains(
                new ArmsTransfer("2022", "Belarus", 370, "Afghanistan", 700, 2019, 14),
                new ArmsTransfer("2022", "Belarus", 370, "Viet Nam", 816, 2017, 23));
    }

    @Test
    void keepsZeroCellsAndDropsEmptyCells() {
        TivTable table = reader.read(resource("TIV-Export-sample-2015-2021.csv"));

        List<ArmsTransfer> sudan = table.transfers().stream().filter(t -> t.recipient().equals("Sudan")).toList();
        assertThat(sudan).extracting(ArmsTransfer::year).containsExactly(2015, 2016, 2017);
        assertThat(sudan.get(0).tivMillions()).isZero();
        assertThat(sudan).noneMatch(t -> t.year() >= 2018);
    }

    @Test
    void neverImportsTheTotalRowOrColumnAsAPartner() {
        TivTable table = reader.read(resource("TIV-Export-sample-2015-2021.csv"));

        assertThat(table.transfers()).noneMatch(t -> t.recipient().equals("Total"));
        assertThat(table.transfers()).allSatisfy(t -> assertThat(t.year()).isBetween(2015, 2021));
        assertThat(table.reportedTotals()).containsEntry(2015, 23.0).containsEntry(2021, 3.0).hasSize(7);
        double sum = table.transfers().stream().mapToDouble(ArmsTransfer::tivMillions).sum();
        assertThat(sum).isEqualTo(166.0); // SIPRI's grand total in the fixture
    }

    @Test
    void nonStateNamesHaveNoCodeAndUnknownNamesAreReported() {
        TivTable table = reader.read(resource("TIV-Export-sample-2015-2021.csv"));

        assertThat(table.transfers()).filteredOn(t -> t.recipient().endsWith("*") || t.recipient().startsWith("Unknown"))
                .hasSize(2).allSatisfy(t -> assertThat(t.recipientCow()).isNull());
        assertThat(table.unmappedNames()).containsExactly("Libya GNC");
        assertThat(table.transfers()).filteredOn(t -> t.recipient().equals("Libya GNC"))
                .singleElement().satisfies(t -> assertThat(t.recipientCow()).isNull());
    }

    /**
     * The imports-to-Pakistan fixture was built from the bundled extract by
     * {@code src/test/resources/sipri/make_pakistan_fixture.py}; the expected sums over 2015-2019 were
     * computed independently from the same extract (China 548+718+683+499+455, Russia 44+49+44+70+64,
     * Italy 12+12+77+112+26). Integers, so compared exactly.
     */
    @Test
    void reproducesPakistanImportTotalsOfTheBundledExtract() {
        TivTable table = reader.read(resource("TIV-Import-PAK-2015-2019.csv"));

        assertThat(table.direction()).isEqualTo(TivTable.Direction.IMPORTS_TO);
        assertThat(table.country()).isEqualTo("Pakistan");
        assertThat(table.unmappedNames()).isEmpty();
        assertThat(table.transfers()).allSatisfy(t -> {
            assertThat(t.recipient()).isEqualTo("Pakistan");
            assertThat(t.recipientCow()).isEqualTo(770);
            assertThat(t.supplierCow()).isNotNull();
        });
        SortedMap<String, Double> totals = table.partnerTotals(2015, 2019);
        assertThat(totals.get("China")).isEqualTo(2903.0);
        assertThat(totals.get("Russia")).isEqualTo(271.0);
        assertThat(totals.get("Italy")).isEqualTo(239.0);
        assertThat(totals).hasSize(14);
        // and each year's sum equals SIPRI-style Total row of the fixture
        table.reportedTotals().forEach((year, total) -> assertThat(table.transfers().stream()
                .filter(t -> t.year() == year).mapToDouble(ArmsTransfer::tivMillions).sum())
                .isCloseTo(total, within(1e-9)));
    }

    @Test
    void germanyIsTheFederalRepublicUpTo1990() {
        TivTable table = readText("""
                "TIV of arms imports to Pakistan, 1990-1991",,,
                Generated: 28 July 2022,,,
                ,1990,1991,Total
                Germany,1,2,3
                """);
        assertThat(table.transfers()).extracting(ArmsTransfer::supplierCow).containsExactly(260, 255);
    }

    @Test
    void nonNumericCellNamesFileLineAndYear() {
        assertThatThrownBy(() -> readText(PREAMBLE + ",2019,2020,Total\nSudan,5,n/a,5\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("t.csv");
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.field()).isEqualTo("2020");
                    assertThat(e.getMessage()).contains("n/a");
                });
    }

    @Test
    void negativeOrNonNumericTotalIsAnError() {
        assertThatThrownBy(() -> readText(PREAMBLE + ",2019,2020,Total\nSudan,5,,-5\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.field()).isEqualTo("Total");
                });
    }

    @Test
    void headerWithoutYearColumnsIsAnError() {
        assertThatThrownBy(() -> readText(PREAMBLE + ",Total\nSudan,5\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.field()).isEqualTo("header");
                    assertThat(e.getMessage()).contains("no year columns");
                });
        assertThatThrownBy(() -> readText(PREAMBLE + ",2019,Year 2020,Total\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.field()).isEqualTo("column 3");
                });
    }

    @Test
    void missingGeneratedLineIsAnError() {
        assertThatThrownBy(() -> readText("\"TIV of arms exports from Malta, 2019-2020\",,\n,2019,2020\nBahrain,1,\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("Generated");
                });
    }

    @Test
    void raggedRowAndDataAfterTotalAreErrors() {
        assertThatThrownBy(() -> readText(PREAMBLE + ",2019,2020,Total\nSudan,5\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.line()).isEqualTo(7));
        assertThatThrownBy(() -> readText(PREAMBLE + ",2019,2020,Total\nTotal,1,,1\nSudan,1,,1\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.line()).isEqualTo(8));
    }

    @Test
    void fileThatIsNotATivTableIsRejectedAtLineOne() {
        assertThatThrownBy(() -> readText("country,year,tiv\nIndia,2019,5\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("title");
                });
    }

    @Test
    void emptyFileIsAnError(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> reader.read(empty))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(empty.toString());
                    assertThat(e.getMessage()).contains("empty file");
                });
    }

    @Test
    void randomBytesAreRejectedAsBinary(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[1 << 20];
        new Random(20220728L).nextBytes(bytes);
        Path garbage = Files.write(dir.resolve("garbage.csv"), bytes);
        assertThatThrownBy(() -> reader.read(garbage))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(garbage.toString());
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).containsAnyOf("binary", "not valid text");
                });
    }

    @Test
    @Timeout(10)
    void endlessGarbageFailsFast() {
        assertThatThrownBy(() -> reader.read(endless("x"), "endless.csv"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("longer than");
        assertThatThrownBy(() -> reader.read(endless(","), "commas.csv"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("fields");
        assertThatThrownBy(() -> reader.read(endless("\"TIV of arms exports from Malta, 1950-2021\"\n", ",,,\n"),
                "blank.csv"))
                .isInstanceOfSatisfying(InputFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("header"));
    }

    /** A reader that yields {@code prefix} and then {@code unit} forever. */
    static Reader endless(String unit) {
        return endless("", unit);
    }

    static Reader endless(String prefix, String unit) {
        return new Reader() {
            private long position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++, position++) {
                    buffer[offset + i] = position < prefix.length() ? prefix.charAt((int) position)
                            : unit.charAt((int) ((position - prefix.length()) % unit.length()));
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
    }
}
