package org.counterweight.app.analysis;

import java.time.LocalDate;
import java.util.List;
import org.counterweight.app.EvidenceText;
import org.counterweight.app.Rounding;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.Relation;
import org.counterweight.report.Report;

/** The tables of an {@link OverviewResult}: states, relations, agreements and arms suppliers, each with its sources. */
public final class OverviewTables {
    /** Suppliers listed per state. */
    private static final int SUPPLIERS = 3;

    private OverviewTables() {
    }

    public static List<Report.Table> of(OverviewResult result) {
        return List.of(states(result), relations(result), agreements(result), arms(result));
    }

    public static Report.Table states(OverviewResult result) {
        int y = result.year();
        DatasetCoverage nmc = result.nmc();
        Report.Table.Builder table = Report.Table.builder("overview-states", "States in " + y + ": capabilities and"
                + " military expenditure", "actor", "name", "cinc", "cinc_year", "milex_usd_m_2022", "milex_share_gdp",
                "milex_status");
        for (OverviewResult.StatePower s : result.states()) {
            MilitaryExpenditure m = s.expenditure().orElse(null);
            table.row(s.state().id(), s.state().name(), s.cinc().present() ? s.cinc().value() : null, s.cincYear(),
                    m == null || m.constantUsdMillions().isEmpty() ? null : m.constantUsdMillions().getAsDouble(),
                    m == null || m.shareOfGdp().isEmpty() ? null : m.shareOfGdp().getAsDouble(),
                    s.milexStatus().label());
        }
        return table.note("CINC: COW NMC v" + nmc.version() + " (covers " + nmc.firstYear() + "-" + nmc.lastYear()
                + "; the latest year up to " + y + " is shown). Military expenditure: SIPRI Military Expenditure"
                + " Database, release " + result.milex().map(DatasetCoverage::version).orElse("none")
                + ", constant 2022 US$ million.").build(null);
    }

    public static Report.Table relations(OverviewResult result) {
        Report.Table.Builder table = Report.Table.builder("overview-relations", "Relations holding in "
                + result.year(), "a", "b", "type", "sign", "strength", "since", "source", "evidence");
        for (Relation relation : result.relations()) {
            Evidence evidence = relation.evidence().get(0);
            table.row(relation.a(), relation.b(), Labels.label(relation.type()), relation.sign().value() > 0 ? "+"
                    : "-", relation.strength(), relation.period().from().toString(), evidence.sourceId(),
                    EvidenceText.of(evidence));
        }
        return table.note("Curated relations of the case; strength is the curator's judgement (the case file says"
                + " why).").build(null);
    }

    public static Report.Table agreements(OverviewResult result) {
        Report.Table.Builder table = Report.Table.builder("overview-agreements", "Agreements signed or announced by "
                + result.year() + " and not lapsed", "date", "short", "agreement", "type", "parties", "stage");
        LocalDate end = LocalDate.of(result.year(), 12, 31);
        for (Agreement agreement : result.agreements()) {
            table.row(agreement.firstDate().toString(), agreement.shortName(), agreement.name(),
                    agreement.type().label(), String.join(" ", agreement.parties()),
                    Labels.label(agreement.stageOn(end)));
        }
        return table.note("Dates and their sources: the case's agreements. stage, on 31 December " + result.year()
                + ": announced; signed (not yet in force; a membership accession: applied or signed, not yet"
                + " admitted); in-force; lapsed.").build(null);
    }

    public static Report.Table arms(OverviewResult result) {
        Report.Table.Builder table = Report.Table.builder("overview-arms", "Main arms suppliers", "recipient",
                "window", "supplier", "tiv_m", "share_pct", "release");
        if (result.arms().isEmpty()) {
            return table.note("No SIPRI arms-transfer data loaded.").build(null);
        }
        OverviewResult.ArmsSuppliers arms = result.arms().get();
        for (OverviewResult.StateImports imports : arms.imports()) {
            String window = imports.shares().fromYear() + "-" + imports.shares().toYear();
            imports.shares().partners().stream().limit(SUPPLIERS).forEach(p -> table.row(imports.state().id(), window,
                    p.partner(), p.tiv(), Rounding.round(100 * p.share(), 2), ArmsTables.releaseLabel(p.releases())));
        }
        table.note("Information from the SIPRI Arms Transfers Database, each recipient-year from the newest release"
                + " loaded holding it: " + String.join("; ", arms.imports().stream().map(i -> i.state().id() + " "
                        + i.record().describe()).toList()) + ". Shares over the five-year window are Counterweight's"
                + " calculations.");
        if (!arms.uncovered().isEmpty()) {
            table.note("Not held by the SIPRI releases loaded (imports unknown, not zero): "
                    + String.join(", ", arms.uncovered()));
        }
        return table.build(null);
    }
}
