package org.counterweight.app.analysis;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.counterweight.app.Rounding;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.landscape.ActorAlignment;
import org.counterweight.core.landscape.LandscapeAnalysis;
import org.counterweight.core.landscape.LocalMinimum;
import org.counterweight.report.Report;

/** The tables of a {@link LandscapeResult}: the local minima by energy, and the actors in each. */
public final class LandscapeTables {
    private LandscapeTables() {
    }

    public static List<Report.Table> of(LandscapeResult result) {
        return List.of(minima(result), actors(result));
    }

    /** The listed minima by energy with their basins and blocs; notes say how they were found. */
    public static Report.Table minima(LandscapeResult result) {
        LandscapeAnalysis analysis = result.analysis();
        Report.Table.Builder table = Report.Table.builder("landscape-minima", "Local minima by energy ("
                + describe(result.input()) + ")", "rank", "energy", "global", "basin", "bloc_1", "bloc_2");
        List<LocalMinimum> list = listed(result);
        for (int r = 0; r < list.size(); r++) {
            LocalMinimum minimum = list.get(r);
            table.row(r + 1, minimum.energy(), minimum.global(), minimum.basinSize() < 0 ? null : minimum.basinSize(),
                    String.join(" ", minimum.bloc(0)), String.join(" ", minimum.bloc(1)));
        }
        int found = analysis.minima().size();
        table.note(found + " local minim" + (found == 1 ? "um" : "a") + " found by "
                + (analysis.exhaustive() ? "exhaustive search over " + analysis.configurations() + " configurations"
                        : "multi-start descent (" + startsRun(result) + ", seed " + result.seed() + ")")
                + "; basins: " + analysis.basinMeasure().name().toLowerCase(Locale.ROOT)
                + "; lower bound on the energy: " + Rounding.text(analysis.lowerBound()) + " (gap "
                + Rounding.text(analysis.gap()) + ").");
        table.note("Energy E = sum over ordered pairs of s_i s_j p_ij d_ij (each cross-bloc pair counts twice);"
                + " frustration F_i = sum_j s_j p_ij d_ij (Axelrod & Bennett 1993).");
        if (result.input() instanceof LandscapeResult.CaseYear caseYear) {
            caseYear.sizesFromYear().ifPresent(from -> table.note("Sizes: the CINC of " + from + ", NMC's last"
                    + " year, carried forward to " + caseYear.year() + " (" + CaseSnapshot.NMC_CARRY_RULE + ")."));
            caseYear.coverage().forEach(c -> table.note("Propensities: " + c + "."));
            table.note("States in " + caseYear.year() + ": " + caseYear.names().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".");
        }
        return table.build(null);
    }

    /** Each actor of each listed minimum: its size, bloc and frustration. */
    public static Report.Table actors(LandscapeResult result) {
        Report.Table.Builder table = Report.Table.builder("landscape-actors", "Actors in each minimum", "rank", "actor",
                "size", "bloc", "frustration");
        List<LocalMinimum> list = listed(result);
        for (int r = 0; r < list.size(); r++) {
            for (ActorAlignment actor : list.get(r).actors()) {
                table.row(r + 1, actor.actor(), actor.size(), actor.bloc() + 1, actor.frustration());
            }
        }
        return table.build(null);
    }

    /** The starts run, and those the budget left out. */
    private static String startsRun(LandscapeResult result) {
        long run = result.analysis().configurations();
        return run < result.starts() ? run + " of " + result.starts() + " starts: not proven optimal within budget,"
                + " the time budget of " + LandscapeService.SEARCH_BUDGET.toSeconds() + " s ended the search"
                : run + " starts";
    }

    private static List<LocalMinimum> listed(LandscapeResult result) {
        List<LocalMinimum> minima = result.analysis().minima();
        return minima.subList(0, Math.min(result.shown(), minima.size()));
    }

    private static String describe(LandscapeResult.Input input) {
        if (input instanceof LandscapeResult.Files f) {
            return "sizes " + f.sizes() + ", propensities " + f.propensities() + (f.centre() != 0 ? " minus "
                    + f.centre() : "");
        }
        int year = ((LandscapeResult.CaseYear) input).year();
        return "case states in " + year + ": sizes NMC CINC, propensities the signed tie weights of the " + year
                + " network";
    }
}
