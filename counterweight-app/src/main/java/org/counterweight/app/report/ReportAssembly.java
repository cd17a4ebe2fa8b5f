package org.counterweight.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.EvidenceText;
import org.counterweight.app.Progress;
import org.counterweight.app.RunSettings;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.Rounding;
import org.counterweight.app.analysis.ArmsFocus;
import org.counterweight.app.analysis.ArmsService;
import org.counterweight.app.analysis.ArmsTables;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceResult;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.analysis.NetworkGraphs;
import org.counterweight.app.analysis.BalanceTables;
import org.counterweight.app.analysis.DependenceRequest;
import org.counterweight.app.analysis.DependenceResult;
import org.counterweight.app.analysis.DependenceTables;
import org.counterweight.app.analysis.LandscapeRequest;
import org.counterweight.app.analysis.LandscapeResult;
import org.counterweight.app.analysis.LandscapeService;
import org.counterweight.app.analysis.LandscapeTables;
import org.counterweight.app.analysis.PowerRequest;
import org.counterweight.app.analysis.PowerResult;
import org.counterweight.app.analysis.PowerService;
import org.counterweight.app.analysis.PowerTables;
import org.counterweight.app.analysis.SimilarityRequest;
import org.counterweight.app.analysis.SimilarityResult;
import org.counterweight.app.analysis.SimilarityService;
import org.counterweight.app.bargaining.BargainingRequest;
import org.counterweight.app.bargaining.BargainingResult;
import org.counterweight.app.bargaining.BargainingService;
import org.counterweight.app.bargaining.BargainingTables;
import org.counterweight.app.datasets.CoverageRequest;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.events.EventDyadRequest;
import org.counterweight.app.events.EventDyadResult;
import org.counterweight.app.events.EventsService;
import org.counterweight.app.datasets.SourcesResult;
import org.counterweight.app.scenario.ScenarioAlignment;
import org.counterweight.app.scenario.ScenarioDigest;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.app.scenario.ScenarioTables;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.bargaining.Variant;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventCounting;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.landscape.LocalMinimum;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.Event;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.core.network.SignRules;
import org.counterweight.core.network.EventTieRule;
import org.counterweight.core.network.TieRules;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.scenario.Verdict;
import org.counterweight.core.similarity.SignorinoRitterS;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.report.Report;
import org.counterweight.report.chart.FanChart;
import org.counterweight.report.chart.LineChart;
import org.counterweight.report.chart.NetworkChart;
import org.counterweight.report.chart.StackedBars;
import org.counterweight.report.chart.Timeline;
import org.counterweight.report.export.SignedGraph;
import org.counterweight.store.CaseQueries;
import org.counterweight.store.events.FileCoverage;

/** One report being put together: the sections in order, the tables they hold, the year's network. */
final class ReportAssembly {
    /** The dyads whose alignment similarity the report follows. */
    private static final List<String[]> DYADS = List.of(new String[] {"USA", "IND"}, new String[] {"USA", "PAK"},
            new String[] {"CHN", "PAK"}, new String[] {"RUS", "IND"}, new String[] {"RUS", "PAK"});
    /** The pairs whose capability ratios the report follows. */
    private static final List<String[]> RATIO_PAIRS = List.of(new String[] {"IND", "PAK"}, new String[] {"CHN", "IND"});
    /** The states whose military expenditure the report charts. */
    private static final List<String> SPENDERS = List.of("USA", "CHN", "RUS", "IND", "PAK");
    /** The recipients whose arms dependence the report charts. */
    private static final List<String> RECIPIENTS = List.of("PAK", "IND");
    /** The dyads whose cooperation-conflict trajectories the report follows from event data. */
    private static final List<String[]> EVENT_DYADS = List.of(new String[] {"IND", "USA"},
            new String[] {"PAK", "USA"}, new String[] {"PAK", "CHN"}, new String[] {"PAK", "RUS"},
            new String[] {"IND", "PAK"}, new String[] {"IND", "CHN"}, new String[] {"IND", "RUS"});
    /** The Goldstein (1992) scale, which the event charts always show whole. */
    private static final LineChart.Scale GOLDSTEIN_SCALE = new LineChart.Scale(-10, 10);
    /** The first year of the report's series. */
    private static final int FIRST = ReportRequest.FIRST_YEAR;
    /** The last year of the arms windows (the bundled SIPRI transfers release runs to 2021). */
    private static final int ARMS_LAST = 2019;
    /** The last year of UN votes (Voeten's roll calls run to January 2020). */
    private static final int UNGA_LAST = 2019;
    /**
     * The treaties behind the neutrality and non-aggression ties among the case's states, with the
     * entry years ATOP records (ATOP v4.01 member-level file, atopids 3755 and 3740, columns yrent, moent,
     * dayent: data/datasets/alliances/atop4.01_member_level.csv).
     */
    private static final String TAC = "the Treaty of Amity and Cooperation in Southeast Asia (ATOP 3755, 1976), which"
            + " ATOP codes as a non-aggression pact among all its parties: China and India acceded in 2003, Japan,"
            + " Pakistan and Russia in 2004, Australia in 2005, the United States in 2009 and the United Kingdom in"
            + " 2012 (ATOP v4.01 member-level data, atopid 3755, entry years). Pairs among the United Kingdom, the"
            + " United States, Russia and Ukraine also share ATOP 3740 (entered 1 August 1975, the date of the"
            + " Helsinki Final Act; Ukraine 1992), coded as non-aggression too. ATOP's data end in 2018 and later"
            + " years carry the obligations in force then. The table below gives both readings.";

    private final Workbench workbench;
    private final Progress progress;
    private final CaseId caseId;
    private final int year;
    private final int runs;
    private final long seed;
    private final RunSettings settings;
    private final List<Report.Table> tables = new ArrayList<>();
    private final List<Report.KeyNumber> keys = new ArrayList<>();
    private SignedGraph graph;
    /** The year's balance, for the network section and the landscape's comparison. */
    private BalanceResult.NetworkBalance observed;
    /** ATOP's last year, the end of the alliance-similarity series. */
    private int atopLast;

    ReportAssembly(Workbench workbench, ReportRequest request, Progress progress) {
        this.workbench = workbench;
        this.progress = progress;
        this.caseId = request.caseId();
        this.year = request.year();
        this.runs = request.runCount();
        this.seed = request.seed();
        this.settings = new RunSettings(runs, seed, request.runs().threads());
    }

    ReportDocument assemble() {
        List<Report.Section> sections = new ArrayList<>();
        try (UnitOfWork work = workbench.begin()) {
            int nmcLast = work.releases().nmc().lastYear();
            atopLast = work.releases().atop().orElseThrow(() -> new IllegalStateException("no ATOP data is loaded"))
                    .lastYear();
            DatasetCoverage milex = work.releases().milexRequired("year");
            int last = Math.max(year, milex.lastYear());
            progress.stage("the case's states, ties and capabilities, " + FIRST + "-" + last, 0, null);
            CaseSnapshot snapshot = work.snapshot(caseId, FIRST, last);
            progress.stage("network: ties and balance in " + year, 0, null);
            sections.add(network(snapshot));
            progress.stage("timeline of agreements and events", 0, null);
            sections.add(timeline(work, snapshot));
            progress.stage("power: capability and expenditure ratios", 0, null);
            sections.add(power(snapshot, Math.min(year, nmcLast), nmcLast, milex));
        }
        progress.stage("arms imports by supplier", 0, null);
        sections.add(arms());
        progress.stage("similarity of alliances and UN votes", 0, null);
        sections.add(similarity());
        progress.stage("event data: cooperation and conflict of the case's dyads", 0, null);
        sections.add(events());
        progress.stage("structural balance, " + (year - 10) + "-" + year, 0, null);
        sections.add(balance());
        progress.stage("alignment landscape", 0, null);
        sections.add(landscape());
        sections.add(scenarios());
        progress.stage("bargaining forecasts", 0, null);
        sections.add(bargaining());
        progress.stage("evidence: claims and quotes", 0, null);
        sections.add(evidence());
        progress.stage("data appendix: sources", 0, null);
        sections.add(data());
        progress.finished();
        place(headlines(), "headline-numbers", "counterweight report --year " + year);
        Report report = new Report("Counterweight: the " + caseId + " case in " + year, "The Indo-US partnership,"
                + " Pakistan's security dilemma, China and Russia: the knowledge base, the measures and the models,"
                + " every number with its source. Generated by counterweight report.", keys, sections);
        return new ReportDocument(report, tables, graph);
    }

    /** The headline numbers, each with the command and the cell of its output it repeats. */
    private Report.Table headlines() {
        Report.Table.Builder table = Report.Table.builder("headline-numbers", "Headline numbers and the commands"
                + " that print them", "label", "value", "command", "table", "row", "column", "note");
        for (Report.KeyNumber key : keys) {
            table.row(key.label(), key.value(), key.source(), key.cell().table(), key.cell().row().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; ")),
                    key.cell().column(), key.note());
        }
        return table.note("Run a command with --format json: its table `table`, the row whose cells match `row`,"
                + " the column `column` holds the value (the card rounds it).").build(null);
    }

    /** Adds a table under {@code id} with the command that reproduces it as its source. */
    private Report.Table place(Report.Table table, String id, String source) {
        Report.Table placed = table.with(id, table.title() == null ? id : table.title(), source);
        tables.add(placed);
        return placed;
    }

    private Report.Section network(CaseSnapshot snapshot) {
        BalanceResult balance = new BalanceService(workbench).balance(new BalanceRequest(caseId, YearRange.year(year),
                null, null, false));
        observed = balance.network(String.valueOf(year));
        FrustrationIndex.Result frustration = observed.frustration();
        SignRules.Result resolved = balance.ties().orElseThrow().resolved();
        List<NetworkChart.Node> nodes = new ArrayList<>();
        Basis sizes = null;
        for (Actor state : snapshot.statesIn(year)) {
            int bloc = frustration.blocA().contains(state.id()) ? 0 : 1;
            BasedValue cinc = snapshot.cinc(state, year);
            if (cinc.present()) {
                sizes = cinc.basis();
            }
            nodes.add(new NetworkChart.Node(state.id(), state.name(), cinc.present() ? cinc.value() : 0.001, bloc));
        }
        List<NetworkChart.Edge> edges = new ArrayList<>();
        Report.Table.Builder ties = Report.Table.builder("network-ties", "Ties in " + year
                + " and the evidence behind them", "a", "b", "sign", "weight", "basis", "evidence", "overruled");
        for (SignRules.Tie tie : resolved.ties()) {
            String evidence = String.join("; ", tie.reasons());
            edges.add(new NetworkChart.Edge(tie.a(), tie.b(), tie.sign().value(), tie.weight(), evidence,
                    tie.carried() ? NetworkChart.TieBasis.CARRIED : tie.basis().kind() == Basis.Kind.EVENT_BASED
                            ? NetworkChart.TieBasis.EVENT_BASED : NetworkChart.TieBasis.OWN_TIME));
            ties.row(tie.a(), tie.b(), tie.sign().value() > 0 ? "+" : "-", tie.weight(), tie.basis().label(),
                    evidence, String.join("; ", tie.overruled()));
        }
        List<String> coverage = balance.coverage().getOrDefault(String.valueOf(year), List.of());
        coverage.forEach(c -> ties.note(c + "."));
        graph = NetworkGraphs.of(snapshot.statesIn(year), state -> snapshot.cinc(state, year), frustration, resolved);
        String command = "counterweight balance --year " + year;
        keys.add(new Report.KeyNumber("frustration index of the " + year + " network (ties to remove for balance)",
                String.valueOf(Math.round(frustration.frustration())), command, balance.coverage().containsKey(
                        String.valueOf(year)) ? "Includes ties carried past their datasets' ends (see the network"
                                + " section)." : null, new Report.Cell("balance-summary", Map.of("network",
                                        String.valueOf(year)), "frustration_index")));
        String sizeNote = sizes != null && sizes.kind() == Basis.Kind.CARRIED_FORWARD ? " Node sizes: CINC of "
                + sizes.fromYear() + ", NMC's last year, carried forward to " + year + "." : "";
        return new Report.Section("network", "The alignment network in " + year, "States of the case as nodes (size:"
                + " CINC), ties positive (alignment) or negative (hostility) from ATOP, strategic rivalries"
                + " (Thompson, Sakuwa & Suhas 2021), the curated relations and agreements, and, after those datasets"
                + " end, imported GDELT or ICEWS events (event-based; none when no event data were imported); hover"
                + " a tie for its evidence. Node colours: the two blocs of the optimal partition (structural balance).", List.of(
                        new Report.Figure(new NetworkChart("Signed network of the case's states, " + year, nodes, edges),
                                "Solid: positive ties; dashed: negative; width: weight; faded: carried past its"
                                        + " dataset's end; hollow: event-based (from imported GDELT or ICEWS events"
                                        + " alone, after the datasets end). Exported as network.graphml and"
                                        + " network.gexf (Gephi, yEd)."
                                        + sizeNote + coverage.stream().map(c -> " " + c + ".").collect(
                                                java.util.stream.Collectors.joining()), TieRules.SUMMARY + " "
                                                        + EventTieRule.SUMMARY),
                        new Report.Paragraph(blocsUnderCommitments(frustration)),
                        place(ties.build(null), "network-ties", command)));
    }

    /**
     * The blocs drawn, said to rest on the default obligation scope, beside the year's optimal partition
     * when only commitments are ties: the first screen's legend must not read as the case's alignment
     * without its assumption.
     */
    private String blocsUnderCommitments(FrustrationIndex.Result drawn) {
        FrustrationIndex.Result commitments = new BalanceService(workbench).balance(new BalanceRequest(caseId,
                YearRange.year(year), null, null, false, Carry.FORWARD, ObligationScope.COMMITMENTS))
                .network(String.valueOf(year)).frustration();
        return "The blocs drawn (" + blocs(drawn) + ", frustration index " + Math.round(drawn.frustration())
                + ") count every ATOP obligation as a tie, neutrality and non-aggression pacts included (the default"
                + " scope). Counting only commitments (defence, offence and consultation), " + year + "'s optimal"
                + " partition is " + blocs(commitments) + ", frustration index " + Math.round(commitments.frustration())
                + " (counterweight balance --year " + year + " --obligations commitments; the Structural balance"
                + " section says why the scopes differ).";
    }

    private Report.Section timeline(UnitOfWork work, CaseSnapshot snapshot) {
        List<Timeline.Mark> marks = new ArrayList<>();
        Report.Table.Builder agreements = Report.Table.builder("agreements", "Agreements", "date", "agreement", "type",
                "parties", "signed", "source", "evidence");
        for (Agreement agreement : snapshot.agreements()) {
            Evidence evidence = agreement.evidence().get(agreement.evidence().size() - 1);
            marks.add(new Timeline.Mark(agreement.firstDate().toString(), agreement.shortName() != null
                    ? agreement.shortName() : agreement.name(), agreement.type().label(), agreement.name() + " ("
                            + String.join(", ", agreement.parties()) + "); source: " + evidence.sourceId()));
            agreements.row(agreement.firstDate().toString(), agreement.name(), agreement.type().label(),
                    String.join(" ", agreement.parties()), agreement.signed() == null ? "announced only"
                            : agreement.signed().toString(), evidence.sourceId(), EvidenceText.of(evidence));
        }
        Report.Table.Builder events = Report.Table.builder("events", "Events (CAMEO, Goldstein)", "date",
                "source_actor", "target_actor", "cameo", "goldstein", "description", "source");
        List<Event> caseEvents = work.cases().events(caseId.value());
        marks.addAll(eventMarks(caseEvents));
        for (Event event : caseEvents) {
            events.row(event.date().toString(), event.source(), event.target(), event.cameoCode(), event.goldstein(),
                    event.description(), event.evidence().isEmpty() ? null : event.evidence().get(0).sourceId());
        }
        return new Report.Section("timeline", "Timeline of agreements and events", "Every dated agreement and event of"
                + " the case, with the source its date was taken from.", List.of(
                        new Report.Figure(new Timeline("Agreements and events", marks), "Hover a mark for the"
                                + " agreement or event and its source.", "the " + caseId + " case file (curated; dates"
                                        + " sourced entry by entry)"),
                        place(agreements.build(null), "agreements", "counterweight agreements"),
                        place(events.build(null), "events", "counterweight events")));
    }

    /**
     * The timeline's marks of events: one per date and label, so that one occasion coded as several
     * dyadic events (the first Quad leaders' summit: the US with India, Japan and Australia) is one mark,
     * its hover text every description and coding.
     */
    static List<Timeline.Mark> eventMarks(List<Event> events) {
        Map<List<String>, Timeline.Mark> marks = new LinkedHashMap<>();
        for (Event event : events) {
            String coded = event.source() + " -> " + event.target() + ", CAMEO " + event.cameoCode() + " (Goldstein "
                    + event.goldstein() + ")";
            String label = event.description() == null ? event.cameoCode() : eventLabel(event.description());
            String detail = event.description() == null ? coded : event.description() + "\n" + coded;
            marks.merge(List.of(event.date().toString(), label), new Timeline.Mark(event.date().toString(), label,
                    "event", detail), (first, next) -> new Timeline.Mark(first.date(), label, "event", first.detail()
                            + "\n\n" + next.detail()));
        }
        return List.copyOf(marks.values());
    }

    /**
     * An event's label on the timeline: its description's first clause, whole (up to the first ':', ';',
     * ',', '(' or '.' followed by a space, outside parentheses and after at least 12 characters), so
     * "Pulwama attack: a suicide car bomb ..." reads "Pulwama attack"; the whole description is the mark's
     * hover text and the events table's.
     */
    static String eventLabel(String description) {
        int depth = 0;
        for (int i = 0; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && i >= 12 && (c == '(' || (":;,.".indexOf(c) >= 0
                    && i + 1 < description.length() && description.charAt(i + 1) == ' '))) {
                return description.substring(0, i).strip();
            } else if (c == '(') {
                depth++;
            }
        }
        return description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
    }

    private Report.Section power(CaseSnapshot snapshot, int last, int nmcLast, DatasetCoverage milex) {
        PowerService power = new PowerService(workbench);
        List<LineChart.Series> ratios = new ArrayList<>();
        String nmc = null;
        for (String[] pair : RATIO_PAIRS) {
            PowerResult result = power.power(new PowerRequest(caseId, List.of(List.of(pair[0]), List.of(pair[1])),
                    YearRange.of(FIRST, last), PowerRequest.Measure.CINC, PowerRequest.Partners.OBLIGATIONS, List.of(),
                    Carry.FORWARD));
            nmc = result.source().version();
            double[] x = new double[result.years().size()];
            double[] raw = new double[x.length];
            double[] effective = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                PowerResult.YearPower y = result.years().get(i);
                PowerResult.Ratio ratio = y.ratios().get(0);
                x[i] = y.year();
                raw[i] = ratio.ratio() == null ? Double.NaN : ratio.ratio();
                effective[i] = ratio.effectiveRatio() == null ? Double.NaN : ratio.effectiveRatio();
            }
            if (Arrays.equals(raw, effective)) { // one line, not one hidden under the other
                ratios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " CINC, the same with partners", x, raw));
            } else {
                ratios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " CINC", x, raw));
                ratios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " with partners", x, effective));
            }
            if (pair[0].equals("IND")) {
                String command = "counterweight power --actors IND,PAK --from " + FIRST + " --to " + last;
                PowerResult.Ratio lastRatio = result.year(last).ratios().get(0);
                Map<String, String> row = Map.of("year", String.valueOf(last), "a", "IND", "b", "PAK");
                keys.add(new Report.KeyNumber("India : Pakistan CINC ratio, " + last, String.format(Locale.ROOT,
                        "%.1f", lastRatio.ratio()), command, "Own capability (COW NMC " + nmc + ").",
                        new Report.Cell("power-asymmetry", row, "ratio")));
                keys.add(new Report.KeyNumber("India : Pakistan with partners, " + last, twoDecimals(
                        lastRatio.effectiveRatio()), command, withPartners(result, lastRatio), new Report.Cell(
                                "power-asymmetry", row, "effective_ratio")));
                place(PowerTables.asymmetry(result), "power-ind-pak", command);
                place(PowerTables.methods(result), "power-methods-ind-pak", command);
            }
        }
        double[] years = new double[milex.lastYear() - FIRST + 1];
        for (int i = 0; i < years.length; i++) {
            years[i] = FIRST + i;
        }
        Map<String, double[]> spending = new LinkedHashMap<>();
        for (String id : SPENDERS) {
            Actor actor = snapshot.actor(id).orElseThrow();
            double[] bn = new double[years.length];
            for (int i = 0; i < bn.length; i++) {
                bn[i] = snapshot.milexValue(actor, FIRST + i).map(MilitaryExpenditure::constantUsdMillions)
                        .map(m -> m.getAsDouble() / 1000).orElse(Double.NaN);
            }
            spending.put(id, bn);
        }
        List<LineChart.Series> milexSeries = new ArrayList<>();
        spending.forEach((id, bn) -> milexSeries.add(new LineChart.Series(id, years, bn)));
        List<LineChart.Series> milexRatios = new ArrayList<>();
        for (String[] pair : RATIO_PAIRS) {
            double[] a = spending.get(pair[0]);
            double[] b = spending.get(pair[1]);
            double[] ratio = new double[years.length];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = b[i] > 0 ? a[i] / b[i] : Double.NaN;
            }
            milexRatios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " military expenditure", years, ratio));
        }
        String sipri = "SIPRI Military Expenditure Database, release " + milex.version();
        List<LineChart.Mark> milexEnd = List.of(new LineChart.Mark(milex.lastYear(), "SIPRI " + milex.version()
                + " ends (" + milex.lastYear() + ")"));
        return new Report.Section("power", "Power", "CINC ratios for India:Pakistan and China:India, own and with"
                + " partners' alignment-weighted capabilities (effective capability: own + sum of w x partner's), and"
                + " military expenditure.", List.of(
                        new Report.Figure(new LineChart("Capability ratios, " + FIRST + "-" + last, "year",
                                "ratio of CINC", ratios, List.of(new LineChart.Mark(nmcLast, "COW NMC ends ("
                                        + nmcLast + ")"))), "Ratios above 1 favour the first state. With partners: each"
                                        + " side's effective capability, weighted by "
                                        + PowerRequest.Partners.OBLIGATIONS.describe() + ". " + PowerTables.rangeNote(),
                                "COW NMC v" + nmc + "; counterweight power"),
                        new Report.Figure(new LineChart("Military expenditure, " + FIRST + "-" + milex.lastYear(),
                                "year", "US$ bn (constant 2022)", milexSeries, milexEnd), "Gaps are years SIPRI does not"
                                        + " report,"
                                        + " not zeros. RUS starts in 1992: SIPRI's figures under COW code 365 before"
                                        + " are the Soviet Union's.", sipri),
                        new Report.Figure(new LineChart("Military expenditure ratios, " + FIRST + "-"
                                + milex.lastYear(), "year", "ratio of constant-US$ expenditure", milexRatios,
                                milexEnd),
                                "Above 1 the first state spends more.", sipri
                                        + "; counterweight power --measure milex")));
    }

    /**
     * The with-partners card's note: the main weighting with its source and the range over every
     * weighting, each number as the power command prints it (to two decimals): "Weights: ATOP
     * defence/offence treaties honoured at 0.745 ..., Leeds, Long &amp; Mitchell (2000); range 5.24-5.43 over
     * 5 weightings (docs/models/effective-capability.md)."
     */
    static String withPartners(PowerResult result, PowerResult.Ratio ratio) {
        return "Weights: " + result.partners().cite() + "; range " + twoDecimals(ratio.low()) + "-"
                + twoDecimals(ratio.high()) + " over " + ratio.methods().size() + " weightings"
                + " (docs/models/effective-capability.md).";
    }

    private static String twoDecimals(Double value) {
        return value == null ? "not covered" : String.format(Locale.ROOT, "%.2f", value);
    }

    private Report.Section arms() {
        List<Report.Block> blocks = new ArrayList<>();
        ArmsService arms = new ArmsService(workbench);
        for (String recipient : RECIPIENTS) {
            DependenceResult result = arms.dependence(new DependenceRequest(caseId,
                    ArmsFocus.recipient(recipient, null), YearRange.of(FIRST, ARMS_LAST), 5, 5, 4));
            List<ArmsDependence.Window> windows = result.dependence().windows();
            List<String> categories = windows.stream().map(DependenceTables::label).toList();
            Map<String, double[]> segments = new LinkedHashMap<>();
            for (int c = 0; c < windows.size(); c++) {
                List<PartnerShares.PartnerShare> partners = windows.get(c).shares().partners();
                for (int rank = 0; rank < Math.min(result.top(), partners.size()); rank++) {
                    Double share = DependenceTables.sharePct(partners.get(rank));
                    if (share != null) {
                        segments.computeIfAbsent(partners.get(rank).partner(), p -> new double[windows.size()])[c] =
                                share;
                    }
                }
            }
            double[] other = new double[categories.size()];
            for (int c = 0; c < other.length; c++) {
                double listed = 0;
                for (double[] v : segments.values()) {
                    listed += v[c];
                }
                other[c] = Math.max(0, 100 - listed);
            }
            List<StackedBars.Segment> list = new ArrayList<>();
            segments.forEach((name, values) -> list.add(new StackedBars.Segment(name, values)));
            list.add(new StackedBars.Segment("others", other));
            String command = "counterweight dependence --recipient " + recipient + " --from " + FIRST + " --to "
                    + ARMS_LAST;
            blocks.add(new Report.Figure(new StackedBars("Arms imports of " + result.actor().name()
                    + " by supplier, 5-year windows", "share of TIV (%)", categories, list), "The four largest"
                            + " suppliers of each window and the rest.", ArmsTables.releaseLabel(result.record().releases())
                                    + " (" + result.record().subject() + ": " + result.record().describe() + "); "
                                    + command));
            blocks.add(place(DependenceTables.windows(result), "arms-" + recipient.toLowerCase(Locale.ROOT), command));
            if (recipient.equals("PAK")) {
                windows.stream().filter(w -> DependenceTables.label(w).equals("2015-2019")
                        && !w.shares().partners().isEmpty()).findFirst().map(w -> w.shares().partners().get(0))
                        .ifPresent(largest -> keys.add(new Report.KeyNumber("Pakistan's arms imports from "
                                + largest.partner() + ", 2015-2019", DependenceTables.sharePct(largest) + "%", command,
                                ArmsTables.releaseLabel(result.record().within(2015, 2019).releases()) + "; Gillani"
                                        + " cites SIPRI's 2020 fact sheet: Russia 6.6%.", new Report.Cell(
                                                "dependence-windows", Map.of("window", "2015-2019", "rank", "1"),
                                                "share_pct"))));
            }
        }
        return new Report.Section("arms", "Arms dependence", "Supplier shares of Pakistan's and India's arms imports"
                + " by five-year window (SIPRI's convention), with their concentration.", blocks);
    }

    /**
     * The case's dyads' cooperation and conflict by month from whatever event data are imported: the
     * mean Goldstein value of each direction's events in every covered month (one chart per dyad with
     * events), a table of the covered months (as given and one a day, mention-weighted where GDELT gives
     * mentions), and plainly what the imported files cover; "no event data loaded" when none is.
     */
    private Report.Section events() {
        String title = "Cooperation and conflict from event data";
        List<FileCoverage> files = new DatasetsService(workbench).coverage(new CoverageRequest(caseId)).eventFiles();
        List<Report.Block> blocks = new ArrayList<>();
        if (files.stream().allMatch(f -> f.coveredMonths().isEmpty())) {
            blocks.add(new Report.Paragraph("No event data loaded: no imported GDELT or ICEWS event file covers any"
                    + " month (import gdelt FILE, import icews FILE; docs/event-data.md), so no trajectory of "
                    + EVENT_DYADS.stream().map(d -> d[0] + "-" + d[1]).collect(java.util.stream.Collectors.joining(
                            ", ")) + " is shown: nothing is drawn or counted as 0."));
            return new Report.Section("events", title, "Monthly cooperation and conflict between the case's states"
                    + " from imported event data.", blocks);
        }
        java.util.TreeSet<java.time.YearMonth> covered = new java.util.TreeSet<>();
        files.forEach(f -> covered.addAll(f.coveredMonths()));
        int first = covered.first().getYear();
        int last = covered.last().getYear();
        long events = files.stream().mapToLong(FileCoverage::events).sum();
        java.time.LocalDate lastDay = files.stream().map(FileCoverage::lastDate).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        int months = (int) (covered.first().until(covered.last(), java.time.temporal.ChronoUnit.MONTHS) + 1);
        blocks.add(new Report.Paragraph(String.format(Locale.ROOT, "What is loaded: %d event file%s, %,d events,"
                + " covering %d of the %d months from %s to %s (%s); the last event is dated %s. A covered month need"
                + " not be complete: a GDELT daily file reports one day. %s", files.size(), files.size() == 1 ? "" : "s",
                events, covered.size(), months, covered.first(), covered.last(), files.stream().map(f -> f.file() + ": "
                        + String.format(Locale.ROOT, "%,d", f.events()) + " events dated " + f.firstDate() + " to "
                        + f.lastDate()).collect(java.util.stream.Collectors.joining("; ")), lastDay,
                covered.size() * 3 < months ? "That is far too little for a trajectory: the points below are isolated"
                        + " months, not a trend, and every month between them is not covered (a gap, never 0)."
                        : "Months between covered ones are gaps, never 0.")));
        EventsService service = new EventsService(workbench);
        Report.Table.Builder table = Report.Table.builder("event-trajectories", "The case's dyads by covered month"
                + " (event data)", "source", "target", "month", "events", "one_a_day_events", "cooperation",
                "conflict", "goldstein_mean", "one_a_day_goldstein_mean", "mention_weighted_goldstein_mean",
                "mention_basis");
        List<String> quiet = new ArrayList<>();
        for (String[] dyad : EVENT_DYADS) {
            EventDyadResult result = service.dyad(new EventDyadRequest(caseId, dyad[0], dyad[1], YearRange.of(first,
                    last), EventPeriod.MONTH, EventCounting.AS_GIVEN));
            Map<String, double[]> means = new LinkedHashMap<>();
            double[] x = new double[(last - first + 1) * 12];
            for (int i = 0; i < x.length; i++) {
                x[i] = first + i / 12 + (i % 12) / 12.0;
            }
            boolean any = false;
            for (EventDyadResult.Row row : result.rows()) {
                double[] y = means.computeIfAbsent(row.source() + " to " + row.target(), k -> {
                    double[] nan = new double[x.length];
                    Arrays.fill(nan, Double.NaN);
                    return nan;
                });
                DyadTally t = row.tally();
                if (t == null) {
                    continue;
                }
                java.time.YearMonth month = java.time.YearMonth.parse(row.period());
                Double mean = t.goldsteinMean();
                y[(month.getYear() - first) * 12 + month.getMonthValue() - 1] = mean == null ? Double.NaN : mean;
                any |= t.events() > 0;
                DyadTally one = row.oneADay();
                table.row(row.source(), row.target(), row.period(), t.events(), one.events(), t.cooperation(),
                        t.conflict(), mean == null ? null : Rounding.round(mean, 3), one.goldsteinMean() == null ? null
                                : Rounding.round(one.goldsteinMean(), 3), t.mentionWeightedGoldsteinMean() == null
                                        ? null : Rounding.round(t.mentionWeightedGoldsteinMean(), 3),
                        t.mentionBasis());
            }
            if (!any) {
                quiet.add(dyad[0] + "-" + dyad[1]);
                continue;
            }
            List<LineChart.Series> series = new ArrayList<>();
            means.forEach((name, y) -> series.add(new LineChart.Series(name, x, y)));
            blocks.add(new Report.Figure(new LineChart(dyad[0] + "-" + dyad[1] + ": mean Goldstein by month, "
                    + first + "-" + last, "year", "mean Goldstein (-10 to +10)", series, List.of(new LineChart.Mark(
                            first, "data from " + covered.first()), new LineChart.Mark(lastDay.getYear()
                                    + (lastDay.getMonthValue() - 1) / 12.0, "data to " + java.time.YearMonth.from(
                                            lastDay))), GOLDSTEIN_SCALE), "Each point: the mean Goldstein"
                                            + " (1992) value of one direction's events in a covered month (above 0"
                                            + " cooperation, below conflict), as the dataset gives them; one-a-day"
                                            + " and mention-weighted means in the table. Gaps are months no imported"
                                            + " file covers or without events, never 0.",
                    "imported event files; counterweight events-dyad --a " + dyad[0] + " --b " + dyad[1]
                            + " --by month"));
        }
        if (!quiet.isEmpty()) {
            blocks.add(new Report.Paragraph("No events in the covered months for " + String.join(", ", quiet)
                    + " (either direction): 0 events there, and not covered elsewhere; no chart is drawn."));
        }
        table.note("Covered months only (" + covered.stream().map(Object::toString).collect(
                java.util.stream.Collectors.joining(", ")) + "); every other month is not covered. Cooperation:"
                + " QuadClass 1-2, conflict: 3-4 (CAMEO, Schrodt 2012). One a day: one event per source, target,"
                + " CAMEO code and day. Mention-weighted: by GDELT's NumMentions; ICEWS gives none (not covered).");
        table.note("Each row's events, with their files, lines and SOURCEURLs: counterweight events-dyad --a SOURCE"
                + " --b TARGET --by month --list MONTH.");
        blocks.add(place(table.build(null), "event-trajectories", "counterweight events-dyad --a IND --b USA --by"
                + " month (and likewise for each dyad)"));
        return new Report.Section("events", title, "Monthly cooperation and conflict between the case's states"
                + " (" + EVENT_DYADS.stream().map(d -> d[0] + "-" + d[1]).collect(java.util.stream.Collectors.joining(
                        ", ")) + ") from the imported GDELT and ICEWS events: the articles' claims are trajectories,"
                + " and this is how far the loaded event data can check them.", blocks);
    }

    private Report.Section similarity() {
        SimilarityService service = new SimilarityService(workbench);
        List<SimilarityRequest.Dyad> dyads = DYADS.stream().map(d -> new SimilarityRequest.Dyad(d[0], d[1])).toList();
        SimilarityResult.DyadYears alliances = (SimilarityResult.DyadYears) service.similarity(new SimilarityRequest(
                caseId, SimilarityRequest.Source.ATOP, dyads, YearRange.of(FIRST, year), null, Carry.FORWARD));
        SimilarityResult.DyadYears votes = (SimilarityResult.DyadYears) service.similarity(new SimilarityRequest(
                caseId, SimilarityRequest.Source.UNGA, dyads, YearRange.of(FIRST, UNGA_LAST), null, Carry.FORWARD));
        Map<String, double[]> atop = new LinkedHashMap<>();
        Map<String, double[]> unga = new LinkedHashMap<>();
        for (String[] dyad : DYADS) {
            atop.put(dyad[0] + "-" + dyad[1], series(alliances, dyad, "s_unweighted"));
            unga.put(dyad[0] + "-" + dyad[1], series(votes, dyad, SignorinoRitterS.unweighted(3).name()));
        }
        List<LineChart.Mark> atopEnd = List.of(new LineChart.Mark(atopLast, "ATOP ends (" + atopLast + ")"));
        List<LineChart.Mark> ungaEnd = List.of(new LineChart.Mark(UNGA_LAST, "UN roll calls end (Jan "
                + (UNGA_LAST + 1) + ")"));
        String carried = year > atopLast ? " After " + atopLast + " (dashed): ATOP's " + atopLast + " commitments"
                + " carried forward until the knowledge base records their end (the obligation-ends dataset:"
                + " `counterweight sources`)." : "";
        return new Report.Section("similarity", "Alignment similarity", "How alike the dyads' alliance portfolios and"
                + " UN votes are, year by year.", List.of(
                        new Report.Figure(new LineChart("Alliance portfolios (ATOP): Signorino-Ritter S, " + FIRST + "-"
                                + year, "year", "S (-1 to 1)", lines(atop, atopLast), atopEnd), "S over each year's COW"
                                        + " system members, 0-3 alliance scale. S is inflated where most pairs share no"
                                        + " alliance (Hage 2011): kappa and pi are in `similarity`." + carried,
                                "ATOP " + alliances.atop() + "; counterweight similarity --a A --b B --from " + FIRST
                                        + " --to " + year),
                        new Report.Figure(new LineChart("UN General Assembly votes: Signorino-Ritter S, " + FIRST + "-"
                                + UNGA_LAST, "year", "S (-1 to 1)", lines(unga, Double.NaN), ungaEnd),
                                "S over the year's roll calls both voted in (yes/abstain/no); not covered below "
                                        + UnAgreement.MIN_JOINT_VOTES + " joint votes. No votes after "
                                        + UNGA_LAST + " are loaded.",
                                "Voeten UNGA votes; counterweight similarity --source unga")));
    }

    /** One measure of one dyad's years as a series from {@link #FIRST} to the report's year: NaN where absent. */
    private double[] series(SimilarityResult.DyadYears result, String[] dyad, String measure) {
        int column = result.measures().indexOf(measure);
        double[] values = new double[year - FIRST + 1];
        Arrays.fill(values, Double.NaN);
        for (SimilarityResult.DyadYear row : result.dyads()) {
            Double value = row.values().get(column);
            boolean ofDyad = row.a().equals(dyad[0]) && row.b().equals(dyad[1])
                    || row.a().equals(dyad[1]) && row.b().equals(dyad[0]);
            if (ofDyad && value != null) {
                values[row.year() - FIRST] = value;
            }
        }
        return values;
    }

    /** Lines from {@link #FIRST}, dashed after {@code dashedFrom} (NaN: solid). */
    private static List<LineChart.Series> lines(Map<String, double[]> values, double dashedFrom) {
        List<LineChart.Series> series = new ArrayList<>();
        values.forEach((name, y) -> {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = FIRST + i;
            }
            series.add(new LineChart.Series(name, x, y, dashedFrom));
        });
        return series;
    }

    private Report.Section balance() {
        YearRange years = YearRange.of(year - 10, year);
        BalanceResult result = new BalanceService(workbench).balance(new BalanceRequest(caseId, years, null, null,
                false));
        BalanceResult commitments = new BalanceService(workbench).balance(new BalanceRequest(caseId, years, null,
                null, false, Carry.FORWARD, ObligationScope.COMMITMENTS));
        String command = "counterweight balance --from " + (year - 10) + " --to " + year;
        List<Report.Block> blocks = new ArrayList<>();
        for (Report.Table table : BalanceTables.of(result)) {
            blocks.add(place(table, table.id(), command));
        }
        blocks.add(new Report.Paragraph(scopeDifference(result.network(String.valueOf(year)).network(),
                commitments.network(String.valueOf(year)).network())));
        blocks.add(place(obligationScopes(result, commitments), "balance-obligations", command
                + " [--obligations commitments]"));
        return new Report.Section("balance", "Structural balance", "The exact frustration index of each year's network"
                + " (ties whose removal would balance it), every unbalanced triad named, and each triad's balance over"
                + " time; then how the frustration index and the blocs change when neutrality and non-aggression"
                + " obligations are not counted as ties.", blocks);
    }

    /**
     * Each year's frustration index and blocs with every ATOP obligation counted and with commitments
     * only ({@link ObligationScope}): the range an assumption of the tie rules spans.
     */
    private static Report.Table obligationScopes(BalanceResult all, BalanceResult commitments) {
        Report.Table.Builder table = Report.Table.builder("balance-obligations", "Balance under both obligation"
                + " scopes", "network", "frustration_all", "blocs_all", "frustration_commitments",
                "blocs_commitments");
        for (BalanceResult.NetworkBalance n : all.networks()) {
            FrustrationIndex.Result a = n.frustration();
            FrustrationIndex.Result c = commitments.network(n.name()).frustration();
            table.row(n.name(), a.frustration(), blocs(a), c.frustration(), blocs(c));
        }
        return table.note("all: every ATOP obligation is a positive tie (defence/offence 1, neutrality/non-aggression"
                + " 0.5, consultation 0.25), the default of every other table; commitments: defence, offence and"
                + " consultation only (counterweight balance --obligations commitments). Blocs: the optimal two-bloc"
                + " partition, its blocs separated by '|'.").build(null);
    }

    private static String blocs(FrustrationIndex.Result frustration) {
        return String.join(" ", frustration.blocA()) + (frustration.blocB().isEmpty() ? ""
                : " | " + String.join(" ", frustration.blocB()));
    }

    /**
     * Why the two obligation scopes differ, in words: the positive ties of the report's year that rest
     * on neutrality or non-aggression obligations alone, and the treaty behind most of them.
     */
    private String scopeDifference(SignedNetwork all, SignedNetwork commitments) {
        List<String> pairs = new ArrayList<>();
        for (SignedNetwork.Edge edge : all.edges()) {
            String a = all.node(edge.u());
            String b = all.node(edge.v());
            SignedNetwork.Edge other = commitments.edge(a, b);
            if (edge.sign() > 0 && (other == null || other.sign() < 0)) {
                pairs.add(a + "-" + b);
            }
        }
        return "Counting every ATOP obligation, " + year + "'s network has " + pairs.size() + " positive "
                + (pairs.size() == 1 ? "tie" : "ties") + " that neutrality or non-aggression obligations alone make"
                + " (absent or negative when only defence, offence and consultation count)"
                + (pairs.isEmpty() ? "." : ": " + String.join(", ", pairs) + ".") + " Most come from " + TAC;
    }

    private Report.Section landscape() {
        LandscapeResult landscape = landscape(ObligationScope.ALL);
        LocalMinimum best = landscape.analysis().minima().get(0);
        LocalMinimum bestOfCommitments = landscape(ObligationScope.COMMITMENTS).analysis().minima().get(0);
        FrustrationIndex.Result blocs = observed.frustration();
        String source = "counterweight landscape --year " + year;
        String comparison = "Landscape theory's global minimum puts " + String.join(" ", best.bloc(0)) + " against "
                + String.join(" ", best.bloc(1)) + "; the observed blocs (the optimal partition of the signed network)"
                + " are " + String.join(" ", blocs.blocA()) + " against " + String.join(" ", blocs.blocB()) + ". With"
                + " ATOP's commitments alone as ties (no neutrality or non-aggression pacts: the Structural balance"
                + " section says why), the global minimum puts " + String.join(" ", bestOfCommitments.bloc(0))
                + " against " + String.join(" ", bestOfCommitments.bloc(1)) + " (" + source
                + " --obligations commitments).";
        return new Report.Section("landscape", "Alignment landscape", "Axelrod and Bennett's landscape theory of"
                + " aggregation on the case's states: sizes CINC, propensities the signed tie weights.", List.of(
                        new Report.Paragraph(comparison), place(LandscapeTables.minima(landscape), "landscape-minima",
                                source), place(LandscapeTables.actors(landscape), "landscape-actors", source)));
    }

    private LandscapeResult landscape(ObligationScope obligations) {
        return new LandscapeService(workbench).landscape(new LandscapeRequest(caseId, year, null, null, 0, 5,
                LandscapeRequest.DEFAULT_STARTS, seed, Carry.FORWARD, obligations));
    }

    private Report.Section scenarios() {
        List<Report.Block> blocks = new ArrayList<>();
        List<ScenarioSpec> specs = ScenarioFileReader.BUNDLED.stream().filter(id -> !id.equals("baseline"))
                .map(id -> ScenarioFileReader.bundled(id).withRuns(runs, seed)).toList();
        progress.stage("scenarios: " + specs.size() + " scenarios and their baselines, " + runs + " runs each",
                ScenarioService.digestRuns(specs, settings), Progress.RUNS);
        List<ScenarioDigest> digests = new ScenarioService(workbench).digests(specs, settings, progress);
        Report.Table.Builder summary = Report.Table.builder("scenario-differences", "Scenario minus baseline at the"
                + " horizon, median [5%, 95%] of paired differences", "scenario", "actor", "measure", "horizon",
                "difference_median", "difference_p5", "difference_p95");
        Report.Table.Builder verdicts = Report.Table.builder("scenario-verdicts", "Verdicts: each tested claim's"
                + " expected direction against the 5-95% band of the paired differences at the horizon", "scenario",
                "claim", "measure", "expect", "verdict", "difference_p5", "difference_median", "difference_p95",
                "share_runs_expected");
        List<String> realignmentColumns = new ArrayList<>(List.of("scenario"));
        realignmentColumns.addAll(ScenarioTables.REALIGNMENT_COLUMNS);
        Report.Table.Builder realignment = Report.Table.builder("scenario-realignment", "Realignment: share of runs"
                + " with a tie's sign flipped or an actor in the other bloc, against the start year",
                realignmentColumns.toArray(String[]::new));
        for (int s = 0; s < specs.size(); s++) {
            ScenarioSpec spec = specs.get(s);
            ScenarioDigest digest = digests.get(s);
            List<FanChart.Band> bands = List.of(band("baseline", digest.time(), digest.baseline()),
                    band(spec.id(), digest.time(), digest.scenario()));
            blocks.add(new Report.Figure(new FanChart("Pakistan's security deficit: " + spec.id() + " vs baseline",
                    "year", "threat / own effective capability", bands), spec.title() + ". Median, 25-75% and 5-95% of "
                            + runs + " runs (seed " + seed + "); tests " + String.join(", ", spec.cites()) + ". "
                            + verdictSentence(digest) + "Equations: " + String.join("; ", digest.statements()) + ".",
                    "counterweight simulate " + spec.id() + " --runs " + runs + " --seed " + seed
                            + "; model: docs/models/security-dilemma.md"));
            for (int i = 0; i < ScenarioDigest.SUMMARY.size(); i++) {
                double[] d = digest.differences().get(i);
                ScenarioDigest.Measure measure = ScenarioDigest.SUMMARY.get(i);
                summary.row(spec.id(), measure.actor(), measure.measure(), spec.endYear(), d[0], d[1], d[2]);
            }
            for (Verdict verdict : digest.verdicts()) {
                verdicts.row(spec.id(), verdict.test().claim(), verdict.test().series(), verdict.test().expect()
                        .label(), verdict.outcome().label(), verdict.p05(), verdict.median(), verdict.p95(),
                        verdict.shareExpected());
            }
            if (digest.realignments().isEmpty()) {
                realignment.note(spec.id() + ": no tie flips sign and no actor changes bloc in any run.");
            }
            for (ScenarioAlignment.Realignment r : digest.realignments()) {
                List<Object> cells = new ArrayList<>(List.of(spec.id()));
                cells.addAll(ScenarioTables.realignmentCells(r));
                realignment.row(cells.toArray());
            }
        }
        blocks.add(place(verdicts.note("supported: the 5%-95% band of the paired differences (scenario minus"
                + " baseline, run by run) lies on the expected side of 0; contradicted: on the other side;"
                + " indeterminate: the band contains 0. Every state's equation is the one its out-of-sample record"
                + " selected (docs/models/specifications.md); where that is the drift, or the reaction's 90% interval"
                + " spans 0, the output rests on no evidence of reaction, as each figure's caption says.").build(null),
                "scenario-verdicts", "counterweight simulate SCENARIO --runs " + runs + " --seed " + seed));
        blocks.add(place(summary.build(null), "scenario-differences", "counterweight simulate SCENARIO --runs " + runs
                + " --seed " + seed));
        blocks.add(place(realignment.note(ScenarioTables.REALIGNMENT_NOTE).build(null), "scenario-realignment",
                "counterweight simulate SCENARIO --runs " + runs + " --seed " + seed));
        return new Report.Section("scenarios", "Scenarios", "Each built-in scenario against its baseline, run as "
                + runs + "-run Monte Carlo ensembles with common random numbers (each state's expenditure equation"
                + " selected by its out-of-sample record, parameters from its admissible draws; intervention"
                + " magnitudes from their ranges), and the verdict on each claim a scenario tests. Results are cached"
                + " in the store under a key of everything they depend on.", blocks);
    }

    /** The verdicts of a scenario in one sentence for its figure's caption, or "" when it tests none. */
    private static String verdictSentence(ScenarioDigest digest) {
        if (digest.verdicts().isEmpty()) {
            return "";
        }
        return "Verdicts: " + String.join("; ", digest.verdicts().stream().map(v -> v.test().claim() + " ("
                + v.test().series() + " " + v.test().expect().label() + "): " + v.outcome().label()).toList()) + ". ";
    }

    /**
     * The case's bargaining issues under Bueno de Mesquita's expected-utility model (scholz): per issue
     * the forecast fan of the median-voter position per round, the rounds of the base run, and the inputs
     * that move the outcome most.
     */
    private Report.Section bargaining() {
        BargainingService service = new BargainingService(workbench);
        List<Report.Block> blocks = new ArrayList<>();
        for (String issue : service.bundled()) {
            BargainingResult result = service.run(new BargainingRequest(issue, null, null, Variant.SCHOLZ, settings,
                    null));
            String source = "counterweight bargain " + issue + " --runs " + runs + " --seed " + seed;
            QuantileBands.SeriesBands median = result.forecast().median();
            double[] rounds = new double[median.mean().length];
            for (int r = 0; r < rounds.length; r++) {
                rounds[r] = r;
            }
            BargainingResult.Issue about = result.issue();
            blocks.add(new Report.Figure(new FanChart(about.title(), "round", "median-voter position ("
                    + Rounding.text(about.scale().min()) + " = " + about.low() + ", " + Rounding.text(about.scale().max())
                    + " = " + about.high() + ")", List.of(band("median", rounds, median.quantiles()))),
                    about.question() + " Median, 25-75% and 5-95% of " + runs + " runs (seed " + seed + ") over the"
                            + " inputs' ranges; the base run ends at " + Rounding.text(result.rounds().get(
                                    result.rounds().size() - 1).median()) + ". " + BargainingTables.cycle(result)
                                    .map(c -> c + " ").orElse("") + BargainingTables.MODEL,
                    source + "; issue file data/cases/" + caseId + "/bargaining/" + issue + ".yaml"));
            blocks.add(place(BargainingTables.rounds(result), "bargaining-" + issue + "-rounds", "counterweight bargain "
                    + issue));
            blocks.add(place(BargainingTables.sensitivity(result), "bargaining-" + issue + "-sensitivity", source));
            blocks.add(place(BargainingTables.inputs(result), "bargaining-" + issue + "-inputs", "counterweight"
                    + " bargain " + issue));
        }
        return new Report.Section("bargaining", "Bargaining forecasts", "Bueno de Mesquita's expected-utility model,"
                + " as Scholz, Calbert & Smith (2011) reconstruct it, on the questions the articles leave open. Each"
                + " capability is the state's CINC or military expenditure from the knowledge base; each position and"
                + " salience is the analyst's assumption, with the article's words where an article says it"
                + " (docs/bargaining-issues.md).", blocks);
    }

    private static FanChart.Band band(String name, double[] time, double[][] q) {
        return new FanChart.Band(name, time, q[0], q[1], q[2], q[3], q[4]);
    }

    private Report.Section evidence() {
        Report.Table.Builder claims = Report.Table.builder("claims", "Every claim of the case with its quote", "id",
                "kind", "subjects", "predicate", "objects", "when", "value", "attributed_to", "source", "quote");
        List<Claim> all;
        try (UnitOfWork work = workbench.begin()) {
            all = work.cases().claims(new CaseQueries.ClaimFilter(null, null, null, caseId.value()));
        }
        for (Claim claim : all) {
            if (!claim.status().feedsAnalyses()) {
                continue;
            }
            Evidence evidence = claim.evidence().get(0);
            claims.row(claim.id(), Labels.label(claim.kind()), String.join(" ", claim.subjects()), claim.predicate(),
                    String.join(" ", claim.objects()), claim.when() == null ? null : claim.when().toString(),
                    claim.value() == null ? null : claim.value().amount() + " " + claim.value().unit(),
                    claim.attributedTo(), evidence.sourceId(), EvidenceText.of(evidence));
        }
        return new Report.Section("evidence", "Evidence appendix", "Facts, assessments and recommendations of both"
                + " articles, each with its exact quote.", List.of(place(claims.build(null), "claims",
                        "counterweight claims")));
    }

    private Report.Section data() {
        Report.Table.Builder sources = Report.Table.builder("sources", "Sources: datasets, articles and documents",
                "id", "kind", "title", "version", "date", "citation", "terms");
        for (SourcesResult.StoredSource stored : new DatasetsService(workbench).sources(caseId).sources()) {
            var s = stored.source();
            sources.row(s.id(), Labels.label(s.kind()), s.title(), s.version(), s.date() == null ? null
                    : s.date().toString(), s.citationText(), s.terms());
        }
        return new Report.Section("data", "Data appendix", "Every dataset and source with its version, citation and"
                + " terms of use.", List.of(place(sources.build(null), "sources",
                        "counterweight sources; counterweight cite")));
    }
}
