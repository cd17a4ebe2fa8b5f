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

    /**
     * Pakistan's imports, SIPRI windows 2010-14 and 2015-19 from the bundled 2022 release: China
     * leads both (sums over the extract: 49.9% and 71.8%). HHI computed independently (Python, from the
     * extract's 2015-19 supplier sums 2903, 271, 239, 172, 136, 112, 56, 46, 40, 22, 20, 16, 7, 5 of
     * 4045): sum of squared shares = 0.527237.
     */
    @Test
    void dependenceOfPakistanOverSipriWindows() throws Exception {
        JsonNode tables = cli.json("dependence", "--recipient", "PAK", "--from", "2010", "--to", "2019", "--format", "json");
        JsonNode windows = tables.get(0).get("rows");
        JsonNode top = row(windows, "window", "2015-2019", "rank", "1");
        assertThat(top.get("supplier").asText()).isEqualTo("China");
        assertThat(top.get("share_pct").asDouble()).isEqualTo(71.77);
        assertThat(top.get("hhi").asDouble()).isCloseTo(0.527237, within(1e-4));
        assertThat(row(windows, "window", "2010-2014", "rank", "1").get("supplier").asText()).isEqualTo("China");
        assertThat(tables.get(1).get("rows")).isEmpty();
    }

    @Test
    void powerRatiosAndEffectiveCapability() throws Exception {
        JsonNode tables = cli.json("power", "--actors", "IND,PAK", "--from", "2019", "--to", "2019", "--partners", "none",
                "--weight", "PAK:CHN=0.5", "--format", "json");
        JsonNode distribution = tables.get(0).get("rows");
        double ind = row(distribution, "actor", "IND", null, null).get("capability").asDouble();
        double pak = row(distribution, "actor", "PAK", null, null).get("capability").asDouble();
        assertThat(ind).isEqualTo(0.097537212);
        assertThat(pak).isEqualTo(0.017662292);
        JsonNode asymmetry = tables.get(1).get("rows").get(0);
        assertThat(asymmetry.get("ratio").asDouble()).isCloseTo(ind / pak, within(1e-9));
        double china = cli.json("capabilities", "--actor", "CHN", "--from", "2019", "--to", "2019", "--format", "json")
                .get("rows").get(0).get("cinc").asDouble();
        assertThat(asymmetry.get("effective_ratio").asDouble()).isCloseTo(ind / (pak + 0.5 * china), within(1e-9));
    }

    @Test
    void blocsSumTheirMembers() throws Exception {
        JsonNode rows = cli.json("power", "--actors", "USA+IND,CHN+PAK", "--from", "2019", "--to", "2019", "--format",
                "json").get(0).get("rows");
        assertThat(row(rows, "actor", "USA+IND", null, null).get("share").asDouble()
                + row(rows, "actor", "CHN+PAK", null, null).get("share").asDouble()).isCloseTo(1, within(1e-12));
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

    /** Signorino &amp; Ritter (1999), Table 6, Germany and Russia 1914 (data as reproduced by fpsim's gmyrus14). */
    @Test
    void signorinoRitterGermanyRussia1914() throws Exception {
        StringBuilder portfolios = new StringBuilder("state,a,b,weight\n");
        for (String line : java.nio.file.Files.readAllLines(Path.of("..", "counterweight-core", "src", "test",
                "resources", "similarity", "gmyrus14.csv")).subList(1, 21)) {
            String[] f = line.split(",");
            portfolios.append(f[0]).append(',').append(f[2]).append(',').append(f[3]).append(',').append(f[1]).append('\n');
        }
        JsonNode rows = cli.json("similarity", "--portfolios", write("gmyrus.csv", portfolios.toString()).toString(),
                "--format", "json").get("rows");
        assertThat(row(rows, "measure", "s-absolute", null, null).get("value").asDouble()).isCloseTo(0.40, within(1e-12));
        assertThat(row(rows, "measure", "s-absolute-weighted", null, null).get("value").asDouble())
                .isCloseTo(-0.45, within(0.011));
    }

    @Test
    void similaritySeriesForADyadOverAtopAndUnVotes() throws Exception {
        JsonNode atop = cli.json("similarity", "--a", "USA", "--b", "PAK", "--from", "1955", "--to", "1956", "--format",
                "json").get("rows");
        assertThat(atop).hasSize(2);
        assertThat(atop.get(0).get("s_unweighted").asDouble()).isBetween(-1.0, 1.0);
        JsonNode votes = cli.json("similarity", "--source", "unga", "--a", "IND", "--b", "PAK", "--year", "2019",
                "--format", "json").get("rows");
        assertThat(votes.get(0).get("joint_votes").asInt()).isPositive();
        assertThat(votes.get(0).get("s-absolute").asDouble()).isGreaterThan(0.5);
    }

    /**
     * Axelrod &amp; Furnas's Syria landscape (strong Syria), propensities centred by subtracting 3: the
     * global minimum E = -83200 puts Turkey, ISIS and Nusra against the rest, as their published
     * Landscape_Favored_Alignments_2016-02-20.csv lists (see counterweight-core's landscape test resources).
     */
    @Test
    void theSyriaLandscapeOfAxelrodAndFurnas() throws Exception {
        List<String> names = List.of(java.nio.file.Files.readAllLines(SYRIA.resolve("propensity_raw_1to5.csv")).get(0)
                .split(",")).subList(1, 12);
        List<String> actors = java.nio.file.Files.readAllLines(SYRIA.resolve("actors.csv")).subList(1, 12);
        StringBuilder sizes = new StringBuilder("actor,size\n");
        for (int i = 0; i < names.size(); i++) {
            sizes.append(names.get(i)).append(',').append(actors.get(i).split(",")[2]).append('\n');
        }
        JsonNode tables = cli.json("landscape", "--sizes", write("sizes.csv", sizes.toString()).toString(), "--propensities",
                SYRIA.resolve("propensity_raw_1to5.csv").toString(), "--centre", "3", "--format", "json");
        JsonNode best = tables.get(0).get("rows").get(0);
        assertThat(best.get("energy").asDouble()).isEqualTo(-83200);
        assertThat(List.of(best.get("bloc_1").asText(), best.get("bloc_2").asText()))
                .contains("Tur ISIS Nursa");
    }

}
