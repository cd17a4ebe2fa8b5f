package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.counterweight.core.landscape.ActorAlignment;
import org.counterweight.core.landscape.ExhaustiveAlignmentSearch;
import org.counterweight.core.landscape.Landscape;
import org.counterweight.core.landscape.LandscapeAnalysis;
import org.counterweight.core.landscape.LocalMinimum;
import org.counterweight.core.landscape.MultiStartDescentSearch;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.network.SignRules;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.network.UserTables;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "landscape", description = {"Landscape theory of aggregation (Axelrod & Bennett 1993): energy of every"
        + " two-bloc configuration, the global minimum, every local minimum under single-actor moves with its basin,"
        + " and each actor's frustration. Exact up to 26 actors (basins) / 32 (minima); a seeded multi-start descent"
        + " with a proven lower bound beyond.",
    "From files: --sizes actor,size and --propensities (square matrix, names in the header row and first column).",
    "From the knowledge base (--year): sizes are NMC CINC; the propensity of two states is the signed weight of"
            + " their tie under the balance rules (" + "see `balance --help`), 0 without a tie."})
final class LandscapeCommand extends StoreCommand {
    @Option(names = "--sizes", paramLabel = "FILE", description = "Sizes: actor,size.")
    Path sizes;

    @Option(names = "--propensities", paramLabel = "FILE", description = "Square propensity matrix.")
    Path propensities;

    @Option(names = "--centre", paramLabel = "C", defaultValue = "0",
            description = "Subtract C from every file propensity (Axelrod & Furnas centre their 1-5 scale with 3).")
    double centre;

    @Option(names = "--year", paramLabel = "Y", description = "Build the landscape of the case's states in this year.")
    Integer year;

    @Option(names = "--minima", paramLabel = "K", defaultValue = "10", description = "Local minima listed (default: ${DEFAULT-VALUE}).")
    int shown;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "2000", description = "Heuristic starts beyond the exact limit.")
    int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the heuristic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    List<ResultTable> run(Workbench workbench) {
        Landscape landscape;
        String source;
        if (sizes != null || propensities != null) {
            if (sizes == null || propensities == null) {
                throw new UserInputException("give both --sizes and --propensities");
            }
            landscape = fromFiles();
            source = "sizes " + sizes.getFileName() + ", propensities " + propensities.getFileName()
                    + (centre != 0 ? " minus " + centre : "");
        } else {
            int y = year != null ? year : workbench.datasets().nmcVersions().get(0).lastYear();
            landscape = fromKnowledgeBase(workbench, y);
            source = "case states in " + y + ": sizes NMC CINC, propensities the signed tie weights of `balance --year "
                    + y + "`";
        }
        LandscapeAnalysis analysis = landscape.actorCount() <= 26 ? new ExhaustiveAlignmentSearch().search(landscape)
                : landscape.actorCount() <= 32 ? new ExhaustiveAlignmentSearch(false).search(landscape)
                        : new MultiStartDescentSearch(starts, seed).search(landscape);
        ResultTable minima = new ResultTable("Local minima by energy (" + source + ")", "rank", "energy", "global",
                "basin", "bloc_1", "bloc_2");
        ResultTable actors = new ResultTable("Actors in each minimum", "rank", "actor", "size", "bloc", "frustration");
        List<LocalMinimum> list = analysis.minima();
        for (int r = 0; r < Math.min(shown, list.size()); r++) {
            LocalMinimum minimum = list.get(r);
            minima.add(r + 1, minimum.energy(), minimum.global(), minimum.basinSize() < 0 ? null : minimum.basinSize(),
                    String.join(" ", minimum.bloc(0)), String.join(" ", minimum.bloc(1)));
            for (ActorAlignment actor : minimum.actors()) {
                actors.add(r + 1, actor.actor(), actor.size(), actor.bloc() + 1, actor.frustration());
            }
        }
        minima.note(list.size() + " local minim" + (list.size() == 1 ? "um" : "a") + " found by "
                + (analysis.exhaustive() ? "exhaustive search over " + analysis.configurations() + " configurations"
                        : "multi-start descent (" + starts + " starts, seed " + seed + ")")
                + "; basins: " + analysis.basinMeasure().name().toLowerCase(java.util.Locale.ROOT)
                + "; lower bound on the energy: " + Renderer.text(analysis.lowerBound()) + " (gap "
                + Renderer.text(analysis.gap()) + ").");
        minima.note("Energy E = sum over ordered pairs of s_i s_j p_ij d_ij (each cross-bloc pair counts twice);"
                + " frustration F_i = sum_j s_j p_ij d_ij (Axelrod & Bennett 1993).");
        return List.of(minima, actors);
    }

    private Landscape fromFiles() {
        Map<String, Double> sizeMap = read(sizes, UserTables::sizes);
        UserTables.Matrix matrix = read(propensities, UserTables::squareMatrix);
        List<String> names = matrix.actors();
        if (!sizeMap.keySet().containsAll(names) || !names.containsAll(sizeMap.keySet())) {
            throw new InputFormatException(sizes.getFileName().toString(), 0, "actor", "the actors of the sizes "
                    + sizeMap.keySet() + " and of the propensity matrix " + names + " differ");
        }
        double[] s = names.stream().mapToDouble(sizeMap::get).toArray();
        double[][] p = new double[names.size()][names.size()];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                p[i][j] = i == j ? 0 : matrix.values()[i][j] - centre;
            }
        }
        try {
            return Landscape.of(names, s, p);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(propensities.getFileName().toString(), 0, null, e.getMessage());
        }
    }

    private static <T> T read(Path file, BiFunction<Reader, String, T> reader) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputFormatException(name, 0, null, "no such file: " + file);
        }
        try (Reader input = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.apply(input, name);
        } catch (IOException e) {
            throw new InputFormatException(name, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Landscape fromKnowledgeBase(Workbench workbench, int year) {
        DatasetCoverage nmc = workbench.datasets().nmcVersions().get(0);
        int nmcYear = Math.min(year, nmc.lastYear());
        Map<Integer, NationalCapabilities> cinc = new HashMap<>();
        workbench.datasets().nmc(nmc.version(), nmcYear, nmcYear).forEach(n -> cinc.put(n.cowCode(), n));
        List<Actor> states = new ArrayList<>();
        List<Double> sizeList = new ArrayList<>();
        for (Actor state : SystemNetwork.states(workbench, year)) {
            NationalCapabilities row = cinc.get(state.cowCode());
            if (row != null && row.publishedCinc().isPresent()) {
                states.add(state);
                sizeList.add(row.publishedCinc().getAsDouble());
            }
        }
        if (states.size() < 2) {
            throw new UserInputException("fewer than two of the case's states have a CINC in " + nmcYear);
        }
        List<String> ids = states.stream().map(Actor::id).toList();
        double[][] p = new double[ids.size()][ids.size()];
        for (SignRules.Tie tie : SystemNetwork.resolve(workbench, states, year).ties()) {
            int i = ids.indexOf(tie.a());
            int j = ids.indexOf(tie.b());
            p[i][j] = tie.sign().value() * tie.weight();
            p[j][i] = p[i][j];
        }
        return Landscape.of(ids, sizeList.stream().mapToDouble(Double::doubleValue).toArray(), p);
    }
}
