package org.counterweight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandsTest {
    @TempDir
    Path dir;

    @Test
    void evalIngestComputesPrecisionRecallF1AndIngestHandlesBadInput() throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        // predictions on this text: actors India, Pakistan (2); number $5bn (1); no dates
        Files.writeString(gold.resolve("a.txt"), "India gave Pakistan $5bn.\n");
        Files.writeString(gold.resolve("a.yaml"), "article: a\ntext: a.txt\ndate: 2021-05-01\nauthor: X\nannotations:\n"
                + "  - kind: actor\n    text: India\n    value: IND\n"
                + "  - kind: actor\n    text: Pakistan\n    value: USA\n"
                + "  - kind: number\n    text: \"$5bn\"\n    value: 5000000000 usd\n"
                + "  - kind: date\n    text: India\n    value: \"2020\"\n");
        Cli cli = new Cli(dir.resolve("kb.db"));
        Cli.Run run = cli.run("eval-ingest", gold.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // actor: 1 matched of 2 predicted, 2 gold -> P 0.5 R 0.5 F1 0.5; number 1/1/1; date 0 of 1 gold
        assertTrue(run.out().contains("actor,2,2,1,0.500,0.500,0.500"), run.out());
        assertTrue(run.out().contains("number,1,1,1,1.000,1.000,1.000"), run.out());
        assertTrue(run.out().contains("overall,4,3,2,0.667,0.500,0.571"), run.out());

        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        Cli.Run e = cli.run("ingest", empty.toString());
        assertEquals(0, e.exitCode(), e.err());
        assertTrue(e.out().contains("empty article"), e.out());
        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {1, 0, 2});
        Cli.Run b = cli.run("ingest", binary.toString());
        assertEquals(2, b.exitCode());
        assertTrue(b.err().contains("binary"), b.err());
    }

    /**
     * On the two hand-annotated articles of the issue (the development set, see docs/ingestion.md),
     * every target of issue 6 is met: precision >= 0.9 and recall >= 0.8 for actors, agreements,
     * dates and numbers; F1 >= 0.7 for relation statements and events.
     */
    @Test
    void theIssuesTargetsAreMetOnTheGoldArticles() {
        Map<String, double[]> rows = scores("gold");
        for (String kind : List.of("actor", "agreement", "date", "number")) {
            assertTrue(rows.get(kind)[0] >= 0.9 && rows.get(kind)[1] >= 0.8, kind + " " + Arrays.toString(rows.get(kind)));
        }
        for (String kind : List.of("relation", "event")) {
            assertTrue(rows.get(kind)[2] >= 0.7, kind + " " + Arrays.toString(rows.get(kind)));
        }
    }

    /**
     * Regression floors, a little under the values measured on 2026-11-24 (docs/ingestion.md), on
     * the held-out texts (used for development after their first measurement) and on the blind
     * texts (never used to change a rule): a change that loses generality fails here.
     */
    @Test
    void heldOutAndBlindScoresDoNotFallBelowTheirMeasuredFloors() {
        Map<String, double[]> heldout = scores("heldout");
        assertTrue(heldout.get("overall")[2] >= 0.82, Arrays.toString(heldout.get("overall")));
        assertTrue(heldout.get("actor")[0] >= 0.93 && heldout.get("actor")[1] >= 0.92, Arrays.toString(heldout.get("actor")));
        Map<String, double[]> blind = scores("blind");
        assertTrue(blind.get("overall")[2] >= 0.73, Arrays.toString(blind.get("overall")));
        assertTrue(blind.get("actor")[0] >= 0.93 && blind.get("actor")[1] >= 0.93, Arrays.toString(blind.get("actor")));
        assertTrue(blind.get("date")[0] >= 0.88, Arrays.toString(blind.get("date")));
    }

    /** Precision, recall and F1 by kind from {@code eval-ingest} on one of the annotated folders. */
    private Map<String, double[]> scores(String folder) {
        Cli cli = new Cli(dir.resolve("kb.db"));
        Cli.Run run = cli.run("eval-ingest", Path.of("..", "counterweight-io", "src", "test", "resources", "ingest",
                folder).toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, double[]> rows = new HashMap<>();
        run.out().lines().skip(1).map(l -> l.split(",")).filter(f -> f.length == 7 && !f[4].equals("-"))
                .forEach(f -> rows.put(f[0], new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6])}));
        return rows;
    }

    @Test
    void ingestedFindingsBecomeProposedClaimsOnceAndCanBeReviewed() {
        Cli cli = new Cli(dir.resolve("kb.db"));
        String article = Path.of("..", "data", "cases", "south-asia", "articles",
                "gillani-2021-indo-us-strategic-partnership.txt").toString();
        Cli.Run first = cli.run("ingest", article, "--source-id", "gillani-test", "--author", "Maham S. Gillani",
                "--date", "2021-05-01", "--into-kb");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("proposed claims stored"), first.out());
        String[] proposedClaims = {"claims", "--case", "ingest-gillani-test", "--status", "proposed", "--format", "csv"};
        long proposed = cli.run(proposedClaims).out().lines().count() - 1;
        assertTrue(proposed > 10, "proposed " + proposed);
        Cli.Run again = cli.run("ingest", article, "--source-id", "gillani-test", "--author", "Maham S. Gillani",
                "--date", "2021-05-01", "--into-kb");
        assertTrue(again.out().contains("unchanged"), again.out());
        assertEquals(proposed, cli.run(proposedClaims).out().lines().count() - 1);
        String id = cli.run(proposedClaims).out().lines().skip(1).findFirst()
                .orElseThrow().split(",")[0];
        assertEquals(0, cli.run("claims", "review", id, "--accept").exitCode());
        assertTrue(cli.run("claims", "--case", "ingest-gillani-test", "--status", "accepted", "--format", "csv").out()
                .contains(id));
        Cli.Run compared = cli.run("ingest", article, "--date", "2021-05-01", "--author", "Maham S. Gillani",
                "--compare-with", "gillani-2021", "--format", "csv");
        assertEquals(0, compared.exitCode(), compared.err());
        long matched = compared.out().lines().filter(l -> l.startsWith("matched,")).count();
        assertTrue(matched >= 30, "matched " + matched);
        assertTrue(compared.out().contains("recommendation,gillani-2021-"), compared.out());
        Cli.Run curated = cli.run("claims", "review", "gillani-2021-01", "--reject");
        assertEquals(2, curated.exitCode());
        assertTrue(curated.err().contains("curated claims are not reviewed"), curated.err());
    }
}
