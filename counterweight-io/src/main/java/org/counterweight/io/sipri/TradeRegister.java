package org.counterweight.io.sipri;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.counterweight.core.model.ArmsDeal;

/**
 * One SIPRI trade register export read into deals.
 *
 * @param title          SIPRI's title line ("Transfers of major conventional arms from ... to ...")
 * @param release        the year of the "Data generated:" line ("2025")
 * @param deals          the deals in file order
 * @param unmappedNames  recipient and supplier names with no COW code that are not known non-state
 *                       names, sorted: the caller should warn about them
 */
public record TradeRegister(String title, String release, List<ArmsDeal> deals, Set<String> unmappedNames) {
    public TradeRegister {
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(release, "release is required");
        deals = List.copyOf(deals);
        unmappedNames = Collections.unmodifiableSet(new TreeSet<>(unmappedNames));
    }
}
