package org.counterweight.app.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.report.Report;

/** The table of a {@link CapabilitiesResult}: NMC components, CINC and SIPRI expenditure by year, with statuses. */
public final class CapabilitiesTables {
    private CapabilitiesTables() {
    }

    public static List<Report.Table> of(CapabilitiesResult result) {
        DatasetCoverage nmc = result.nmc();
        Optional<DatasetCoverage> milex = result.milex();
        Report.Table.Builder table = Report.Table.builder("capabilities", result.actor().name() + " ("
                + result.actor().id() + ", COW " + result.cowCode() + ")", "year", "nmc_status", "milex_k", "milper_k",
                "irst_kt", "pec_kt", "tpop_k", "upop_k", "cinc", "cinc_recomputed", "nmc_version", "sipri_milex_usd_m",
                "sipri_milex_status", "sipri_share_gdp", "sipri_share_status", "sipri_country", "sipri_release");
        for (CapabilitiesResult.Year y : result.years()) {
            Optional<NationalCapabilities> row = y.capabilities();
            Optional<MilitaryExpenditure> m = y.expenditure();
            table.row(y.year(), y.nmcStatus().label(), nmc(row, NationalCapabilities::milex),
                    nmc(row, NationalCapabilities::milper), nmc(row, NationalCapabilities::irst),
                    nmc(row, NationalCapabilities::pec), nmc(row, NationalCapabilities::tpop),
                    nmc(row, NationalCapabilities::upop), nmc(row, NationalCapabilities::publishedCinc),
                    value(y.recomputedCinc()), nmc.version(),
                    m.map(e -> value(e.constantUsdMillions())).orElse(null), y.milexStatus().label(),
                    m.map(e -> value(e.shareOfGdp())).orElse(null), y.shareStatus().label(),
                    m.map(MilitaryExpenditure::country).orElse(null), milex.map(DatasetCoverage::version).orElse(null));
        }
        table.note("NMC: COW National Material Capabilities v" + nmc.version() + " (" + nmc.firstYear() + "-"
                + nmc.lastYear() + "); milex in thousands (British pounds before 1914, current US$ after); empty ="
                + " missing in NMC (-9 or blank), never 0.");
        if (!result.breaks().isEmpty()) {
            table.note("To check: a component that doubles or halves in one year, as NMC v" + nmc.version()
                    + " records it (a change of source or definition is likelier than such a move; CINC moves with it): "
                    + String.join("; ", result.breaks().stream().map(b -> String.format(Locale.ROOT,
                            "%s_k %d-%d %,.0f -> %,.0f (x%.2f)", b.component(), b.year() - 1, b.year(), b.before(),
                            b.after(), b.ratio())).toList()) + ".");
        }
        table.note("cinc_recomputed: Singer, Bremer & Stuckey (1972) CINC recomputed from the components of every"
                + " state in the year (missing components left out of totals and of the state's mean).");
        milex.ifPresent(release -> table.note("SIPRI Military Expenditure Database, release " + release.version()
                + ": US$ million at constant 2022 prices; share of GDP as a fraction. Statuses: value, missing (SIPRI"
                + " '...'), not-independent (SIPRI 'xxx'), not-in-extract (country not in the bundled extract;"
                + " import the full database), not-covered (outside " + release.firstYear() + "-" + release.lastYear()
                + ")."));
        return List.of(table.build(null));
    }

    private static Double nmc(Optional<NationalCapabilities> row,
            Function<NationalCapabilities, OptionalDouble> field) {
        return row.map(r -> value(field.apply(r))).orElse(null);
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
