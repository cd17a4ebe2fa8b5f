package org.counterweight.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.counterweight.core.model.SourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundledDatasetsTest {

    @Test
    void listsTheRequiredIdsOnce() {
        List<String> ids = BundledDatasets.all().stream().map(BundledDataset::id).toList();

        assertThat(ids).doesNotHaveDuplicates().contains("cow-nmc-7.0", "cow-nmc-6.0", "atop-5.1", "sipri-milex-2024",
                "sipri-tiv-2022", "sipri-tiv-totals-2022", "cow-states-2016", "gw-states", "countrycode-1.8.0",
                "td-rivalries", "tss-rivalries-2021", "cow-contiguity-3.2", "cow-majors-2016", "unga-votes",
                "unga-ideal-points-2025-07",
                "unga-agreement-derived", "cameo-codebook");
        assertThat(BundledDatasets.get("cow-nmc-7.0")).get()
                .extracting(BundledDataset::resource)
                .isEqualTo("counterweight-data/datasets/cow-nmc/NMC-7.0-abridged.csv");
    }

    @Test
    void everySourceIsACitableDatasetWithTerms() {
        assertThat(BundledDatasets.sources()).allSatisfy(source -> {
            assertThat(source.kind()).isEqualTo(SourceKind.DATASET);
            assertThat(source.citation()).as(source.id()).isNotBlank();
            assertThat(source.terms()).as(source.id()).isNotBlank();
        });
        assertThat(BundledDatasets.get("sipri-milex-2024").orElseThrow().source().citation())
                .contains("SIPRI Military Expenditure Database 2024");
    }

    @Test
    void everyResourceAndSourceNoteIsOnTheClasspath() {
        ClassLoader loader = BundledDatasets.class.getClassLoader();
        for (BundledDataset dataset : BundledDatasets.all()) {
            assertThat(loader.getResource(dataset.sourceNotes())).as(dataset.sourceNotes()).isNotNull();
            for (String resource : dataset.resources()) {
                assertThat(loader.getResource(resource)).as(resource).isNotNull();
            }
        }
    }

    @Test
    void everyBundledFileIsCatalogued() throws IOException {
        Path root = Path.of("..", "data", "datasets");
        Set<String> catalogued = new HashSet<>();
        BundledDatasets.all().forEach(d -> catalogued.addAll(d.resources()));
        Set<String> files;
        try (Stream<Path> paths = Files.walk(root)) {
            files = paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCE.md"))
                    .filter(p -> !p.equals(root.resolve("README.md")))
                    .map(p -> BundledDatasets.ROOT + root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
        assertThat(files).isNotEmpty();
        assertThat(catalogued).containsAll(files);
    }
}
