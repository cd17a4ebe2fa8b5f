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
        db = org.counterweight.app.TestWorkbenches.copyStore(folder);
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
    void aBadNumberNamesLineAndField() throws IOException {
        Path file = write("NMC-9.8-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,lots,254,8659,101,0.04\n");
        assertRejected("NMC-9.8-abridged.csv, line 2, field 'irst'", "import", "cow-nmc", file.toString(), "--version",
                "9.8");
    }

    @Test
    void anUnknownDatasetIsRejectedNamingTheParameter() throws IOException {
        Path file = write("NMC-9.7-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n");
        assertRejected("error: DATASET: unknown dataset 'cow-nmx'; known: case, cow-nmc", "import", "cow-nmx",
                file.toString());
    }

    @Test
    void anUnknownCountryCodeIsRejected() {
        assertRejected("--recipient: unknown actor 'Atlantis'", "arms", "--recipient", "Atlantis");
    }

    @Test
    void aYearOutOfRangeIsRejected() {
        assertRejected("outside what the SIPRI releases loaded hold of Pakistan's imports", "arms", "--recipient", "PAK",
                "--from", "2025", "--to", "2029");
        assertRejected("error: --to: the years end (2010) before they start (2015)", "agreements", "--from", "2015",
                "--to", "2010");
    }

    @Test
    void anUnknownStateGetsTheClosestNames() {
        assertRejected("error: --actors: unknown state 'Pakistn'; did you mean Pakistan (PAK, 770)?", "dyads",
                "--from", "2000", "--to", "2000", "--actors", "USA,Pakistn");
    }
}
