package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.core.landscape.LocalMinimum;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeServiceTest {
    private static final Path SYRIA = Path.of("..", "data", "datasets", "landscape-axelrod-furnas-2016");

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static LandscapeService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new LandscapeService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static LandscapeRequest files(UserFile sizes, UserFile propensities, double centre) {
        return new LandscapeRequest(CaseId.SOUTH_ASIA, null, sizes, propensities, centre,
                LandscapeRequest.DEFAULT_MINIMA, LandscapeRequest.DEFAULT_STARTS, LandscapeRequest.DEFAULT_SEED,
                Carry.FORWARD, ObligationScope.ALL);
    }

    /**
     * Axelrod &amp; Furnas's Syria landscape (strong Syria), propensities centred by subtracting 3: the
     * global minimum E = -83200 puts Turkey, ISIS and Nusra against the rest, as their published
     * Landscape_Favored_Alignments_2016-02-20.csv lists (see counterweight-core's landscape test resources).
     */
    @Test
    void theSyriaLandscapeOfAxelrodAndFurnas() throws IOException {
        List<String> names = List.of(Files.readAllLines(SYRIA.resolve("propensity_raw_1to5.csv")).get(0).split(","))
                .subList(1, 12);
        List<String> actors = Files.readAllLines(SYRIA.resolve("actors.csv")).subList(1, 12);
        StringBuilder sizes = new StringBuilder("actor,size\n");
        for (int i = 0; i < names.size(); i++) {
            sizes.append(names.get(i)).append(',').append(actors.get(i).split(",")[2]).append('\n');
        }
        LandscapeResult result = service.landscape(files(new UserFile("sizes.csv", sizes.toString()),
                UserFile.read(SYRIA.resolve("propensity_raw_1to5.csv")), 3));
        LocalMinimum best = result.analysis().minima().get(0);
        assertThat(best.energy()).isEqualTo(-83200);
        assertThat(best.global()).isTrue();
        assertThat(List.of(String.join(" ", best.bloc(0)), String.join(" ", best.bloc(1)))).contains("Tur ISIS Nursa");
        assertThat(result.analysis().exhaustive()).isTrue();
        assertThat(LandscapeTables.minima(result).title()).isEqualTo("Local minima by energy (sizes sizes.csv,"
                + " propensities propensity_raw_1to5.csv minus 3.0)");
    }

    /**
     * The case's ten states in 2021 (NMC v7.0 CINC as sizes; ATOP's 2018 obligations carried, among them
     * the Treaty of Amity and Cooperation's non-aggression commitments): one global minimum, found by
     * exhaustive search, puts Afghanistan, India and the US against the rest. Without carrying, ATOP's
     * ties are absent after 2018 and the minima differ: the landscape depends on the carrying rule, which
     * the notes state.
     */
    @Test
    void theCaseLandscapeOf2021() {
        LandscapeResult result = service.landscape(LandscapeRequest.ofCase(CaseId.SOUTH_ASIA, 2021));
        assertThat(result.analysis().actors()).hasSize(10);
        assertThat(result.analysis().exhaustive()).isTrue();
        assertThat(result.analysis().globalMinima()).hasSize(1);
        assertThat(result.analysis().bestEnergy()).isCloseTo(-0.06356192869, within(1e-11));
        LocalMinimum best = result.analysis().globalMinima().get(0);
        assertThat(List.of(best.bloc(0), best.bloc(1))).anySatisfy(bloc -> assertThat(bloc)
                .containsExactlyInAnyOrder("AFG", "IND", "USA"));
        assertThat(((LandscapeResult.CaseYear) result.input()).sizesFromYear()).isEmpty();
        Report.Table minima = LandscapeTables.minima(result);
        assertThat(minima.notes()).noneSatisfy(n -> assertThat(n).contains("Sizes: the CINC of"));
        assertThat(minima.notes()).anySatisfy(n -> assertThat(n).startsWith("Propensities: ATOP 5.1 ends in 2018:"
                + " obligations in force then are carried, except those of the Islamic Republic of Afghanistan after"
                + " its fall on 2021-08-15 (The Quint,").endsWith(".")); // 2021: the end's own year, still carried
        assertThat(minima.title()).doesNotContain("`");
        assertThat(LandscapeTables.actors(result).rows()).hasSize(10);

        LandscapeResult uncarried = service.landscape(new LandscapeRequest(CaseId.SOUTH_ASIA, 2021, null, null, 0,
                5, LandscapeRequest.DEFAULT_STARTS, 1L, Carry.NONE, ObligationScope.ALL));
        assertThat(uncarried.analysis().bestEnergy()).isNotCloseTo(result.analysis().bestEnergy(), within(1e-6));
    }

    /**
     * Under the commitments scope the 2023 landscape loses the ties ATOP's non-aggression coding of the
     * Treaty of Amity and Cooperation gives almost every pair, and its global minimum parts China, Pakistan
     * and Russia from India, Japan and the USA (with every obligation type, Japan and China share a
     * coalition); the minima table says which obligations counted.
     */
    @Test
    void theCommitmentsScopeLeavesTheNonAggressionTiesOutOfThePropensities() {
        LandscapeRequest all = LandscapeRequest.ofCase(CaseId.SOUTH_ASIA, 2023);
        LandscapeRequest commitments = new LandscapeRequest(all.caseId(), all.year(), null, null, 0, all.minima(),
                all.starts(), all.seed(), all.carry(), ObligationScope.COMMITMENTS);
        LocalMinimum withAll = service.landscape(all).analysis().minima().get(0);
        LandscapeResult scoped = service.landscape(commitments);
        LocalMinimum withCommitments = scoped.analysis().minima().get(0);
        assertThat(bloc(withAll, "JPN")).isEqualTo(bloc(withAll, "CHN"));
        assertThat(bloc(withCommitments, "CHN")).isEqualTo(bloc(withCommitments, "PAK"))
                .isEqualTo(bloc(withCommitments, "RUS")).isNotEqualTo(bloc(withCommitments, "IND"));
        assertThat(bloc(withCommitments, "IND")).isEqualTo(bloc(withCommitments, "JPN"))
                .isEqualTo(bloc(withCommitments, "USA"));
        assertThat(LandscapeTables.minima(scoped).notes()).anySatisfy(n -> assertThat(n)
                .startsWith("Propensities: obligation scope 'commitments'"));
        assertThat(LandscapeTables.minima(service.landscape(all)).notes()).noneSatisfy(n -> assertThat(n)
                .contains("obligation scope"));
    }

    private static int bloc(LocalMinimum minimum, String actor) {
        return minimum.actors().stream().filter(a -> a.actor().equals(actor)).findFirst().orElseThrow().bloc();
    }

    /** After NMC's last year (2022), the sizes are its CINC carried forward, and the minima table says so. */
    @Test
    void aYearAfterNmcsLastSaysItsSizesAreCarriedForward() {
        LandscapeResult result = service.landscape(LandscapeRequest.ofCase(CaseId.SOUTH_ASIA, 2023));
        assertThat(((LandscapeResult.CaseYear) result.input()).sizesFromYear()).contains(2022);
        assertThat(LandscapeTables.minima(result).notes()).anySatisfy(n -> assertThat(n)
                .contains("the CINC of 2022, NMC's last year, carried forward to 2023"));
    }

    @Test
    void incompleteOrInconsistentInputIsRefused() {
        UserFile sizes = new UserFile("sizes.csv", "actor,size\nA,1\nB,2\n");
        assertThatThrownBy(() -> files(sizes, null, 0)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("propensities");
        assertThatThrownBy(() -> service.landscape(files(sizes, new UserFile("p.csv", ",A,C\nA,,1\nC,1,\n"), 0)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> service.landscape(LandscapeRequest.ofCase(new CaseId("nowhere"), 2021)))
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("case");
        assertThatThrownBy(() -> LandscapeRequest.ofCase(CaseId.SOUTH_ASIA, 1700))
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("year");
    }

    /**
     * COW code 365 (the case's RUS and SUN) is Russia in 1816, the Soviet Union in 1950 and Russia in
     * 2000 (state_names_curated.csv: SUN 1922-1991); the landscape of each year labels it so. NMC has
     * CINC for GBR, RUS and USA in 1816 (NMC-7.0-abridged.csv).
     */
    @Test
    void code365IsLabelledAsTheYearNamesIt() {
        LandscapeResult.CaseYear in1816 = (LandscapeResult.CaseYear) service.landscape(LandscapeRequest.ofCase(
                CaseId.SOUTH_ASIA, 1816)).input();
        LandscapeResult.CaseYear in1950 = (LandscapeResult.CaseYear) service.landscape(LandscapeRequest.ofCase(
                CaseId.SOUTH_ASIA, 1950)).input();
        LandscapeResult.CaseYear in2000 = (LandscapeResult.CaseYear) service.landscape(LandscapeRequest.ofCase(
                CaseId.SOUTH_ASIA, 2000)).input();

        assertThat(in1816.names()).containsOnlyKeys("GBR", "RUS", "USA").containsEntry("RUS", "Russia");
        assertThat(in1950.names()).containsKey("SUN").doesNotContainKey("RUS");
        assertThat(in2000.names()).containsEntry("RUS", "Russia").doesNotContainKey("SUN");
    }
}
