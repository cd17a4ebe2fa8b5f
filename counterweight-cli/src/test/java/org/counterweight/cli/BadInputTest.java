package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.counterweight.store.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one clear error naming file, line and field, exit code 2, and leaves the store
 * exactly as it was.
 */
class BadInputTest {
    private static final String NMC_HEADER = "\"stateabb\",\"ccode\",\"year\",\"milex\",\"milper\",\"irst\",\"pec\","
            + "\"tpop\",\"upop\",\"cinc\"\n";

    @TempDir
    static Path folder;

    private static Path db;
    private static Cli cli;

    @BeforeAll
    static void load() {
        db = folder.resolve("kb.duckdb");
        cli = new Cli(db);
        assertThat(cli.run("status").exitCode()).isZero();
    }

    private static Map<String, Long> counts() {
        try (KnowledgeBase store = KnowledgeBase.open(db)) {
            return store.tableCounts();
        }
    }

    private static Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertRejected(String expectedMessage, String... args) {
        Map<String, Long> before = counts();
        Cli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(expectedMessage);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aMalformedCsvNamesTheLine() throws IOException {
        Path file = write("NMC-9.9-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n"
                + "\"CAN\",20,1816,1,2,3\n");
        assertRejected("NMC-9.9-abridged.csv, line 3: expected 10 fields", "import", "cow-nmc", file.toString(),
                "--version", "9.9");
    }

    @Test
    void aBadNumberNamesLineAndField() throws IOException {
        Path file = write("NMC-9.8-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,lots,254,8659,101,0.04\n");
        assertRejected("NMC-9.8-abridged.csv, line 2, field 'irst'", "import", "cow-nmc", file.toString(), "--version",
                "9.8");
    }

    @Test
    void anUnknownCountryCodeIsRejected() throws IOException {
        Path file = write("NMC-9.7-abridged.csv", NMC_HEADER + "\"ZZZ\",1234,1816,1,1,1,1,1,1,0.01\n");
        assertRejected("line 2, field 'ccode'", "import", "cow-nmc", file.toString(), "--version", "9.7");
        assertRejected("--recipient: unknown actor 'Atlantis'", "arms", "--recipient", "Atlantis");
    }

    @Test
    void aYearOutOfRangeIsRejected() throws IOException {
        Path file = write("NMC-9.6-abridged.csv", NMC_HEADER + "\"USA\",2,1700,3823,17,80,254,8659,101,0.04\n");
        assertRejected("line 2, field 'year'", "import", "cow-nmc", file.toString(), "--version", "9.6");
        assertRejected("outside SIPRI release 2022", "arms", "--recipient", "PAK", "--from", "2025", "--to", "2029");
        assertRejected("--to 2010 is before --from 2015", "agreements", "--from", "2015", "--to", "2010");
    }

    @Test
    void aCaseFileCitingAMissingSourceNamesLineAndField() throws IOException {
        Path file = write("case.yaml", """
                case: tiny
                title: Tiny
                sources:
                  - {id: note-1, kind: reference-work, title: A note}
                actors:
                  - {id: IND, kind: state, name: India}
                claims:
                  - id: tiny-01
                    kind: fact
                    subjects: [IND]
                    predicate: exists
                    evidence:
                      - source: missing-source
                        quote: "India exists"
                """);
        assertRejected("case.yaml, line 13, field 'claims[0].evidence[0].source': unknown source 'missing-source'",
                "import", "case", file.toString());
    }

    @Test
    void binaryGarbageIsRejected() throws IOException {
        Path file = folder.resolve("garbage.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertRejected("garbage.csv", "import", "sipri-tiv", file.toString());
        assertRejected("garbage.csv", "import", "sipri-tiv-table", file.toString());
    }

    @Test
    void aGoodFileImportsOnceAndThenChangesNothing() throws IOException {
        Path file = write("NMC-9.5-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n");
        Cli.Run first = cli.run("import", "cow-nmc", file.toString(), "--version", "9.5", "--format", "csv");
        assertThat(first.out()).contains("cow-nmc:NMC-9.5-abridged.csv,true,1");
        Map<String, Long> after = counts();
        Cli.Run second = cli.run("import", "cow-nmc", file.toString(), "--version", "9.5", "--format", "csv");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains(",false,0");
        assertThat(counts()).isEqualTo(after);
    }
}
