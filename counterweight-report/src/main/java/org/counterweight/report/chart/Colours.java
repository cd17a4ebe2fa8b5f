package org.counterweight.report.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Colours for the items of one chart: an item named after an actor gets the actor's colour (unless an
 * earlier item of the same chart already took it, as "IND" and "IND:PAK" would), every other item the next
 * categorical colour not yet used in the chart. Deterministic: depends only on the names and their order.
 */
final class Colours {
    private Colours() {
    }

    static List<String> assign(List<String> names) {
        String[] out = new String[names.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<String> actor = Palette.actorOf(names.get(i));
            if (actor.isPresent()) {
                String c = Palette.colour(actor.get());
                if (used.add(c)) {
                    out[i] = c;
                }
            }
        }
        int next = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                String c = null;
                while (next < Palette.CATEGORICAL.size()) {
                    String cand = Palette.CATEGORICAL.get(next++);
                    if (!used.contains(cand)) {
                        c = cand;
                        break;
                    }
                }
                if (c == null) {
                    c = Palette.CATEGORICAL.get(i % Palette.CATEGORICAL.size());
                }
                used.add(c);
                out[i] = c;
            }
        }
        return new ArrayList<>(List.of(out));
    }
}
