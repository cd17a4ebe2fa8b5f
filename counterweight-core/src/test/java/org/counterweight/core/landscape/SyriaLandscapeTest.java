package org.counterweight.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproduces Axelrod &amp; Furnas's landscape of the Syrian war (February 2016) from their inputs and
 * compares with their published output (alexanderfurnas/Landscape_Theory at commit 80515b48; see
 * src/test/resources/landscape/README.md). All inputs are integers, so energies match exactly.
 */
class SyriaLandscapeTest {
    private static final Path DATA = Path.of("../data/datasets/landscape-axelrod-furnas-2016");
    private static final Path EXPECTED = Path.of("src/test/resources/landscape");

    /** Reads actor sizes and the 1-5 propensity matrix, centred by subtracting 3 as the authors do. */
    static Landscape load(String actorsFile) throws IOException {
        List<String> actorLines = Files.readAllLines(DATA.resolve(actorsFile));
        List<String> names = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (String line : actorLines.subList(1, actorLines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            names.add(cells[1]);
            sizes.add(Double.parseDouble(cells[2]));
        }
        List<String> matrix = Files.readAllLines(DATA.resolve("propensity_raw_1to5.csv")).stream()
                .filter(l -> !l.isBlank()).toList();
        int n = names.size();
        assertThat(matrix).hasSize(n + 1);
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            String[] cells = matrix.get(i + 1).split(",", -1);
            assertThat(cells).hasSize(n + 1);
            for (int j = 0; j < n; j++) {
                String cell = cells[j + 1].trim();
                if (i == j) {
                    assertThat(cell).as("diagonal").isEmpty();
                } else {
                    p[i][j] = Double.parseDouble(cell) - 3;
                }
            }
        }
        return Landscape.of(names, sizes.stream().mapToDouble(Double::doubleValue).toArray(), p);
    }

    /** One row of the authors' favoured-alignments table. */
    record Published(long configuration, double energy, double[] sizeTimesFrustration, boolean localMinimum) {
    }

    /** Their blocs are 1/2 with the US (first actor) in 1; ours 0/1 with the first actor in 0. */
    static List<Published> published(String file, int n) throws IOException {
        List<Published> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(EXPECTED.resolve(file));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            long configuration = 0;
            for (int i = 0; i < n; i++) {
                if (cells[1 + i].equals("2")) {
                    configuration |= 1L << i;
                }
            }
            double[] frustration = new double[n];
            for (int i = 0; i < n; i++) {
                frustration[i] = Double.parseDouble(cells[2 + n + i]);
            }
            rows.add(new Published(configuration, Double.parseDouble(cells[1 + n]), frustration,
                    Boolean.parseBoolean(cells[2 + 2 * n].toLowerCase())));
        }
        return rows;
    }

    private static void checkAgainstPublished(Landscape landscape, String file, double publishedMinimum,
            List<String> minorityBloc) throws IOException {
        int n = landscape.actorCount();
        LandscapeAnalysis analysis = new ExhaustiveAlignmentSearch().search(landscape);

        // the published optimum: unique global minimum, same energy, same blocs
        assertThat(analysis.globalMinima()).hasSize(1);
        LocalMinimum best = analysis.globalMinima().get(0);
        assertThat(best.energy()).isEqualTo(publishedMinimum);
        assertThat(best.bloc(1)).containsExactlyElementsOf(minorityBloc);

        List<Published> rows = published(file, n);
        assertThat(rows.get(0).configuration()).isEqualTo(best.configuration());
        for (Published row : rows) {
            long x = row.configuration();
            assertThat(landscape.energy(x)).as("energy of %s", Long.toBinaryString(x)).isEqualTo(row.energy());
            double[] weighted = new double[n];
            for (int i = 0; i < n; i++) {
                weighted[i] = landscape.size(i) * landscape.frustration(x, i);
            }
            assertThat(weighted).as("s_i F_i of %s", Long.toBinaryString(x))
                    .containsExactly(row.sizeTimesFrustration());
            assertThat(landscape.isLocalMinimum(x)).as("local minimum flag of %s", Long.toBinaryString(x))
                    .isEqualTo(row.localMinimum());
            assertThat(Arrays.stream(weighted).sum()).isEqualTo(row.energy());
        }
        long basins = analysis.minima().stream().mapToLong(LocalMinimum::basinSize).sum();
        assertThat(basins).isEqualTo(1L << (n - 1));
    }

    @Test
    void strongSyriaPredictsTurkeyIsisAndNusraAgainstEveryoneElse() throws IOException {
        Landscape landscape = load("actors.csv");
        assertThat(landscape.actors()).containsExactly("US", "Russia", "Syria", "Turkey", "Saudi_Arabia", "Iran",
                "ISIS", "Hezbollah", "Iraqi_Kurds", "Nursa", "Baghdad");
        checkAgainstPublished(landscape, "furnas-favored-alignments-2016-02-20.csv", -83200,
                List.of("Turkey", "ISIS", "Nursa"));
    }

    @Test
    void weakSyriaPredictsIsisAndNusraAgainstEveryoneElse() throws IOException {
        checkAgainstPublished(load("actors_weak_syria.csv"), "furnas-favored-alignments-weaksyria-2016-02-20.csv",
                -65600, List.of("ISIS", "Nursa"));
    }
}
