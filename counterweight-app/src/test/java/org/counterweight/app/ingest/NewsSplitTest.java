package org.counterweight.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The news set's development/blind split is the one news/SPLIT.md records: the article ids sorted,
 * shuffled with {@code new Random(20261207L)}, first half development. Every article has exactly one
 * annotation file, in the folder of its half.
 */
class NewsSplitTest {
    private static final Path NEWS = Path.of("..", "counterweight-io", "src", "test", "resources", "ingest", "news");
    private static final long SEED = 20261207L;

    @Test
    void theFoldersHoldTheRecordedSplit() throws IOException {
        List<String> ids = names(NEWS.resolve("articles"), ".txt");
        assertThat(ids).hasSize(38);
        Collections.sort(ids);
        Collections.shuffle(ids, new Random(SEED));
        List<String> dev = new ArrayList<>(ids.subList(0, ids.size() / 2));
        List<String> blind = new ArrayList<>(ids.subList(ids.size() / 2, ids.size()));
        assertThat(names(NEWS.resolve("dev"), ".yaml")).containsExactlyInAnyOrderElementsOf(dev);
        assertThat(names(NEWS.resolve("blind"), ".yaml")).containsExactlyInAnyOrderElementsOf(blind);
        String split = Files.readString(NEWS.resolve("SPLIT.md"));
        assertThat(split).contains("Seed: `" + SEED + "`");
        dev.forEach(id -> assertThat(split).contains(id));
        assertThat(Files.readString(NEWS.resolve("SOURCES.md"))).contains(ids);
    }

    /**
     * The second news set (news-2) is all blind: every article has exactly one annotation file in
     * {@code blind/} and a row in its SOURCES.md, and reads as gold; a second annotator's files annotate
     * some of the same articles.
     */
    @Test
    void theSecondSetIsWholeAndReadable() throws IOException {
        Path set = NEWS.resolveSibling("news-2");
        List<String> ids = names(set.resolve("articles"), ".txt");
        assertThat(ids).hasSize(20);
        assertThat(names(set.resolve("blind"), ".yaml")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(Files.readString(set.resolve("SOURCES.md"))).contains(ids);
        assertThat(GoldSet.read(set.resolve("blind")).articles()).hasSize(20);
        if (Files.isDirectory(set.resolve("second"))) {
            assertThat(ids).containsAll(names(set.resolve("second"), ".yaml"));
        }
    }

    private static List<String> names(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).toList());
        }
    }
}
