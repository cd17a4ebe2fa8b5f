package org.counterweight.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.counterweight.core.capability.CompositeIndexOfNationalCapability;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "capabilities", description = "A state's NMC components and CINC, and its SIPRI military expenditure, by year.")
final class CapabilitiesCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "A", required = true, description = "The state (ISO3, COW code, name).")
    String actor;

    @Option(names = "--from", paramLabel = "Y", description = "First year (default: the first year with data).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year (default: the last year of any dataset).")
    Integer to;

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version (default: the newest loaded).")
    String nmcVersion;

    @Override
    List<ResultTable> run(Workbench workbench) {
        Actor state = workbench.actor(actor, "--actor");
        int cow = workbench.cowCode(actor, "--actor");
        DatasetCoverage nmc = workbench.datasets().nmcVersions().stream()
                .filter(c -> nmcVersion == null || c.version().equals(nmcVersion)).findFirst()
                .orElseThrow(() -> new UserInputException("no NMC version " + nmcVersion + " is loaded; loaded: "
                        + workbench.datasets().nmcVersions().stream().map(DatasetCoverage::version).toList()));
        DatasetCoverage milex = workbench.datasets().milexReleases().stream().findFirst().orElse(null);
        int first = from != null ? from : nmc.firstYear();
        int last = to != null ? to : Math.max(nmc.lastYear(), milex == null ? nmc.lastYear() : milex.lastYear());
        if (last < first) {
            throw new UserInputException("--to " + last + " is before --from " + first);
        }
        if (first < 1800 || last > 2100) {
            throw new UserInputException("years must lie in 1800-2100, got " + first + "-" + last);
        }
        List<NationalCapabilities> system = workbench.datasets().nmc(nmc.version(), first, last);
        Map<Integer, NationalCapabilities> own = new HashMap<>();
        system.stream().filter(r -> r.cowCode() == cow).forEach(r -> own.put(r.year(), r));
        Map<Integer, Double> recomputed = new HashMap<>();
        CompositeIndexOfNationalCapability.compute(system).stream().filter(s -> s.cowCode() == cow)
                .forEach(s -> recomputed.put(s.year(), s.cinc()));
        Map<Integer, MilitaryExpenditure> sipri = new HashMap<>();
        if (milex != null) {
            workbench.datasets().milex(milex.version(), cow, first, last).forEach(m -> sipri.merge(m.year(), m,
                    (a, b) -> a.constantStatus() == ValueStatus.VALUE ? a : b));
        }
        ResultTable table = new ResultTable(state.name() + " (" + state.id() + ", COW " + cow + ")", "year",
                "nmc_status", "milex_k", "milper_k", "irst_kt", "pec_kt", "tpop_k", "upop_k", "cinc", "cinc_recomputed",
                "nmc_version", "sipri_milex_usd_m", "sipri_milex_status", "sipri_share_gdp", "sipri_share_status",
                "sipri_country", "sipri_release");
        int start = from != null ? first
                : Math.min(own.keySet().stream().min(Integer::compare).orElse(last), sipriFirst(sipri, last));
        for (int year = start; year <= last; year++) {
            NationalCapabilities row = own.get(year);
            String nmcStatus = row != null ? "value" : nmc.covers(year) ? "not-a-member" : "not-covered";
            MilitaryExpenditure m = sipri.get(year);
            String milexStatus = m != null ? status(m.constantStatus()) : milex != null && milex.covers(year)
                    ? "not-in-extract" : "not-covered";
            String shareStatus = m != null ? status(m.shareStatus()) : milexStatus;
            table.add(year, nmcStatus, value(row == null ? null : row.milex()), value(row == null ? null : row.milper()),
                    value(row == null ? null : row.irst()), value(row == null ? null : row.pec()),
                    value(row == null ? null : row.tpop()), value(row == null ? null : row.upop()),
                    value(row == null ? null : row.publishedCinc()), recomputed.get(year), nmc.version(),
                    m == null ? null : value(m.constantUsdMillions()), milexStatus,
                    m == null ? null : value(m.shareOfGdp()), shareStatus, m == null ? null : m.country(),
                    milex == null ? null : milex.version());
        }
        table.note("NMC: COW National Material Capabilities v" + nmc.version() + " (" + nmc.firstYear() + "-"
                + nmc.lastYear() + "); milex in thousands (British pounds before 1914, current US$ after); empty = missing"
                + " in NMC (-9 or blank), never 0.");
        table.note("cinc_recomputed: Singer, Bremer & Stuckey (1972) CINC recomputed from the components of every"
                + " state in the year (missing components left out of totals and of the state's mean).");
        if (milex != null) {
            table.note("SIPRI Military Expenditure Database, release " + milex.version()
                    + ": US$ million at constant 2022 prices; share of GDP as a fraction. Statuses: value, missing (SIPRI"
                    + " '...'), not-independent (SIPRI 'xxx'), not-in-extract (country not in the bundled extract;"
                    + " import the full database), not-covered (outside " + milex.firstYear() + "-" + milex.lastYear() + ").");
        }
        return List.of(table);
    }

    private static int sipriFirst(Map<Integer, MilitaryExpenditure> sipri, int fallback) {
        return sipri.values().stream().filter(m -> m.constantStatus() == ValueStatus.VALUE)
                .mapToInt(MilitaryExpenditure::year).min().orElse(fallback);
    }

    private static String status(ValueStatus status) {
        return org.counterweight.core.model.Labels.label(status);
    }

    private static Double value(OptionalDouble value) {
        return value != null && value.isPresent() ? value.getAsDouble() : null;
    }
}
