package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.core.model.Claim;
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

    @Test
    void claimsOfEachArticleListEveryFactWithItsQuote() {
        List<Claim> curated = BundledCases.bundled("south-asia").caseFile().claims();
        for (String source : List.of("gillani-2021", "us-india-convergence-2022")) {
            List<Claim> facts = curated.stream().filter(c -> c.kind() == ClaimKind.FACT)
                    .filter(c -> c.evidence().stream().anyMatch(e -> e.sourceId().equals(source))).toList();
            String csv = String.join("\n", csvLines("claims", "--source", source, "--kind", "fact", "--format", "csv"));
            assertThat(facts).isNotEmpty();
            for (Claim fact : facts) {
                String quote = fact.evidence().stream().filter(e -> e.sourceId().equals(source)).findFirst().orElseThrow()
                        .quote();
                assertThat(csv).contains(fact.id()).contains(quote.replace("\"", "\"\""));
            }
            assertThat(csvLines("claims", "--source", source, "--kind", "fact", "--format", "csv"))
                    .hasSize(facts.size() + 1);
        }
    }

    @Test
    void agreementsOfIndiaShowTheFoundationalAgreementsWithDatesAndSources() throws Exception {
        JsonNode rows = cli.json("agreements", "--actor", "IND", "--format", "json").get("rows");
        for (String[] expected : new String[][] {{"GSOMIA", "2002"}, {"LEMOA", "2016"}, {"COMCASA", "2018"},
            {"BECA", "2020"}}) {
            JsonNode row = find(rows, "short", expected[0]);
            assertThat(row.get("signed").asText()).startsWith(expected[1]);
            assertThat(row.get("type").asText()).isEqualTo("foundational-enabler");
            assertThat(row.get("date_source").asText()).isNotBlank().isNotEqualTo("gillani-2021");
            assertThat(row.get("date_evidence").asText()).isNotBlank();
        }
    }

    @Test
    void agreementsShowTheAliasesTheArticleExtractorMatches() throws Exception {
        JsonNode rows = cli.json("agreements", "--actor", "IND", "--format", "json").get("rows");
        assertThat(find(rows, "short", "2+2").get("aliases").asText()).contains("2+2 Ministerial Dialogue; ")
                .contains("two plus two");
        assertThat(find(rows, "short", "LEMOA").get("aliases").isNull()).isTrue();
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
        JsonNode table = cli.json("arms", "--recipient", "PAK", "--from", "2015", "--to", "2019", "--format", "json");
        assertThat(find(table.get("rows"), "supplier", "China").get("share_pct").asDouble()).isEqualTo(71.77);
        assertThat(table.get("source").asText()).isEqualTo("counterweight arms --recipient PAK --from 2015 --to 2019");
        JsonNode rows = cli.json("capabilities", "--actor", "Pakistan", "--from", "2022", "--to", "2023", "--format",
                "json").get("rows");
        assertThat(find(rows, "year", "2022").get("cinc").asDouble()).isEqualTo(0.01768378);
        assertThat(find(rows, "year", "2023").get("nmc_status").asText()).isEqualTo("not-covered");
    }

    @Test
    void actorsResolveMetonymsAndCompounds() {
        assertThat(cli.run("actors", "--resolve", "Sino-Pak").out()).contains("CHN and PAK");
        assertThat(cli.run("actors", "--resolve", "the Kremlin").out()).contains("refers to RUS");
        assertThat(cli.run("actors", "--resolve", "Islamabad").out()).contains("refers to PAK");
    }

    @Test
    void actorsResolveAndListThePeopleWhoSpeakForAState() throws Exception {
        assertThat(cli.run("actors", "--resolve", "Qamar Javed Bajwa").out()).contains("refers to PAK");
        assertThat(cli.run("actors", "--resolve", "Anthony Blinken").out()).contains("refers to USA");
        JsonNode india = find(cli.json("actors", "--format", "json").get("rows"), "id", "IND");
        assertThat(india.get("people").asText()).contains("Narendra Modi; Modi", "S. Jaishankar", "Ajit Doval");
        assertThat(india.get("other_aliases").asText()).doesNotContain("Modi");
    }

    @Test
    void citeListsEveryBundledDatasetWithItsVersion() {
        String bibtex = cli.run("cite", "--bibtex").out();
        assertThat(bibtex).contains("@misc{cow-nmc-7_0").contains("Singer").contains("SIPRI");
        assertThat(cli.run("cite", "--format", "csv").out()).contains("atop-5.1,5.1");
    }

    @Test
    void dyadFramesPrintForAFewActorsWithEveryColumnSourced() throws Exception {
        JsonNode table = cli.json("dyads", "--from", "2015", "--to", "2022", "--actors", "IND,PAK", "--with",
                "cinc,alliance,rivalry,contiguity,arms,unga", "--format", "json");
        JsonNode rows = table.get("rows");
        assertThat(rows).hasSize(8);
        JsonNode y2019 = rows.get(4);
        assertThat(y2019.get("year").asInt()).isEqualTo(2019);
        assertThat(y2019.get("atop_defense").asInt()).isZero();
        assertThat(y2019.get("conttype").isNull()).as("contiguity data end in 2016").isTrue();
        assertThat(y2019.get("strategic_rivalry").isNull()).as("Thompson-Dreyer ends in 2010").isTrue();
        assertThat(y2019.get("arms_tiv_1to2").asDouble()).as("no Indian deliveries to Pakistan").isZero();
        assertThat(rows.get(7).get("atop_defense").isNull()).as("ATOP 5.1 ends in 2018").isTrue();
        assertThat(rows.get(0).get("conttype").asInt()).isEqualTo(1);
        assertThat(table.get("notes").toString()).contains("cow-nmc-7.0").contains("atop-5.1");
    }

    @Test
    void overviewShowsTheSystemInAYearWithItsSources() throws Exception {
        JsonNode tables = cli.json("overview", "--year", "2019", "--format", "json");
        assertThat(tables).hasSize(4);
        assertThat(find(tables.get(0).get("rows"), "actor", "PAK").get("cinc").asDouble()).isEqualTo(0.017662292);
        assertThat(find(tables.get(3).get("rows"), "recipient", "PAK").get("share_pct").asDouble()).isEqualTo(71.77);
    }

    @Test
    void relationsMembershipsAndEventsAreQueryable() throws Exception {
        JsonNode events = cli.json("events", "--actor", "PAK", "--from", "2019", "--to", "2019", "--format", "json").get("rows");
        assertThat(find(events, "cameo", "195").get("goldstein").asDouble())
                .as("Goldstein value of CAMEO 195 (employ aerial weapons) in the codebook").isEqualTo(-10);
        JsonNode members = cli.json("memberships", "--actor", "SCO", "--format", "json").get("rows");
        assertThat(find(members, "member", "PAK").get("from").asText()).isEqualTo("2017-06-09");
        JsonNode relations = cli.json("relations", "--actor", "PAK", "--year", "2019", "--format", "json").get("rows");
        assertThat(find(relations, "id", "ind-pak-rivalry").get("sign").asText()).isEqualTo("-");
    }
}
