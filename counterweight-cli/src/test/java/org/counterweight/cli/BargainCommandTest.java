package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bargain}: the rows per round in every format, and exit code 2 with file, line and field on bad input. */
class BargainCommandTest {
    private static final String EC = "actor,CAPABILITY,Position,salience\nNetherlands,.08,4,.8\nBelgium,.08,7,.4\n"
            + "Luxembourg,.03,4,.2\nGermany,.16,4,.8\nFrance,.16,10,.6\nItaly,.16,10,.6\nUK,.16,10,.9\n"
            + "Ireland,.05,7,.1\nDenmark,.05,4,1.0\nGreece,.08,7,.7\n";

    @TempDir
    static Path folder;

    private static Cli cli;
    private static Path ec;

    @BeforeAll
    static void setUp() throws IOException {
        cli = Cli.overLoadedStore(folder);
        ec = folder.resolve("ec.csv");
        Files.writeString(ec, EC, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneRowPerRoundWithMedianMeanPositionsAndOffers() throws IOException {
        JsonNode tables = cli.json("bargain", ec.toString(), "--rounds", "1", "--format", "json");

        JsonNode rounds = tables.get(0);
        assertThat(rounds.get("id").asText()).isEqualTo("bargaining-rounds");
        assertThat(rounds.get("columns").toString()).startsWith("[\"round\",\"median\",\"mean\",\"Netherlands\"")
                .endsWith("\"offers\"]");
        assertThat(rounds.get("rows").get(1).get("median").asDouble()).isEqualTo(8.415932315426764);
        assertThat(rounds.get("rows").get(1).get("mean").asDouble()).isEqualTo(7.461314378277189,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rounds.get("source").asText()).isEqualTo("counterweight bargain " + ec + " --rounds 1");

        Cli.Run csv = cli.run("bargain", ec.toString(), "--rounds", "2", "--variant", "bdm-intent", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("round,median,mean,Netherlands,Belgium");

        Cli.Run table = cli.run("bargain", "s400-caatsa", "--runs", "100", "--seed", "1", "--threads", "2");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Forecast of the median-voter position per round: 100 runs (seed 1)")
                .contains("Which inputs move the outcome");
    }

    @Test
    void badInputExitsWithTwoNamingFileLineAndField() throws IOException {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,x,3,0.5\n", StandardCharsets.UTF_8);

        assertRejected("error: bad.csv, line 3, field 'Capability': expected a finite number, got 'x'", "bargain",
                bad.toString());
        assertRejected("error: --variant: unknown variant 'bdm'", "bargain", ec.toString(), "--variant", "bdm");
        assertRejected("error: --rounds: rounds must be 0-1000", "bargain", ec.toString(), "--rounds", "5000");
        assertRejected("error: --runs: no input of ec.csv has a range", "bargain", ec.toString(), "--runs", "10");
        assertRejected("no such file", "bargain", folder.resolve("missing.csv").toString());
    }

    private static void assertRejected(String message, String... args) {
        Cli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message);
    }
}
