package org.counterweight.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.counterweight.core.model.Actor;
import org.counterweight.core.network.SignRules;

/**
 * The historical alignment matrix of a set of actors, year by year: w[i][j] in [-1, 1], the signed
 * weight of their tie in the knowledge-base network ({@link SystemNetwork}), 0 without a tie.
 */
final class AlignmentPath {
    private final List<String> actors;
    private final Map<Integer, double[][]> byYear;

    private AlignmentPath(List<String> actors, Map<Integer, double[][]> byYear) {
        this.actors = List.copyOf(actors);
        this.byYear = byYear;
    }

    /**
     * @param withoutAgreements agreement ids to leave out (counterfactual histories); empty for the record
     */
    static AlignmentPath of(Workbench workbench, List<String> actors, int from, int to, Set<String> withoutAgreements) {
        Map<Integer, double[][]> byYear = new TreeMap<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            List<Actor> states = actors.stream().map(id -> workbench.directory().byId(id)
                    .orElseThrow(() -> new UserInputException("unknown actor " + id))).toList();
            double[][] w = new double[actors.size()][actors.size()];
            for (SignRules.Tie tie : SystemNetwork.resolve(workbench, states, y, withoutAgreements).ties()) {
                int i = actors.indexOf(tie.a());
                int j = actors.indexOf(tie.b());
                if (i >= 0 && j >= 0) {
                    w[i][j] = tie.sign().value() * tie.weight();
                    w[j][i] = w[i][j];
                }
            }
            byYear.put(year, w);
        }
        return new AlignmentPath(actors, byYear);
    }

    List<String> actors() {
        return actors;
    }

    /** The matrix of a year (a copy). */
    double[][] at(int year) {
        double[][] w = byYear.get(year);
        if (w == null) {
            throw new IllegalArgumentException("no alignment for " + year + "; the path covers " + byYear.keySet());
        }
        double[][] copy = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            copy[i] = w[i].clone();
        }
        return copy;
    }
}
