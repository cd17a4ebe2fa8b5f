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
    static void open() {
        cli = Cli.overLoadedStore(folder);
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

    /** Arms and capabilities end to end (their numbers are tested in the app's service tests). */
    @Test
    void armsAndCapabilitiesPrintTheirKeyNumbers() throws Exception {
        JsonNode tables = cli.json("arms", "--recipient", "PAK", "--from", "2015", "--to", "2019", "--format", "json");
        JsonNode table = tables.get(0);
        assertThat(find(table.get("rows"), "supplier", "China").get("share_pct").asDouble()).isEqualTo(71.77);
        assertThat(tables.get(1).get("id").asText()).as("the sums in a table of their own").isEqualTo("arms-totals");
        assertThat(find(tables.get(1).get("rows"), "group", "total").get("tiv_m").asDouble()).isEqualTo(4045);
        assertThat(table.get("source").asText()).isEqualTo("counterweight arms --recipient PAK --from 2015 --to 2019");
        JsonNode rows = cli.json("capabilities", "--actor", "Pakistan", "--from", "2022", "--to", "2023", "--format",
                "json").get("rows");
        assertThat(find(rows, "year", "2022").get("cinc").asDouble()).isEqualTo(0.01768378);
        assertThat(find(rows, "year", "2023").get("nmc_status").asText()).isEqualTo("not-covered");
    }

    @Test
    void overviewShowsTheSystemInAYearWithItsSources() throws Exception {
        JsonNode tables = cli.json("overview", "--year", "2019", "--format", "json");
        assertThat(tables).hasSize(4);
        assertThat(find(tables.get(0).get("rows"), "actor", "PAK").get("cinc").asDouble()).isEqualTo(0.017662292);
        assertThat(find(tables.get(3).get("rows"), "recipient", "PAK").get("share_pct").asDouble()).isEqualTo(71.77);
    }

    /**
     * The coverage command prints the web's /api/coverage tables: ATOP 5.1 covers 1815-2018 (its codebook) and
     * is carried forward after; the case's own evidence is curated; as CSV and as JSON like the other commands.
     */
    @Test
    void coveragePrintsEachSourcesYearsBasisAndWhereItEnds() throws Exception {
        List<String> lines = csvLines("coverage", "--table", "coverage-sources", "--format", "csv");
        assertThat(lines.get(0)).isEqualTo("source,version,first_year,last_year,basis,gives,after_last_year");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("case:south-asia,curated,1947,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("atop-5.1,5.1,1815,2018,observed,")
                .contains("carried forward"));
        JsonNode tables = cli.json("coverage", "--format", "json");
        assertThat(tables).extracting(t -> t.get("id").asText()).containsExactly("coverage-years", "coverage-sources",
                "coverage-events");
        assertThat(tables.get(0).get("rows").get(0).get("first_year").asInt()).isEqualTo(1947);
        assertThat(find(tables.get(1).get("rows"), "source", "atop-5.1").get("basis").asText()).isEqualTo("observed");
        assertThat(tables.get(1).get("source").asText()).as("the command line, without its output options")
                .isEqualTo("counterweight coverage");
    }
}
