package org.counterweight.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.CaseId;
import org.counterweight.app.RunSettings;
import org.counterweight.app.YearRange;
import org.counterweight.app.analysis.ArmsFocus;
import org.counterweight.app.analysis.ArmsService;
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
import org.counterweight.app.analysis.SimilarityService;
import org.counterweight.app.scenario.ScenarioDigest;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.landscape.LocalMinimum;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Event;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.network.SignRules;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.report.Report;
import org.counterweight.report.chart.FanChart;
import org.counterweight.report.chart.LineChart;
import org.counterweight.report.chart.NetworkChart;
import org.counterweight.report.chart.StackedBars;
import org.counterweight.report.chart.Timeline;
import org.counterweight.report.export.SignedGraph;
import org.counterweight.store.CaseQueries.ClaimFilter;
import org.counterweight.store.CaseQueries.StoredSource;

/**
 * Builds the analyst's report of a case in a year from the knowledge base and the models: every
 * section computed by the same code as the command that prints it, every table and chart with its
 * source.
 */
final class ReportBuilder {
    private static final List<String[]> DYADS = List.of(new String[] {"USA", "IND"}, new String[] {"USA", "PAK"},
            new String[] {"CHN", "PAK"}, new String[] {"RUS", "IND"}, new String[] {"RUS", "PAK"});

    private final Workbench workbench;
    private final int year;
    private final int runs;
    private final long seed;
    private final Map<String, Report.Table> tables = new LinkedHashMap<>();
    private SignedGraph graph;
    /** The optimal two-bloc partition of the year's network, computed for the network section. */
    private FrustrationIndex.Result observedBlocs;

    ReportBuilder(Workbench workbench, int year, int runs, long seed) {
        this.workbench = workbench;
        this.year = year;
        this.runs = runs;
        this.seed = seed;
    }

    /** Every table of the report by id, for the exports. */
    Map<String, Report.Table> tables() {
        return tables;
    }

    /** The year's signed network, for GraphML and GEXF. */
    SignedGraph graph() {
        return graph;
    }

    private Report.Table table(String id, ResultTable result, String source) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] row : result.rows()) {
            rows.add(java.util.Arrays.asList(row.clone()));
        }
        Report.Table table = new Report.Table(id, result.title() == null ? id : result.title(), result.columns(), rows,
                result.notes(), source);
        tables.put(id, table);
        return table;
    }

    /** Puts a service's table in the report under {@code id}, with the command that reproduces it. */
    private Report.Table place(Report.Table table, String id, String source) {
        Report.Table placed = table.with(id, table.title(), source);
        tables.put(id, placed);
        return placed;
    }

    Report build() {
        List<Report.Section> sections = new ArrayList<>();
        List<Report.KeyNumber> keys = new ArrayList<>();
        sections.add(network(keys));
        sections.add(timeline());
        sections.add(power(keys));
        sections.add(arms(keys));
        sections.add(similarity());
        sections.add(balance());
        sections.add(landscape());
        sections.add(scenarios(keys));
        sections.add(evidence());
        sections.add(data());
        return new Report("Counterweight: the south-asia case in " + year,
                "The Indo-US partnership, Pakistan's security dilemma, China and Russia: the knowledge base, the measures"
                        + " and the models, every number with its source. Generated by counterweight report.", keys,
                sections);
    }

    private Report.Section network(List<Report.KeyNumber> keys) {
        List<Actor> states = SystemNetwork.states(workbench, year);
        SignRules.Result resolved = SystemNetwork.resolve(workbench, states, year);
        SignedNetwork.Builder builder = SignedNetwork.builder();
        states.forEach(s -> builder.addNode(s.id()));
        resolved.ties().forEach(t -> builder.addEdge(t.a(), t.b(), t.sign().value(), t.weight()));
        SignedNetwork network = builder.build();
        FrustrationIndex.Result frustration = FrustrationIndex.compute(network);
        observedBlocs = frustration;
        Map<String, Double> cinc = cinc(year);
        List<NetworkChart.Node> nodes = new ArrayList<>();
        List<SignedGraph.Node> graphNodes = new ArrayList<>();
        for (Actor state : states) {
            int bloc = frustration.blocA().contains(state.id()) ? 0 : 1;
            double size = cinc.getOrDefault(state.id(), Double.NaN);
            nodes.add(new NetworkChart.Node(state.id(), state.name(), Double.isNaN(size) ? 0.001 : size, bloc));
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", state.name());
            attributes.put("bloc", bloc);
            if (!Double.isNaN(size)) {
                attributes.put("cinc", size);
            }
            graphNodes.add(new SignedGraph.Node(state.id(), state.id(), attributes));
        }
        List<NetworkChart.Edge> edges = new ArrayList<>();
        List<SignedGraph.Edge> graphEdges = new ArrayList<>();
        ResultTable ties = new ResultTable("Ties in " + year + " and the evidence behind them", "a", "b", "sign",
                "weight", "evidence", "overruled");
        for (SignRules.Tie tie : resolved.ties()) {
            String evidence = String.join("; ", tie.reasons());
            edges.add(new NetworkChart.Edge(tie.a(), tie.b(), tie.sign().value(), tie.weight(), evidence));
            graphEdges.add(new SignedGraph.Edge(tie.a(), tie.b(), tie.sign().value(), tie.weight(), evidence));
            ties.add(tie.a(), tie.b(), tie.sign().value() > 0 ? "+" : "-", tie.weight(), evidence,
                    String.join("; ", tie.overruled()));
        }
        graph = new SignedGraph(graphNodes, graphEdges);
        keys.add(new Report.KeyNumber("frustration index of the " + year + " network (ties to remove for balance)",
                String.valueOf(Math.round(frustration.frustration())), "counterweight balance --year " + year));
        return new Report.Section("network", "The alignment network in " + year, "States of the case as nodes (size:"
                + " CINC), ties positive (alignment) or negative (hostility) from ATOP, Thompson-Dreyer rivalries and"
                + " the curated relations and agreements; hover a tie for its evidence. Node colours: the two blocs of"
                + " the optimal partition (structural balance).", List.of(
                        new Report.Figure(new NetworkChart("Signed network of the case's states, " + year, nodes, edges),
                                "Solid: positive ties; dashed: negative; width: weight. Exported as network.graphml and"
                                        + " network.gexf (Gephi, yEd).", SystemNetwork.RULES),
                        table("network-ties", ties, "counterweight balance --year " + year)));
    }

    private Map<String, Double> cinc(int y) {
        var nmc = workbench.datasets().nmcVersions().get(0);
        int nmcYear = Math.min(y, nmc.lastYear());
        Map<Integer, Double> byCow = new HashMap<>();
        for (NationalCapabilities row : workbench.datasets().nmc(nmc.version(), nmcYear, nmcYear)) {
            row.publishedCinc().ifPresent(c -> byCow.put(row.cowCode(), c));
        }
        Map<String, Double> byId = new HashMap<>();
        for (Actor actor : workbench.cases().actors(null)) {
            if (actor.cowCode() != null && byCow.containsKey(actor.cowCode())) {
                byId.put(actor.id(), byCow.get(actor.cowCode()));
            }
        }
        return byId;
    }

    private Report.Section timeline() {
        List<Timeline.Mark> marks = new ArrayList<>();
        ResultTable agreements = new ResultTable("Agreements", "date", "agreement", "type", "parties", "signed",
                "source", "evidence");
        for (Agreement agreement : workbench.cases().agreements(null, null, null, null)) {
            var evidence = agreement.evidence().get(agreement.evidence().size() - 1);
            marks.add(new Timeline.Mark(agreement.firstDate().toString(), agreement.shortName() != null
                    ? agreement.shortName() : agreement.name(), agreement.type().label(), agreement.name() + " ("
                            + String.join(", ", agreement.parties()) + "); source: " + evidence.sourceId()));
            agreements.add(agreement.firstDate().toString(), agreement.name(), agreement.type().label(),
                    String.join(" ", agreement.parties()), agreement.signed() == null ? "announced only"
                            : agreement.signed().toString(), evidence.sourceId(), Evidences.words(evidence));
        }
        ResultTable events = new ResultTable("Events (CAMEO, Goldstein)", "date", "source_actor", "target_actor",
                "cameo", "goldstein", "description", "source");
        for (Event event : workbench.cases().events(null)) {
            marks.add(new Timeline.Mark(event.date().toString(), event.description() == null ? event.cameoCode()
                    : shorten(event.description(), 40), "event", event.source() + " -> " + event.target() + ", CAMEO "
                            + event.cameoCode() + " (Goldstein " + event.goldstein() + ")"));
            events.add(event.date().toString(), event.source(), event.target(), event.cameoCode(), event.goldstein(),
                    event.description(), event.evidence().isEmpty() ? null : event.evidence().get(0).sourceId());
        }
        return new Report.Section("timeline", "Timeline of agreements and events", "Every dated agreement and event of"
                + " the case, with the source its date was taken from.", List.of(
                        new Report.Figure(new Timeline("Agreements and events", marks), "Hover a mark for the"
                                + " agreement or event and its source.", "the south-asia case file (curated; dates"
                                        + " sourced entry by entry)"),
                        table("agreements", agreements, "counterweight agreements"),
                        table("events", events, "counterweight events")));
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private Report.Section power(List<Report.KeyNumber> keys) {
        int last = Math.min(year, workbench.datasets().nmcVersions().get(0).lastYear());
        PowerService power = new PowerService(workbench.app());
        List<LineChart.Series> ratios = new ArrayList<>();
        for (String[] pair : List.of(new String[] {"IND", "PAK"}, new String[] {"CHN", "IND"})) {
            PowerResult result = power.power(new PowerRequest(CaseId.SOUTH_ASIA, List.of(List.of(pair[0]),
                    List.of(pair[1])), YearRange.of(1990, last), PowerRequest.Measure.CINC,
                    PowerRequest.Partners.RELATIONS, List.of()));
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
            ratios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " CINC", x, raw));
            ratios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " with partners", x, effective));
            if (pair[0].equals("IND")) {
                keys.add(new Report.KeyNumber("India : Pakistan CINC ratio, " + last + " (with partners: "
                        + String.format(java.util.Locale.ROOT, "%.2f", effective[x.length - 1]) + ")",
                        String.format(java.util.Locale.ROOT, "%.1f", raw[x.length - 1]), "COW NMC; counterweight power"));
                place(PowerTables.asymmetry(result), "power-ind-pak", "COW NMC CINC; counterweight power --actors"
                        + " IND,PAK");
            }
        }
        List<LineChart.Series> milex = new ArrayList<>();
        var release = workbench.datasets().milexReleases().get(0);
        for (String id : List.of("USA", "CHN", "RUS", "IND", "PAK")) {
            Actor actor = workbench.actor(id, "report");
            double[] x = new double[release.lastYear() - 1990 + 1];
            double[] y = new double[x.length];
            java.util.Arrays.fill(y, Double.NaN);
            for (int i = 0; i < x.length; i++) {
                x[i] = 1990 + i;
            }
            workbench.datasets().milex(release.version(), actor.cowCode(), 1990, release.lastYear()).forEach(m -> {
                if (m.constantUsdMillions().isPresent()) {
                    y[m.year() - 1990] = m.constantUsdMillions().getAsDouble() / 1000;
                }
            });
            milex.add(new LineChart.Series(id, x, y));
        }
        List<LineChart.Series> milexRatios = new ArrayList<>();
        for (String[] pair : List.of(new String[] {"IND", "PAK"}, new String[] {"CHN", "IND"})) {
            LineChart.Series a = milex.stream().filter(m -> m.name().equals(pair[0])).findFirst().orElseThrow();
            LineChart.Series b = milex.stream().filter(m -> m.name().equals(pair[1])).findFirst().orElseThrow();
            double[] ratio = new double[a.x().length];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = b.y()[i] > 0 ? a.y()[i] / b.y()[i] : Double.NaN;
            }
            milexRatios.add(new LineChart.Series(pair[0] + ":" + pair[1] + " military expenditure", a.x(), ratio));
        }
        return new Report.Section("power", "Power", "CINC ratios for India:Pakistan and China:India, own and with"
                + " partners' alignment-weighted capabilities (effective capability: own + sum of w x partner's), and"
                + " military expenditure.", List.of(
                        new Report.Figure(new LineChart("Capability ratios, 1990-" + last, "year", "ratio of CINC",
                                ratios), "Ratios above 1 favour the first state. With partners: each side's"
                                        + " effective capability (weights: curated relations' strengths).",
                                "COW NMC v" + workbench.datasets().nmcVersions().get(0).version()
                                        + "; counterweight power"),
                        new Report.Figure(new LineChart("Military expenditure, 1990-" + release.lastYear(), "year",
                                "US$ bn (constant 2022)", milex), "Gaps are years SIPRI does not report, not zeros. RUS"
                                        + " shares COW code 365: the 1990 point is the USSR; 1991 has no figure.",
                                "SIPRI Military Expenditure Database, release " + release.version()),
                        new Report.Figure(new LineChart("Military expenditure ratios, 1990-" + release.lastYear(), "year",
                                "ratio of constant-US$ expenditure", milexRatios), "Above 1 the first state spends more.",
                                "SIPRI Military Expenditure Database, release " + release.version()
                                        + "; counterweight power --measure milex")));
    }

    private Report.Section arms(List<Report.KeyNumber> keys) {
        List<Report.Block> blocks = new ArrayList<>();
        ArmsService arms = new ArmsService(workbench.app());
        for (String recipient : List.of("PAK", "IND")) {
            DependenceResult result = arms.dependence(new DependenceRequest(CaseId.SOUTH_ASIA,
                    ArmsFocus.recipient(recipient, null), YearRange.of(1990, 2019), 5, 5, 4));
            List<String> categories = new ArrayList<>();
            Map<String, double[]> segments = new LinkedHashMap<>();
            List<ArmsDependence.Window> windows = result.dependence().windows();
            windows.forEach(w -> categories.add(DependenceTables.label(w)));
            for (ArmsDependence.Window w : windows) {
                List<PartnerShares.PartnerShare> partners = w.shares().partners();
                for (int rank = 0; rank < Math.min(result.top(), partners.size()); rank++) {
                    Double share = DependenceTables.sharePct(partners.get(rank));
                    if (share != null) {
                        segments.computeIfAbsent(partners.get(rank).partner(), p -> new double[categories.size()])
                                [categories.indexOf(DependenceTables.label(w))] = share;
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
            String name = result.actor().name();
            blocks.add(new Report.Figure(new StackedBars("Arms imports of " + name + " by supplier, 5-year windows",
                    "share of TIV (%)", categories, list), "The four largest suppliers of each window and the rest.",
                    "SIPRI Arms Transfers Database, release 2022 (extract); counterweight dependence --recipient "
                            + recipient));
            blocks.add(place(DependenceTables.windows(result), "arms-" + recipient.toLowerCase(java.util.Locale.ROOT),
                    "counterweight dependence --recipient " + recipient + " --from 1990 --to 2019"));
            if (recipient.equals("PAK")) {
                windows.stream().filter(w -> DependenceTables.label(w).equals("2015-2019")
                        && !w.shares().partners().isEmpty()).findFirst().map(w -> w.shares().partners().get(0))
                        .ifPresent(largest -> keys.add(
                                new Report.KeyNumber("Pakistan's arms imports from " + largest.partner()
                                        + ", 2015-2019", DependenceTables.sharePct(largest) + "%", "SIPRI release 2022"
                                        + " (Gillani cites SIPRI's 2020 fact sheet: Russia 6.6%)")));
            }
        }
        return new Report.Section("arms", "Arms dependence", "Supplier shares of Pakistan's and India's arms imports"
                + " by five-year window (SIPRI's convention), with their concentration.", blocks);
    }

    private Report.Section similarity() {
        List<Report.Block> blocks = new ArrayList<>();
        Map<String, double[]> atop = new LinkedHashMap<>();
        Map<String, double[]> unga = new LinkedHashMap<>();
        int first = 1990;
        int lastAtop = 2018;
        int lastUnga = 2019;
        List<int[]> codes = DYADS.stream().map(d -> new int[] {workbench.cowCode(d[0], "report"),
            workbench.cowCode(d[1], "report")}).toList();
        for (String[] dyad : DYADS) {
            atop.put(dyad[0] + "-" + dyad[1], nanArray(lastAtop - first + 1));
            unga.put(dyad[0] + "-" + dyad[1], nanArray(lastUnga - first + 1));
        }
        String nmc = workbench.datasets().nmcVersions().get(0).version();
        for (var year : new org.counterweight.store.AllianceSimilarity(workbench.session()).compute(first, lastAtop, nmc,
                Runtime.getRuntime().availableProcessors())) {
            for (int d = 0; d < DYADS.size(); d++) {
                int i = index(year.states(), codes.get(d)[0]);
                int j = index(year.states(), codes.get(d)[1]);
                if (i >= 0 && j >= 0) {
                    atop.get(DYADS.get(d)[0] + "-" + DYADS.get(d)[1])[year.year() - first] =
                            year.matrix().get("s-absolute", i, j);
                }
            }
        }
        var measure = org.counterweight.core.similarity.SignorinoRitterS.unweighted(3);
        var portfolios = new org.counterweight.store.PortfolioQueries(workbench.session());
        for (int y = first; y <= lastUnga; y++) {
            var votes = portfolios.unVotes(y);
            for (int d = 0; d < DYADS.size(); d++) {
                int i = index(votes.states(), codes.get(d)[0]);
                int j = index(votes.states(), codes.get(d)[1]);
                if (i >= 0 && j >= 0) {
                    int[][] joint = SimilarityService.jointVotes(votes.codes()[i], votes.codes()[j]);
                    if (joint[0].length > 0) {
                        unga.get(DYADS.get(d)[0] + "-" + DYADS.get(d)[1])[y - first] =
                                measure.similarity(joint[0], joint[1]);
                    }
                }
            }
        }
        blocks.add(new Report.Figure(new LineChart("Alliance portfolios (ATOP): Signorino-Ritter S, " + first + "-"
                + lastAtop, "year", "S (-1 to 1)", series(atop, first)), "S over each year's COW system members,"
                        + " 0-3 alliance scale. S is inflated where most pairs share no alliance (Hage 2011): kappa and"
                        + " pi are in `similarity`.", "ATOP 5.1; counterweight similarity --a A --b B"));
        blocks.add(new Report.Figure(new LineChart("UN General Assembly votes: Signorino-Ritter S, " + first + "-"
                + lastUnga, "year", "S (-1 to 1)", series(unga, first)), "S over the year's roll calls both voted in"
                        + " (yes/abstain/no).", "Voeten UNGA votes; counterweight similarity --source unga"));
        return new Report.Section("similarity", "Alignment similarity", "How alike the dyads' alliance portfolios and"
                + " UN votes are, year by year.", blocks);
    }

    private static double[] nanArray(int length) {
        double[] values = new double[length];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static int index(int[] states, int code) {
        for (int i = 0; i < states.length; i++) {
            if (states[i] == code) {
                return i;
            }
        }
        return -1;
    }

    private static List<LineChart.Series> series(Map<String, double[]> values, int first) {
        List<LineChart.Series> series = new ArrayList<>();
        values.forEach((name, y) -> {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = first + i;
            }
            series.add(new LineChart.Series(name, x, y));
        });
        return series;
    }

    private Report.Section balance() {
        var result = new org.counterweight.app.analysis.BalanceService(workbench.app()).balance(
                new org.counterweight.app.analysis.BalanceRequest(org.counterweight.app.CaseId.SOUTH_ASIA,
                        org.counterweight.app.YearRange.of(year - 10, year), null, null, false));
        String command = "counterweight balance --from " + (year - 10) + " --to " + year;
        List<Report.Block> blocks = new ArrayList<>();
        for (Report.Table t : org.counterweight.app.analysis.BalanceTables.of(result)) {
            Report.Table placed = t.with(t.id(), t.title(), command);
            tables.put(placed.id(), placed);
            blocks.add(placed);
        }
        return new Report.Section("balance", "Structural balance", "The exact frustration index of each year's network"
                + " (ties whose removal would balance it), every unbalanced triad named, and each triad's balance over"
                + " time.", blocks);
    }

    private Report.Section landscape() {
        LandscapeResult landscape = new LandscapeService(workbench.app()).landscape(new LandscapeRequest(
                CaseId.SOUTH_ASIA, year, null, null, 0, 5, LandscapeRequest.DEFAULT_STARTS, seed));
        LocalMinimum best = landscape.analysis().minima().get(0);
        FrustrationIndex.Result observed = observedBlocs;
        String comparison = "Landscape theory's global minimum puts " + String.join(" ", best.bloc(0)) + " against "
                + String.join(" ", best.bloc(1)) + "; the observed blocs (the optimal partition of the signed network)"
                + " are " + String.join(" ", observed.blocA()) + " against " + String.join(" ", observed.blocB()) + ".";
        String source = "counterweight landscape --year " + year;
        return new Report.Section("landscape", "Alignment landscape", "Axelrod and Bennett's landscape theory of"
                + " aggregation on the case's states: sizes CINC, propensities the signed tie weights.", List.of(
                        new Report.Paragraph(comparison), place(LandscapeTables.minima(landscape), "landscape-minima",
                                source), place(LandscapeTables.actors(landscape), "landscape-actors", source)));
    }

    private Report.Section scenarios(List<Report.KeyNumber> keys) {
        List<Report.Block> blocks = new ArrayList<>();
        List<ScenarioSpec> specs = ScenarioFileReader.BUNDLED.stream().filter(id -> !id.equals("baseline"))
                .map(id -> ScenarioFileReader.bundled(id).withRuns(runs, seed)).toList();
        List<ScenarioDigest> digests = new ScenarioService(workbench.app()).digests(specs,
                new RunSettings(runs, seed, null));
        ResultTable summary = new ResultTable("Scenario minus baseline at the horizon, median [5%, 95%] of paired"
                + " differences", "scenario", "actor", "measure", "horizon", "difference_median", "difference_p5",
                "difference_p95");
        for (int s = 0; s < specs.size(); s++) {
            ScenarioSpec spec = specs.get(s);
            String id = spec.id();
            ScenarioDigest digest = digests.get(s);
            List<FanChart.Band> bands = List.of(band("baseline", digest.time(), digest.baseline()),
                    band(id, digest.time(), digest.scenario()));
            blocks.add(new Report.Figure(new FanChart("Pakistan's security deficit: " + id + " vs baseline", "year",
                    "threat / own effective capability", bands), spec.title() + ". Median, 25-75% and 5-95% of " + runs + " runs (seed "
                            + seed + "); tests " + String.join(", ", spec.cites()) + ".",
                    "counterweight simulate " + id + " --runs " + runs + " --seed " + seed
                            + "; model: docs/models/security-dilemma.md"));
            for (int i = 0; i < ScenarioDigest.SUMMARY.size(); i++) {
                double[] d = digest.differences().get(i);
                ScenarioDigest.Measure measure = ScenarioDigest.SUMMARY.get(i);
                summary.add(id, measure.actor(), measure.measure(), spec.endYear(), d[0], d[1], d[2]);
            }
        }
        blocks.add(table("scenario-differences", summary, "counterweight simulate SCENARIO --runs " + runs + " --seed "
                + seed));
        return new Report.Section("scenarios", "Scenarios", "Each built-in scenario against its baseline, run as "
                + runs + "-run Monte Carlo ensembles with common random numbers (parameter draws from the calibration"
                + " bootstrap; intervention magnitudes from their ranges). Results are cached in the store under a"
                + " key of everything they depend on.", blocks);
    }

    private static FanChart.Band band(String name, double[] time, double[][] q) {
        return new FanChart.Band(name, time, q[0], q[1], q[2], q[3], q[4]);
    }

    private Report.Section evidence() {
        ResultTable claims = new ResultTable("Every claim of the case with its quote", "id", "kind", "subjects",
                "predicate", "objects", "when", "value", "attributed_to", "source", "quote");
        for (Claim claim : workbench.cases().claims(new ClaimFilter(null, null, null, null))) {
            if (!claim.status().feedsAnalyses()) {
                continue;
            }
            var evidence = claim.evidence().get(0);
            claims.add(claim.id(), Labels.label(claim.kind()), String.join(" ", claim.subjects()), claim.predicate(),
                    String.join(" ", claim.objects()), claim.when() == null ? null : claim.when().toString(),
                    claim.value() == null ? null : claim.value().amount() + " " + claim.value().unit(),
                    claim.attributedTo(), evidence.sourceId(), Evidences.words(evidence));
        }
        return new Report.Section("evidence", "Evidence appendix", "Facts, assessments and recommendations of both"
                + " articles, each with its exact quote.", List.of(table("claims", claims, "counterweight claims")));
    }

    private Report.Section data() {
        ResultTable sources = new ResultTable("Sources: datasets, articles and documents", "id", "kind", "title",
                "version", "date", "citation", "terms");
        for (StoredSource stored : workbench.cases().sources()) {
            var s = stored.source();
            sources.add(s.id(), Labels.label(s.kind()), s.title(), s.version(), s.date() == null ? null
                    : s.date().toString(), s.citationText(), s.terms());
        }
        return new Report.Section("data", "Data appendix", "Every dataset and source with its version, citation and"
                + " terms of use.", List.of(table("sources", sources, "counterweight sources; counterweight cite")));
    }
}
