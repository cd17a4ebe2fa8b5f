package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics commands end to end: what they print as JSON, and an option at fault named. */
class AnalyticsCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = Cli.overLoadedStore(folder);
    }

    /**
     * Power end to end: the ratio of two published CINCs, the ratio with partners under the weighting
     * asked for with the range over every weighting and the weighting named, and a malformed weight
     * named by its option.
     */
    @Test
    void powerPrintsRatiosAndNamesABadWeight() throws Exception {
        JsonNode tables = cli.json("power", "--actors", "IND,PAK", "--from", "2019", "--to", "2019", "--partners",
                "similarity", "--format", "json");
        JsonNode asymmetry = tables.get(1).get("rows").get(0);
        assertThat(asymmetry.get("ratio").asDouble()).isCloseTo(0.097537212 / 0.017662292, within(1e-9));
        assertThat(asymmetry.get("partners_method").asText()).isEqualTo("similarity");
        JsonNode methods = tables.get(2).get("rows").get(0);
        assertThat(asymmetry.get("effective_ratio").asDouble()).isEqualTo(methods.get("similarity").asDouble());
        assertThat(asymmetry.get("ratio_low").asDouble()).isEqualTo(methods.get("similarity").asDouble());
        assertThat(asymmetry.get("ratio_high").asDouble()).isEqualTo(methods.get("none").asDouble());
        assertThat(methods.get("atop_basis").asText()).isEqualTo("carried-forward-from-2018");
        Cli.Run bad = cli.run("power", "--actors", "IND,PAK", "--weight", "PAK-CHN");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: --weight: a weight looks like IND:USA=0.5");
    }

    /**
     * One CSV stream holds one table: balance gives three, so its CSV print holds the first and names the
     * others on stderr; --table picks one; --out-dir writes each to its own file.
     */
    @Test
    void severalTablesAreNeverWrittenIntoOneCsvStream() throws Exception {
        Cli.Run csv = cli.run("balance", "--year", "2015", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        String header = csv.out().lines().findFirst().orElseThrow();
        assertThat(csv.out().lines().filter(header::equals)).as("one header row").hasSize(1);
        assertThat(csv.out()).doesNotContain("\r\n\r\n");
        assertThat(csv.err()).contains("note: printed the table balance-").contains("--table ID").contains("--out-dir");
        String second = csv.err().replaceAll("(?s).*also gives ([a-z-]+).*", "$1");
        Cli.Run one = cli.run("balance", "--year", "2015", "--format", "csv", "--table", second);
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.err()).doesNotContain("note: printed");
        Path dir = folder.resolve("balance-tables");
        Cli.Run written = cli.run("balance", "--year", "2015", "--format", "csv", "--out-dir", dir.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(java.nio.file.Files.list(dir).map(f -> f.getFileName().toString()).sorted().toList())
                .hasSizeGreaterThan(1).contains("balance-summary.csv").allMatch(name -> name.endsWith(".csv"));
        assertThat(java.nio.file.Files.readString(dir.resolve(second + ".csv"))).isEqualTo(one.out());
        Cli.Run unknown = cli.run("balance", "--year", "2015", "--table", "nothing");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--table nothing: this command gives the tables balance-");
    }

    /**
     * {@code balance --obligations commitments}: without neutrality and non-aggression obligations the
     * 2023 network splits into two blocs (CHN PAK RUS UKR against AFG AUS GBR IND JPN USA, frustration
     * index 2), where the default keeps one bloc of every state but Afghanistan (6); a bad scope is named
     * by its option (exit 2).
     */
    @Test
    void balanceTakesAnObligationScopeAndNamesABadOne() throws Exception {
        JsonNode commitments = cli.json("balance", "--year", "2023", "--obligations", "commitments", "--table",
                "balance-summary", "--format", "json").get("rows").get(0);
        assertThat(commitments.get("frustration_index").asDouble()).isEqualTo(2.0);
        assertThat(List.of(commitments.get("bloc_a").asText(), commitments.get("bloc_b").asText()))
                .containsExactlyInAnyOrder("CHN PAK RUS UKR", "AFG AUS GBR IND JPN USA");
        JsonNode all = cli.json("balance", "--year", "2023", "--table", "balance-summary", "--format", "json")
                .get("rows").get(0);
        assertThat(all.get("frustration_index").asDouble()).isEqualTo(6.0);
        assertThat(List.of(all.get("bloc_a").asText(), all.get("bloc_b").asText())).contains("AFG");
        Cli.Run bad = cli.run("balance", "--year", "2023", "--obligations", "treaties");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--obligations").contains("all, commitments").contains("treaties")
                .doesNotContain("Exception");
    }

    /**
     * {@code landscape --obligations commitments}: the 2023 global minimum parts China, Pakistan, Russia and
     * Ukraine from Afghanistan, Australia, the UK, India, Japan and the USA, as the balance partition does.
     */
    @Test
    void landscapeTakesAnObligationScope() throws Exception {
        JsonNode best = cli.json("landscape", "--year", "2023", "--minima", "1", "--obligations", "commitments",
                "--table", "landscape-minima", "--format", "json").get("rows").get(0);
        assertThat(List.of(best.get("bloc_1").asText(), best.get("bloc_2").asText()))
                .containsExactlyInAnyOrder("CHN PAK RUS UKR", "AFG AUS GBR IND JPN USA");
    }

    /** A guess goes to stderr as a note; the table on stdout stays clean. */
    @Test
    void aGuessedNameIsNotedOnStderr() {
        Cli.Run run = cli.run("dyads", "--from", "2000", "--to", "2000", "--actors", "USA,Nigera");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: read 'Nigera' as Niger (NIR, 436)");
        assertThat(run.out()).contains("436").doesNotContain("note:");
    }

    private static final Path SYRIA = Path.of("..", "data", "datasets", "landscape-axelrod-furnas-2016");

    private static Path write(String name, String content) throws java.io.IOException {
        Path file = folder.resolve(name);
        java.nio.file.Files.writeString(file, content);
        return file;
    }

    @Test
    void theCaseNetworkNamesItsUnbalancedTriads() throws Exception {
        JsonNode tables = cli.json("balance", "--year", "2021", "--format", "json");
        assertThat(tables.get(2).get("rows").toString()).contains("IND-RUS-USA");
        assertThat(tables.get(1).get("rows").get(0).get("status").asText()).isEqualTo("optimal");
    }

    /** Landscape end to end from the user's files: Axelrod &amp; Furnas's Syria, E = -83200 (see the service test). */
    @Test
    void theSyriaLandscapeFromFiles() throws Exception {
        List<String> names = List.of(java.nio.file.Files.readAllLines(SYRIA.resolve("propensity_raw_1to5.csv")).get(0)
                .split(",")).subList(1, 12);
        List<String> actors = java.nio.file.Files.readAllLines(SYRIA.resolve("actors.csv")).subList(1, 12);
        StringBuilder sizes = new StringBuilder("actor,size\n");
        for (int i = 0; i < names.size(); i++) {
            sizes.append(names.get(i)).append(',').append(actors.get(i).split(",")[2]).append('\n');
        }
        JsonNode tables = cli.json("landscape", "--sizes", write("sizes.csv", sizes.toString()).toString(), "--propensities",
                SYRIA.resolve("propensity_raw_1to5.csv").toString(), "--centre", "3", "--format", "json");
        assertThat(tables.get(0).get("rows").get(0).get("energy").asDouble()).isEqualTo(-83200);
    }
}
