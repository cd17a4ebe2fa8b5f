package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics commands on the bundled data. */
class AnalyticsCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = new Cli(folder.resolve("kb.duckdb"));
        assertThat(cli.run("status").exitCode()).isZero();
    }


    private static JsonNode row(JsonNode rows, String field, String value, String field2, String value2) {
        for (JsonNode row : rows) {
            if (value.equals(row.get(field).asText()) && (field2 == null || value2.equals(row.get(field2).asText()))) {
                return row;
            }
        }
        throw new AssertionError("no row " + field + "=" + value + " in " + rows);
    }

    /** Power end to end: the ratio of two published CINCs, and a malformed weight named by its option. */
    @Test
    void powerPrintsRatiosAndNamesABadWeight() throws Exception {
        JsonNode asymmetry = cli.json("power", "--actors", "IND,PAK", "--from", "2019", "--to", "2019", "--format",
                "json").get(1).get("rows").get(0);
        assertThat(asymmetry.get("ratio").asDouble()).isCloseTo(0.097537212 / 0.017662292, within(1e-9));
        Cli.Run bad = cli.run("power", "--actors", "IND,PAK", "--weight", "PAK-CHN");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: --weight: a weight looks like IND:USA=0.5");
    }

    private static final Path SIGNED = Path.of("..", "data", "datasets", "signed-networks");
    private static final Path SYRIA = Path.of("..", "data", "datasets", "landscape-axelrod-furnas-2016");

    private static Path write(String name, String content) throws java.io.IOException {
        Path file = folder.resolve(name);
        java.nio.file.Files.writeString(file, content);
        return file;
    }

    /**
     * The Gahuku-Gama tribes (Read 1954): frustration index 7, as Aref &amp; Wilson (2019) report
     * (reproduced in the signnet package's paper.md; see counterweight-core's balance test resources).
     */
    @Test
    void frustrationIndexOfTheGahukuGamaTribes() throws Exception {
        String edges = java.nio.file.Files.readString(SIGNED.resolve("gahuku_gama_tribes.csv"))
                .replaceFirst("\"a\",\"b\",\"sign\"", "from,to,sign");
        JsonNode summary = cli.json("balance", "--edges", write("tribes.csv", edges).toString(), "--format", "json")
                .get(0).get("rows").get(0);
        assertThat(summary.get("frustration_index").asDouble()).isEqualTo(7);
        assertThat(summary.get("status").asText()).isEqualTo("optimal");
        assertThat(summary.get("ties").asInt()).isEqualTo(58);
    }

    /**
     * The WWI alliance network (Antal, Krapivsky &amp; Redner 2006, Physica D 224): unbalanced until the
     * Triple Entente of 1907 splits the six powers into two balanced blocs.
     */
    @Test
    void theWwiNetworkBecomesBalancedIn1907() throws Exception {
        StringBuilder edges = new StringBuilder("year,from,to,sign\n");
        for (String line : java.nio.file.Files.readAllLines(SIGNED.resolve("wwi_alliances_1872_1918.csv")).subList(1, 21)) {
            String[] f = line.split(",");
            for (int year = 1872; year <= 1907; year++) {
                if (Integer.parseInt(f[3]) <= year && year < Integer.parseInt(f[4])) {
                    edges.append(year).append(',').append(f[0]).append(',').append(f[1]).append(',').append(f[2])
                            .append('\n');
                }
            }
        }
        JsonNode rows = cli.json("balance", "--edges", write("wwi.csv", edges.toString()).toString(), "--group", "year",
                "--format", "json").get(0).get("rows");
        for (JsonNode row : rows) {
            int year = row.get("network").asInt();
            assertThat(row.get("frustration_index").asDouble()).as("frustration in %d", year).isEqualTo(year < 1907 ? 1 : 0);
        }
        JsonNode entente = row(rows, "network", "1907", null, null);
        assertThat(entente.get("walk_balance").asDouble()).isCloseTo(1, within(1e-12));
        assertThat(List.of(entente.get("bloc_a").asText(), entente.get("bloc_b").asText()))
                .anySatisfy(bloc -> assertThat(bloc.split(" ")).containsExactlyInAnyOrder("GBR", "FRA", "RUS"));
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
