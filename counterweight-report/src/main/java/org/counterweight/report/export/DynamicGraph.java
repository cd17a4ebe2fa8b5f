package org.counterweight.report.export;

import java.util.List;

/**
 * A signed network over several years, one {@link SignedGraph} a year, for the dynamic mode of GEXF
 * (Gephi's timeline) and a multi-year GraphML ({@link NetworkExport}).
 *
 * @param years the yearly graphs, in increasing year order, at least one
 */
public record DynamicGraph(List<Year> years) {
    public DynamicGraph {
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a dynamic graph needs at least one year");
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() <= years.get(i - 1).year()) {
                throw new IllegalArgumentException("years must increase: " + years.get(i - 1).year() + " then "
                        + years.get(i).year());
            }
        }
    }

    /** One year's graph. */
    public record Year(int year, SignedGraph graph) {
    }
}
