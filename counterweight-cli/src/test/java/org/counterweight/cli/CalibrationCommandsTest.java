package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The richardson and calibrate commands, and the calibrated parameters handed to scenarios. */
class CalibrationCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = new Cli(folder.resolve("kb.duckdb"));
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

    @Test
    void calibrateReportsIndiaPakistanChinaAndIsReproducible() throws Exception {
        String[] args = {"calibrate", "--bootstrap", "99", "--seed", "7", "--format", "json"};
        JsonNode first = cli.json(args);
        JsonNode ols = first.get(1);
        assertThat(column(ols, "actor")).contains("IND", "PAK", "CHN");
        assertThat(column(first.get(4), "actor")).contains("IND", "PAK", "CHN"); // backtest
        assertThat(column(first.get(4), "mode")).contains("one_step", "dynamic");
        assertThat(column(first.get(3), "actor")).contains("IND-PAK"); // the dyad's Granger tests
        JsonNode second = cli.json(args);
        assertThat(second.get(2)).isEqualTo(first.get(2)); // bootstrap intervals
        assertThat(second.get(5)).isEqualTo(first.get(5));
        JsonNode other = cli.json("calibrate", "--bootstrap", "99", "--seed", "8", "--format", "json");
        assertThat(other.get(2)).isNotEqualTo(first.get(2));
        assertThat(other.get(1)).isEqualTo(ols); // OLS does not depend on the seed
    }

    @Test
    void calibrateRejectsATooShortWindow() {
        Cli.Run run = cli.run("calibrate", "--from", "2010", "--to", "2016", "--split", "2014");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("2010-2016 has 7 years").contains("at least 12");
        Cli.Run split = cli.run("calibrate", "--split", "2023");
        assertThat(split.exitCode()).isEqualTo(2);
        assertThat(split.err()).contains("--split 2023");
    }

    /** The record for scenarios carries the OLS point estimates and B bootstrap draws of (c, k, a). */
    @Test
    void calibratedParametersForScenarios() {
        StoreOptions options = new StoreOptions();
        options.db = folder.resolve("kb.duckdb");
        try (Workbench workbench = Workbench.open(options, new PrintWriter(new StringWriter()))) {
            Calibration.Result result = Calibration.run(workbench, 1990, 2023, 2012, 50, 1);
            Calibration.ActorResult pak = result.actors().stream().filter(r -> r.series().id().equals("PAK"))
                    .findFirst().orElseThrow();
            ActorParameters p = pak.parameters();
            assertThat(p.k()).isEqualTo(pak.ols().k());
            assertThat(p.a()).isEqualTo(pak.ols().a());
            assertThat(p.c()).isEqualTo(pak.ols().c());
            assertThat(p.drawCount()).isEqualTo(50);
            double[] raw = pak.bootstrap().draw(0);
            assertThat(p.draw(0)).containsExactly(raw[0], raw[1], -raw[2]);
            assertThat(p.x0Year()).isEqualTo(2023);
            assertThat(p.capacity()).isGreaterThanOrEqualTo(p.x0()); // the max share is at least the last share
            assertThat(result.parameters()).extracting(ActorParameters::id).contains("IND", "PAK", "CHN");
        }
    }

    /** T_i needs hostile j's level and the levels of j's partners; a gap elsewhere does not matter. */
    @Test
    void threatNeedsHostileActorsAndTheirPartners() {
        double[][] w = {{0, -1, 0, 0}, {-1, 0, 0.5, 0}, {0, 0.5, 0, 0}, {0, 0, 0, 0}};
        assertThat(Calibration.needsMissing(w, 0, java.util.Set.of(2))).isTrue(); // 2 is the enemy's partner
        assertThat(Calibration.needsMissing(w, 0, java.util.Set.of(3))).isFalse();
        assertThat(Calibration.needsMissing(w, 1, java.util.Set.of(2))).isFalse(); // own partner: not in T_1
    }
}
