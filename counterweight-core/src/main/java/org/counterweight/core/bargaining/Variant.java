package org.counterweight.core.bargaining;

import java.util.EnumSet;
import java.util.Set;

/**
 * A version of the expected-utility model: a name and the {@link Switch}es it turns on.
 *
 * @param name     how tables and command lines name it
 * @param switches the departures from the reconstruction it makes
 */
public record Variant(String name, Set<Switch> switches) {
    /**
     * Scholz, Calbert &amp; Smith's (2011) reconstruction as its published numbers come out: the
     * European Community example's round 1 (median 8.415932315426764, mean 7.461314378277189) is
     * reproduced with no switch on.
     */
    public static final Variant SCHOLZ = new Variant("scholz", EnumSet.noneOf(Switch.class));
    /** Every departure of the reconstruction from Bueno de Mesquita's text undone. */
    public static final Variant BDM_INTENT = new Variant("bdm-intent", EnumSet.allOf(Switch.class));

    public Variant {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a variant needs a name");
        }
        switches = switches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(switches));
    }

    /** Whether this variant turns {@code s} on. */
    public boolean has(Switch s) {
        return switches.contains(s);
    }

    /** {@code scholz} or {@code bdm-intent}. */
    public static Variant parse(String text) {
        if (SCHOLZ.name.equals(text)) {
            return SCHOLZ;
        }
        if (BDM_INTENT.name.equals(text)) {
            return BDM_INTENT;
        }
        throw new IllegalArgumentException("unknown variant '" + text + "'; known: scholz, bdm-intent");
    }
}
