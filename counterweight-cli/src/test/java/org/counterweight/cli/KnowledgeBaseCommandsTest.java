package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.io.casefile.BundledCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge-base commands on the bundled data, as a user runs them. */
class KnowledgeBaseCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void loadTheBundledData() {
        cli = new Cli(folder.resolve("kb.duckdb"));
        Cli.Run first = cli.run("sources");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("Loaded");
    }


    private static List<String> csvLines(String... args) {
        Cli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().toList();
    }

    /**
     * End to end: an article's facts as CSV, one line each after the header (the service test checks the
     * quotes); BibTeX is printed as text.
     */
    @Test
    void claimsPrintAsCsvAndCitationsAsBibtex() {
        long facts = BundledCases.bundled("south-asia").caseFile().claims().stream()
                .filter(c -> c.kind() == ClaimKind.FACT)
                .filter(c -> c.evidence().stream().anyMatch(e -> e.sourceId().equals("gillani-2021"))).count();
        List<String> lines = csvLines("claims", "--source", "gillani-2021", "--kind", "fact", "--format", "csv");
        assertThat(lines).hasSize((int) facts + 1);
        assertThat(lines.get(0)).isEqualTo("id,kind,subjects,predicate,objects,when,value,unit,attributed_to,source,"
                + "quote,status");
        assertThat(lines.get(1)).startsWith("gillani-2021-").contains(",fact,").contains(",gillani-2021,");
        assertThat(csvLines("cite", "--bibtex")).contains("@misc{cow-nmc-7_0,");
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.get(field).asText())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
    }

    /**
     * SIPRI's March 2020 fact sheet ("Trends in International Arms Transfers, 2019") printed China 73%,
     * Russia 6.6% and Italy 6.1% of Pakistan's imports in 2015-19 from that year's release; the bundled
     * 2022 release gives 71.77%, 6.70% and 5.91% (sums over the extract: 2903, 271, 239 of 4045).
     */
    @Test
    void armsImportsOfPakistanReproduceTheBundledRelease() throws Exception {
        JsonNode table = cli.json("arms", "--recipient", "PAK", "--from", "2015", "--to", "2019", "--format", "json");
        JsonNode rows = table.get("rows");
        assertThat(find(rows, "supplier", "China").get("share_pct").asDouble()).isEqualTo(71.77);
        assertThat(find(rows, "supplier", "Russia").get("share_pct").asDouble()).isEqualTo(6.7);
        assertThat(find(rows, "supplier", "Italy").get("share_pct").asDouble()).isEqualTo(5.91);
        assertThat(find(rows, "supplier", "Total").get("tiv_m").asDouble()).isEqualTo(4045);
        assertThat(find(rows, "supplier", "China").get("sipri_release").asText()).isEqualTo("2022");
        assertThat(table.get("notes").toString()).contains("release 2022");
    }

    @Test
    void capabilitiesKeepZeroMissingAndNotCoveredApart() throws Exception {
        JsonNode rows = cli.json("capabilities", "--actor", "Pakistan", "--from", "1971", "--to", "2024", "--format", "json")
                .get("rows");
        JsonNode y1971 = find(rows, "year", "1971");
        assertThat(y1971.get("pec_kt").isNull()).as("Pakistan's 1971 pec is blank in NMC").isTrue();
        assertThat(y1971.get("nmc_status").asText()).isEqualTo("value");
        assertThat(find(rows, "year", "2023").get("nmc_status").asText()).isEqualTo("not-covered");
        assertThat(find(rows, "year", "2023").get("sipri_milex_status").asText()).isEqualTo("value");
        assertThat(find(rows, "year", "2024").get("sipri_milex_status").asText()).isEqualTo("not-covered");
        assertThat(find(rows, "year", "2022").get("cinc").asDouble()).isEqualTo(0.01768378);
    }

    @Test
    void overviewShowsTheSystemInAYearWithItsSources() throws Exception {
        JsonNode tables = cli.json("overview", "--year", "2019", "--format", "json");
        assertThat(tables).hasSize(4);
        JsonNode power = tables.get(0).get("rows");
        assertThat(find(power, "actor", "PAK").get("cinc").asDouble()).isEqualTo(0.017662292);
        assertThat(find(power, "actor", "IND").get("milex_status").asText()).isEqualTo("value");
        assertThat(find(tables.get(1).get("rows"), "type", "rivalry").get("sign").asText()).isEqualTo("-");
        JsonNode arms = tables.get(3).get("rows");
        assertThat(find(arms, "recipient", "PAK").get("supplier").asText()).isEqualTo("China");
        assertThat(find(arms, "recipient", "PAK").get("share_pct").asDouble()).isEqualTo(71.77);
        assertThat(tables.get(3).get("notes").toString()).contains("imports unknown, not zero");
    }

}
