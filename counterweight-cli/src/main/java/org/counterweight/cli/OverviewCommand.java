package org.counterweight.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.arms.PartnerShares.Direction;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "overview", description = {"What the strategic system looks like in a year: the case's states with"
        + " their capabilities and military spending, the relations between them, the agreements in force, and who"
        + " arms whom. Every table names its sources."})
final class OverviewCommand extends StoreCommand {
    @Option(names = "--case", paramLabel = "C", defaultValue = "south-asia", description = "The case (default: ${DEFAULT-VALUE}).")
    String caseId;

    @Option(names = "--year", paramLabel = "Y", description = "The year (default: the last year with SIPRI data).")
    Integer year;

    @Override
    List<ResultTable> run(Workbench workbench) {
        DatasetCoverage nmc = workbench.datasets().nmcVersions().get(0);
        Optional<DatasetCoverage> milex = workbench.datasets().milexReleases().stream().findFirst();
        int y = year != null ? year : milex.map(DatasetCoverage::lastYear).orElse(nmc.lastYear());
        if (y < 1816 || y > 2100) {
            throw new UserInputException("--year must lie in 1816-2100, got " + y);
        }
        List<Actor> states = SystemNetwork.states(workbench, y);
        if (states.isEmpty()) {
            throw new UserInputException("case '" + caseId + "' has no states; see `counterweight actors`");
        }
        return List.of(power(workbench, states, nmc, milex, y), relations(workbench, y), agreements(workbench, y),
                arms(workbench, states, y));
    }

    private ResultTable power(Workbench workbench, List<Actor> states, DatasetCoverage nmc, Optional<DatasetCoverage> milex, int y) {
        int nmcYear = Math.min(y, nmc.lastYear());
        Map<Integer, NationalCapabilities> capabilities = workbench.datasets().nmc(nmc.version(), nmcYear, nmcYear)
                .stream().collect(Collectors.toMap(NationalCapabilities::cowCode, Function.identity()));
        ResultTable table = new ResultTable("States in " + y + ": capabilities and military expenditure", "actor",
                "name", "cinc", "cinc_year", "milex_usd_m_2022", "milex_share_gdp", "milex_status");
        for (Actor state : states) {
            NationalCapabilities c = capabilities.get(state.cowCode());
            MilitaryExpenditure m = milex.map(r -> workbench.datasets().milex(r.version(), state.cowCode(), y, y))
                    .flatMap(list -> list.stream().filter(e -> e.constantStatus() == ValueStatus.VALUE).findFirst()
                            .or(() -> list.stream().findFirst())).orElse(null);
            table.add(state.id(), state.name(), c == null || c.publishedCinc().isEmpty() ? null
                    : c.publishedCinc().getAsDouble(), c == null ? null : nmcYear,
                    m == null || m.constantUsdMillions().isEmpty() ? null : m.constantUsdMillions().getAsDouble(),
                    m == null || m.shareOfGdp().isEmpty() ? null : m.shareOfGdp().getAsDouble(),
                    m == null ? (milex.isPresent() && milex.get().covers(y) ? "not-in-extract" : "not-covered")
                            : Labels.label(m.constantStatus()));
        }
        table.note("CINC: COW NMC v" + nmc.version() + " (covers " + nmc.firstYear() + "-" + nmc.lastYear()
                + "; the latest year up to " + y + " is shown). Military expenditure: SIPRI Military Expenditure"
                + " Database, release " + milex.map(DatasetCoverage::version).orElse("none") + ", constant 2022 US$ million.");
        return table;
    }

    private static ResultTable relations(Workbench workbench, int y) {
        ResultTable table = new ResultTable("Relations holding in " + y, "a", "b", "type", "sign", "strength", "since",
                "source", "evidence");
        List<Relation> holding = workbench.cases().relations(null).stream().filter(r -> r.period().overlapsYear(y))
                .sorted(Comparator.comparing((Relation r) -> r.sign()).thenComparing(Relation::strength,
                        Comparator.reverseOrder())).toList();
        for (Relation relation : holding) {
            var evidence = relation.evidence().get(0);
            table.add(relation.a(), relation.b(), Labels.label(relation.type()), relation.sign().value() > 0 ? "+" : "-",
                    relation.strength(), relation.period().from().toString(), evidence.sourceId(),
                    Evidences.words(evidence));
        }
        table.note("Curated relations of the case; strength is the curator's judgement (the case file says why).");
        return table;
    }

    private static ResultTable agreements(Workbench workbench, int y) {
        ResultTable table = new ResultTable("Agreements signed or announced by " + y + " and not lapsed", "date",
                "short", "agreement", "type", "parties", "stage");
        for (Agreement agreement : workbench.cases().agreements(null, null, y, y)) {
            String stage = Labels.label(agreement.stageOn(java.time.LocalDate.of(y, 12, 31)));
            table.add(agreement.firstDate().toString(), agreement.shortName(), agreement.name(),
                    agreement.type().label(), String.join(" ", agreement.parties()), stage);
        }
        table.note("Dates and their sources: counterweight agreements.");
        return table;
    }

    private static ResultTable arms(Workbench workbench, List<Actor> states, int y) {
        Optional<DatasetCoverage> release = workbench.datasets().latestArmsRelease();
        ResultTable table = new ResultTable("Main arms suppliers", "recipient", "window", "supplier", "tiv_m",
                "share_pct");
        if (release.isEmpty()) {
            return table.note("No SIPRI arms-transfer data loaded.");
        }
        int last = Math.min(y, release.get().lastYear());
        int first = last - 4;
        List<String> uncovered = new ArrayList<>();
        for (Actor state : states) {
            if (!workbench.datasets().coversRecipient(release.get().version(), state.cowCode())) {
                uncovered.add(state.id());
                continue;
            }
            PartnerShares shares = PartnerShares.of(workbench.datasets().transfers(release.get().version(),
                    state.cowCode(), true), Direction.IMPORTS, state.name(), t -> true, first, last);
            shares.partners().stream().limit(3).forEach(p -> table.add(state.id(), first + "-" + last, p.partner(),
                    p.tiv(), org.counterweight.app.Rounding.round(100 * p.share(), 2)));
        }
        table.note("Information from the SIPRI Arms Transfers Database, release " + release.get().version()
                + "; shares over the five-year window are Counterweight's calculations.");
        if (!uncovered.isEmpty()) {
            table.note("Not in the bundled SIPRI extract (imports unknown, not zero): " + String.join(", ", uncovered));
        }
        return table;
    }
}
