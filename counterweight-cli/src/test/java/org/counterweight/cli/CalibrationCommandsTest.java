package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The richardson and calibrate commands, end to end. */
class CalibrationCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = new Cli(folder.resolve("kb.duckdb"));
        assertThat(cli.run("status").exitCode()).isZero();
    }


    private static JsonNode value(JsonNode summary, String quantity) {
        for (JsonNode row : summary.get("rows")) {
            if (row.get("quantity").asText().equals(quantity)) {
                return row.get("value");
            }
        }
        throw new AssertionError("no " + quantity + " in " + summary);
    }

    private static List<String> column(JsonNode table, String field) {
        List<String> values = new ArrayList<>();
        table.get("rows").forEach(r -> values.add(r.get(field).asText()));
        return values;
    }

    /**
     * Hand example: a = b = 1, k = l = 0.5, g = h = 1. x* = (b g + k h)/(a b - k l) = 1.5/0.75 = 2 = y*;
     * ab = 1 > kl = 0.25, eigenvalues -1 +- 0.5. By symmetry x(t) = y(t) = 2 (1 - e^{-t/2}).
     */
    @Test
    void richardsonStableHandExample() throws Exception {
        JsonNode tables = cli.json("richardson", "--a", "1", "--b", "1", "--k", "0.5", "--l", "0.5", "--g", "1", "--h", "1",
                "--years", "4", "--format", "json");
        JsonNode summary = tables.get(0);
        assertThat(value(summary, "equilibrium_x").asDouble()).isCloseTo(2, within(1e-12));
        assertThat(value(summary, "equilibrium_y").asDouble()).isCloseTo(2, within(1e-12));
        assertThat(value(summary, "stability").asText()).isEqualTo("stable");
        assertThat(value(summary, "eigenvalue_1").asDouble()).isCloseTo(-0.5, within(1e-12));
        assertThat(value(summary, "eigenvalue_2").asDouble()).isCloseTo(-1.5, within(1e-12));
        JsonNode rows = tables.get(1).get("rows");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4).get("x").asDouble()).isCloseTo(2 * (1 - Math.exp(-2)), within(1e-12));
        assertThat(rows.get(4).get("y").asDouble()).isCloseTo(2 * (1 - Math.exp(-2)), within(1e-12));
    }

    /** k = l = 2 > a = b = 1: ab = 1 < kl = 4, a saddle; x* = (1 + 2)/(1 - 4) = -1. ab = kl: no equilibrium. */
    @Test
    void richardsonUnstableAndMarginal() throws Exception {
        JsonNode unstable = cli.json("richardson", "--a", "1", "--b", "1", "--k", "2", "--l", "2", "--g", "1", "--h", "1",
                "--format", "json").get(0);
        assertThat(value(unstable, "stability").asText()).isEqualTo("unstable");
        assertThat(value(unstable, "equilibrium_x").asDouble()).isCloseTo(-1, within(1e-12));
        assertThat(value(unstable, "eigenvalue_1").asDouble()).isCloseTo(1, within(1e-12));
        JsonNode marginal = cli.json("richardson", "--a", "1", "--b", "1", "--k", "1", "--l", "1", "--g", "1", "--h", "1",
                "--format", "json").get(0);
        assertThat(value(marginal, "stability").asText()).isEqualTo("marginal");
        assertThat(value(marginal, "equilibrium").asText()).startsWith("none");
    }

    @Test
    void richardsonRejectsNegativeRates() {
        Cli.Run run = cli.run("richardson", "--a", "-1", "--b", "1", "--k", "1", "--l", "1", "--g", "1", "--h", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("fatigue a");
    }

    /** End to end: the six tables print, and a split that cannot be backtested names its option. */
    @Test
    void calibratePrintsItsTablesAndNamesABadSplit() throws Exception {
        JsonNode tables = cli.json("calibrate", "--bootstrap", "20", "--format", "json");
        assertThat(tables).hasSize(6);
        assertThat(column(tables.get(1), "actor")).contains("IND", "PAK", "CHN");
        Cli.Run split = cli.run("calibrate", "--split", "2023");
        assertThat(split.exitCode()).isEqualTo(2);
        assertThat(split.err()).contains("--split").contains("2023");
    }
}
