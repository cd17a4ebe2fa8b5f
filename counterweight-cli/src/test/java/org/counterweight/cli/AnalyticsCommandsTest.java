package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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

    static JsonNode json(String... args) throws Exception {
        Cli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
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
        JsonNode tables = json("dependence", "--recipient", "PAK", "--from", "2010", "--to", "2019", "--format", "json");
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
        JsonNode tables = json("power", "--actors", "IND,PAK", "--from", "2019", "--to", "2019", "--partners", "none",
                "--weight", "PAK:CHN=0.5", "--format", "json");
        JsonNode distribution = tables.get(0).get("rows");
        double ind = row(distribution, "actor", "IND", null, null).get("capability").asDouble();
        double pak = row(distribution, "actor", "PAK", null, null).get("capability").asDouble();
        assertThat(ind).isEqualTo(0.097537212);
        assertThat(pak).isEqualTo(0.017662292);
        JsonNode asymmetry = tables.get(1).get("rows").get(0);
        assertThat(asymmetry.get("ratio").asDouble()).isCloseTo(ind / pak, within(1e-9));
        double china = json("capabilities", "--actor", "CHN", "--from", "2019", "--to", "2019", "--format", "json")
                .get("rows").get(0).get("cinc").asDouble();
        assertThat(asymmetry.get("effective_ratio").asDouble()).isCloseTo(ind / (pak + 0.5 * china), within(1e-9));
    }

    @Test
    void blocsSumTheirMembers() throws Exception {
        JsonNode rows = json("power", "--actors", "USA+IND,CHN+PAK", "--from", "2019", "--to", "2019", "--format",
                "json").get(0).get("rows");
        assertThat(row(rows, "actor", "USA+IND", null, null).get("share").asDouble()
                + row(rows, "actor", "CHN+PAK", null, null).get("share").asDouble()).isCloseTo(1, within(1e-12));
    }
}
