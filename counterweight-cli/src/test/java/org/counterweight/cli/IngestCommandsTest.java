package org.counterweight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: ingest and eval-ingest print their tables and name the option at fault (exit 2). */
class IngestCommandsTest {
    @TempDir
    static Path dir;

    private static Cli cli;

    @BeforeAll
    static void open() {
        cli = Cli.overLoadedStore(dir);
    }

    @Test
    void ingestStoresProposedClaimsThatCanBeReviewed() {
        String article = Path.of("..", "data", "cases", "south-asia", "articles",
                "gillani-2021-indo-us-strategic-partnership.txt").toString();
        Cli.Run stored = cli.run("ingest", article, "--source-id", "gillani-test", "--author", "Maham S. Gillani",
                "--date", "2021-05-01", "--into-kb");
        assertEquals(0, stored.exitCode(), stored.err());
        assertTrue(stored.out().contains("proposed claims stored as case ingest-gillani-test"), stored.out());
        String id = cli.run("claims", "--case", "ingest-gillani-test", "--status", "proposed", "--format", "csv").out()
                .lines().skip(1).findFirst().orElseThrow().split(",")[0];
        assertEquals(0, cli.run("claims", "review", id, "--accept").exitCode());

        Cli.Run noSource = cli.run("ingest", article, "--into-kb");
        assertEquals(2, noSource.exitCode());
        assertTrue(noSource.err().startsWith("error: --source-id: "), noSource.err());
        Cli.Run badDate = cli.run("ingest", article, "--date", "May 2021");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().startsWith("error: --date: "), badDate.err());
    }

    @Test
    void evalIngestPrintsScoresAndRefusesABadRepeat() throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.txt"), "India gave Pakistan $5bn.\n");
        Files.writeString(gold.resolve("a.yaml"), "article: a\ntext: a.txt\nannotations:\n"
                + "  - kind: actor\n    text: India\n    value: IND\n");
        Cli.Run run = cli.run("eval-ingest", gold.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("actor,1,2,1,0.500,1.000,0.667"), run.out());
        Cli.Run repeat = cli.run("eval-ingest", gold.toString(), "--repeat", "-1");
        assertEquals(2, repeat.exitCode());
        assertTrue(repeat.err().startsWith("error: --repeat: "), repeat.err());
    }
}
