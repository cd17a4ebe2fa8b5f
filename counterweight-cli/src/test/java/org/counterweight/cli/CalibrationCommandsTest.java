package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The richardson, calibrate and select-model commands, end to end. */
class CalibrationCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = Cli.overLoadedStore(folder);
        assertThat(cli.run("status").exitCode()).isZero();
    }


    private static List<String> column(JsonNode table, String field) {
        List<String> values = new ArrayList<>();
        table.get("rows").forEach(r -> values.add(r.get(field).asText()));
        return values;
    }

    @Test
    void richardsonRejectsNegativeRates() {
        Cli.Run run = cli.run("richardson", "--a", "-1", "--b", "1", "--k", "1", "--l", "1", "--g", "1", "--h", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("fatigue a");
    }

    /**
     * End to end: the five tables print (series, OLS, bootstrap, Granger, backtest; the parameters' table went
     * with the arms equations in a1424cb), and a split that cannot be backtested names its option.
     */
    @Test
    void calibratePrintsItsTablesAndNamesABadSplit() throws Exception {
        JsonNode tables = cli.json("calibrate", "--bootstrap", "20", "--format", "json");
        assertThat(tables).hasSize(5);
        assertThat(column(tables.get(1), "actor")).contains("IND", "PAK", "CHN");
        Cli.Run split = cli.run("calibrate", "--split", "2023");
        assertThat(split.exitCode()).isEqualTo(2);
        assertThat(split.err()).contains("--split").contains("2023");
    }

    /** End to end: the selection's three tables, one chosen specification per state, the draws' rejection rate. */
    @Test
    void selectModelPrintsTheSelectionTable() throws Exception {
        JsonNode tables = cli.json("select-model", "--draws", "20", "--format", "json");
        assertThat(tables).hasSize(3);
        assertThat(column(tables.get(0), "specification")).contains("richardson-levels", "growth-reaction", "ardl-ecm",
                "military-demand", "drift");
        assertThat(column(tables.get(1), "actor")).contains("CHN", "IND", "PAK", "RUS", "USA");
        assertThat(column(tables.get(1), "rejection_rate")).doesNotContain("");
        Cli.Run bad = cli.run("select-model", "--draws", "1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--draws");
    }
}
