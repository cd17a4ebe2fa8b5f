package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.landscape.Landscape;
import org.counterweight.core.scenario.AlignmentPath;
import org.counterweight.core.scenario.AlignmentSummary;
import org.counterweight.report.export.TableExport;

/**
 * The alignment paths of a scenario's and its baseline's runs ({@link AlignmentPath}: the ties each
 * run used, the blocs of their exact balance partition, the landscape's minimum), each ensemble
 * summarised against the baseline's start-year alignments ({@link AlignmentSummary}).
 *
 * @param baseline the baseline's runs and summary
 * @param scenario the scenario's, against the same reference
 */
public record ScenarioAlignment(AlignmentSummary baseline, AlignmentSummary scenario) {
    /**
     * A tie that flips sign, or an actor that changes bloc, in some run of either ensemble.
     *
     * @param item       the tie ({@code IND-USA}) or the actor
     * @param kind       {@value #TIE_FLIP} or {@value #BLOC_CHANGE}
     * @param start      the reference: the tie's signed weight, or the actor's bloc partners
     * @param baseline   share of baseline runs flipped (moved) at the horizon
     * @param scenario   share of scenario runs flipped (moved) at the horizon
     * @param most       the largest share of scenario runs flipped (moved) in any year
     * @param firstMajor the first year in which at least half the scenario's runs have it flipped
     *                   (moved), or 0 for none
     */
    public record Realignment(String item, String kind, String start, double baseline, double scenario, double most,
            int firstMajor) {
    }

    /** The kind of a tie whose sign turns to the opposite. */
    public static final String TIE_FLIP = "tie flips";
    /** The kind of an actor in the other bloc of the exact balance partition. */
    public static final String BLOC_CHANGE = "bloc change";

    /**
     * Every tie that flips and every actor that changes bloc in at least one run of either ensemble
     * in some year, ties first, in the actors' order.
     */
    public List<Realignment> realignments() {
        List<Realignment> rows = new ArrayList<>();
        List<String> actors = scenario.actors();
        int last = scenario.years() - 1;
        List<int[]> pairs = AlignmentPath.pairs(actors.size());
        for (int p = 0; p < pairs.size(); p++) {
            double most = scenario.mostFlipped(p);
            if (most > 0 || baseline.mostFlipped(p) > 0) {
                int first = scenario.firstMajorityFlip(p);
                rows.add(new Realignment(actors.get(pairs.get(p)[0]) + "-" + actors.get(pairs.get(p)[1]), TIE_FLIP,
                        TableExport.cellText(scenario.referenceTies()[p]), baseline.flipped()[p][last],
                        scenario.flipped()[p][last], most, Math.max(first, 0)));
            }
        }
        for (int i = 0; i < actors.size(); i++) {
            double most = scenario.mostMoved(i);
            if (most > 0 || baseline.mostMoved(i) > 0) {
                int first = 0;
                for (int t = 0; t <= last && first == 0; t++) {
                    first = scenario.moved()[i][t] >= 0.5 ? scenario.firstYear() + t : 0;
                }
                rows.add(new Realignment(actors.get(i), BLOC_CHANGE, partners(i), baseline.moved()[i][last],
                        scenario.moved()[i][last], most, first));
            }
        }
        return rows;
    }

    /** Actor i's bloc in the reference partition: "with IND USA", or "alone". */
    private String partners(int i) {
        long reference = scenario.reference();
        List<String> with = new ArrayList<>();
        for (int j = 0; j < scenario.actors().size(); j++) {
            if (j != i && Landscape.bloc(reference, j) == Landscape.bloc(reference, i)) {
                with.add(scenario.actors().get(j));
            }
        }
        return with.isEmpty() ? "alone" : "with " + String.join(" ", with);
    }
    /** The paths of both ensembles' runs (actors in the simulation's order), summarised. */
    static ScenarioAlignment of(List<String> actors, Ensemble baseline, Ensemble scenario) {
        List<AlignmentPath> base = paths(actors, baseline);
        AlignmentPath reference = base.get(0);
        return new ScenarioAlignment(AlignmentSummary.of(base, reference),
                AlignmentSummary.of(paths(actors, scenario), reference));
    }

    /**
     * Every run's path, computed in parallel (each is a pure function of its run; the memo of
     * partitions by sign pattern is shared and holds the same value whoever computes it first), in
     * run order.
     */
    private static List<AlignmentPath> paths(List<String> actors, Ensemble ensemble) {
        Map<String, long[]> partitions = new ConcurrentHashMap<>();
        return IntStream.range(0, ensemble.size()).parallel()
                .mapToObj(r -> AlignmentPath.of(actors, ensemble.run(r), partitions)).toList();
    }
}
