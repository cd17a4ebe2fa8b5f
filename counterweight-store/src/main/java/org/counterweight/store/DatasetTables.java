package org.counterweight.store;

import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;

/** How dataset records map to the store's tables (columns after {@code dataset}, in table order). */
public final class DatasetTables {
    private DatasetTables() {
    }

    public static final Table<NationalCapabilities> NMC = new Table<>("nmc", (n, row) -> row.text(n.version())
            .integer(n.cowCode()).text(n.stateAbb()).integer(n.year()).number(n.milex()).number(n.milper())
            .number(n.irst()).number(n.pec()).number(n.tpop()).number(n.upop()).number(n.publishedCinc()));

    public static final Table<MilitaryExpenditure> MILEX = new Table<>("milex", (m, row) -> row.text(m.release())
            .text(m.country()).integer(m.cowCode()).integer(m.year()).integer(m.priceBaseYear())
            .number(m.constantUsdMillions()).text(m.constantStatus().name()).number(m.shareOfGdp())
            .text(m.shareStatus().name()));

    public static final Table<ArmsTransfer> ARMS_TRANSFERS = new Table<>("arms_transfers", (a, row) -> row
            .text(a.release()).text(a.supplier()).integer(a.supplierCow()).text(a.recipient())
            .integer(a.recipientCow()).integer(a.year()).number(a.tivMillions()));
}
