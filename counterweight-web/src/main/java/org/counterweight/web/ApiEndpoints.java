package org.counterweight.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.RunSettings;
import org.counterweight.app.analysis.ArmsFocus;
import org.counterweight.app.analysis.ArmsRequest;
import org.counterweight.app.analysis.ArmsService;
import org.counterweight.app.analysis.ArmsTables;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.analysis.BalanceTables;
import org.counterweight.app.analysis.CapabilitiesRequest;
import org.counterweight.app.analysis.CapabilitiesService;
import org.counterweight.app.analysis.CapabilitiesTables;
import org.counterweight.app.analysis.DependenceRequest;
import org.counterweight.app.analysis.DependenceTables;
import org.counterweight.app.analysis.LandscapeRequest;
import org.counterweight.app.analysis.LandscapeService;
import org.counterweight.app.analysis.LandscapeTables;
import org.counterweight.app.analysis.OverviewRequest;
import org.counterweight.app.analysis.OverviewService;
import org.counterweight.app.analysis.OverviewTables;
import org.counterweight.app.analysis.PowerRequest;
import org.counterweight.app.analysis.PowerService;
import org.counterweight.app.analysis.PowerTables;
import org.counterweight.app.analysis.SimilarityRequest;
import org.counterweight.app.analysis.SimilarityService;
import org.counterweight.app.analysis.SimilarityTables;
import org.counterweight.app.bargaining.BargainingRequest;
import org.counterweight.app.bargaining.BargainingService;
import org.counterweight.app.bargaining.BargainingTables;
import org.counterweight.app.calibration.CalibrationRequest;
import org.counterweight.app.calibration.CalibrationService;
import org.counterweight.app.calibration.CalibrationTables;
import org.counterweight.app.datasets.CitationsRequest;
import org.counterweight.app.datasets.CoverageRequest;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.app.events.EventDyadRequest;
import org.counterweight.app.events.EventListRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.app.events.EventsTables;
import org.counterweight.app.knowledge.ActorsRequest;
import org.counterweight.app.knowledge.AgreementsRequest;
import org.counterweight.app.knowledge.ClaimReviewRequest;
import org.counterweight.app.knowledge.ClaimsRequest;
import org.counterweight.app.knowledge.EventsRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.app.knowledge.MembershipsRequest;
import org.counterweight.app.knowledge.RelationsRequest;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.app.scenario.ScenarioTables;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Labels;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.report.Report;

/**
 * Every endpoint of the API: for each, its parameters (the request record's names), and the one
 * service call it makes. A table endpoint answers exactly what the CLI's {@code --format json} prints
 * for the same request (one table: an object; several: an array), with the request as each table's
 * source.
 */
final class ApiEndpoints {
    /** The case read when a request names none. */
    static final String DEFAULT_CASE = "south-asia";
    /** The most bootstrap draws one web request may ask of the calibration. */
    static final int MAX_WEB_DRAWS = 9_999;
    /** The most Monte Carlo runs one web request may ask of the bargaining model. */
    static final int MAX_WEB_BARGAINING_RUNS = 10_000;

    private static final Param CASE = Param.optional("case", Param.Type.STRING, "The case (default: "
            + DEFAULT_CASE + ").");
    private static final Param YEAR = Param.optional("year", Param.Type.INTEGER, "One year.");
    private static final Param FROM = Param.optional("from", Param.Type.INTEGER, "First year (default: the data's"
            + " first).");
    private static final Param TO = Param.optional("to", Param.Type.INTEGER, "Last year (default: the data's last).");
    private static final Param ACTOR = Param.optional("actor", Param.Type.STRING, "Only those of this actor.");
    private static final Param NO_CARRY = Param.optional("noCarry", Param.Type.BOOLEAN, "Do not carry ATOP obligations"
            + " and rivalries past their datasets' last years.");
    private static final Param OBLIGATIONS = Param.choice("obligations", false, "ATOP obligations counted as ties:"
            + " all (default) or commitments (defence, offence and consultation; not neutrality or non-aggression).",
            List.of("all", "commitments"));
    private static final Param RECIPIENT = Param.optional("recipient", Param.Type.STRING, "Imports of this state, by"
            + " supplier (give recipient or supplier).");
    private static final Param SUPPLIER = Param.optional("supplier", Param.Type.STRING, "Exports of this state, by"
            + " recipient.");
    private static final Param RELEASE = Param.optional("release", Param.Type.STRING, "Read this SIPRI release alone.");

    private ApiEndpoints() {
    }

    /** The endpoints over this workbench, scenario runs going through {@code runs}. */
    static List<Endpoint> all(Workbench workbench, ScenarioRuns runs, ResponseCache cache) {
        KnowledgeService knowledge = new KnowledgeService(workbench);
        DatasetsService datasets = new DatasetsService(workbench);
        ArmsService arms = new ArmsService(workbench);
        EventsService events = new EventsService(workbench);
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(tables(cache, "/api/actors", "knowledge", "The case's actors (or every state), or what a name refers to",
                List.of(CASE, Param.optional("all", Param.Type.BOOLEAN, "Also every state of the crosswalk."),
                        Param.optional("resolve", Param.Type.STRING, "A name, code or metonym to resolve.")),
                q -> KnowledgeTables.of(knowledge.actors(new ActorsRequest(q.caseId(), q.bool("all"),
                        q.string("resolve"))))));
        endpoints.add(tables(cache, "/api/agreements", "knowledge", "The case's agreements", List.of(CASE, ACTOR, FROM, TO),
                q -> KnowledgeTables.of(knowledge.agreements(new AgreementsRequest(q.caseId(), q.string("actor"),
                        q.years())))));
        endpoints.add(tables(cache, "/api/claims", "knowledge", "The case's claims with their exact quotes",
                List.of(CASE, ACTOR, Param.optional("source", Param.Type.STRING, "Only claims quoted from this source."),
                        Param.choice("kind", false, "fact, assessment or recommendation.",
                                List.of("fact", "assessment", "recommendation")),
                        Param.choice("status", false, "Only claims with this status.",
                                List.of("curated", "proposed", "accepted", "rejected"))),
                q -> KnowledgeTables.of(knowledge.claims(ClaimsRequest.of(q.caseId(), q.string("actor"),
                        q.string("source"), q.string("kind"), q.string("status"))))));
        endpoints.add(tables(cache, "/api/relations", "knowledge", "The case's curated relations with their evidence",
                List.of(CASE, ACTOR, YEAR),
                q -> KnowledgeTables.of(knowledge.relations(new RelationsRequest(q.caseId(), q.string("actor"),
                        YearRange.yearOr(q.year("year"), null, null))))));
        endpoints.add(tables(cache, "/api/memberships", "knowledge", "Memberships of organisations", List.of(CASE, ACTOR),
                q -> KnowledgeTables.of(knowledge.memberships(new MembershipsRequest(q.caseId(), q.string("actor"))))));
        endpoints.add(tables(cache, "/api/events", "knowledge", "The case's events", List.of(CASE, ACTOR, FROM, TO),
                q -> KnowledgeTables.of(knowledge.events(new EventsRequest(q.caseId(), q.string("actor"),
                        q.years())))));
        endpoints.add(tables(cache, "/api/events-dyad", "events", "Cooperation and conflict between two states from"
                + " imported GDELT or ICEWS events, both directions, by day, ISO week, month or year, as given or one a"
                + " day, each period event-based or not covered; with list, the events of one period",
                List.of(Param.required("a", Param.Type.STRING, "One state (ISO3, COW code or name)."),
                        Param.required("b", Param.Type.STRING, "The other state."), CASE,
                        Param.optional("from", Param.Type.INTEGER, "First year (default: the imported files' first)."),
                        Param.optional("to", Param.Type.INTEGER, "Last year (default: the imported files' last)."),
                        Param.choice("by", false, "day, week (ISO 8601), month or year (default month).",
                                List.of("day", "week", "month", "year")),
                        Param.choice("count", false, "as-given (default) or one-a-day (one event per source, target,"
                                + " CAMEO code and day).", List.of("as-given", "one-a-day")),
                        Param.optional("list", Param.Type.STRING, "A period (2019-06 by month): its events with their"
                                + " files, lines and SOURCEURLs instead of the tallies.")),
                q -> q.string("list") != null ? EventsTables.of(events.list(new EventListRequest(q.caseId(),
                        q.string("a"), q.string("b"), EventDyadRequest.period(q.string("by", "month")),
                        q.string("list")))) : EventsTables.of(events.dyad(new EventDyadRequest(q.caseId(),
                                q.string("a"), q.string("b"), q.years(), EventDyadRequest.period(q.string("by",
                                        "month")), EventDyadRequest.counting(q.string("count", "as-given")))))));
        endpoints.add(tables(cache, "/api/ties", "network", "The ties of one year, each with its sign, basis and evidence",
                List.of(CASE, Param.required("year", Param.Type.INTEGER, "The year."), NO_CARRY,
                        OBLIGATIONS),
                q -> List.of(BalanceTables.of(new BalanceService(workbench).balance(new BalanceRequest(q.caseId(),
                        YearRange.year(q.year("year")), null, null, false, carry(q), obligations(q)))).get(0))));
        endpoints.add(tables(cache, "/api/balance", "network", "Structural balance of the case's network by year",
                List.of(CASE, YEAR, FROM, TO, Param.optional("weighted", Param.Type.BOOLEAN, "Use tie weights."),
                        NO_CARRY, OBLIGATIONS),
                q -> BalanceTables.of(new BalanceService(workbench).balance(new BalanceRequest(q.caseId(),
                        q.yearOrRange(), null, null, q.bool("weighted"), carry(q), obligations(q))))));
        endpoints.add(tables(cache, "/api/overview", "network", "States, relations, agreements and arms suppliers in one year",
                List.of(CASE, YEAR), q -> OverviewTables.of(new OverviewService(workbench).overview(
                        new OverviewRequest(q.caseId(), q.year("year"))))));
        endpoints.add(tables(cache, "/api/capabilities", "power", "An actor's COW NMC capabilities with their basis",
                List.of(Param.required("actor", Param.Type.STRING, "The actor."), CASE, FROM, TO,
                        Param.optional("nmcVersion", Param.Type.STRING, "NMC version (default: the newest).")),
                q -> CapabilitiesTables.of(new CapabilitiesService(workbench).capabilities(new CapabilitiesRequest(
                        q.caseId(), q.string("actor"), q.years(), q.string("nmcVersion"))))));
        endpoints.add(tables(cache, "/api/power", "power", "Capability shares and asymmetries, with partners' weight",
                List.of(Param.required("actors", Param.Type.LIST, "Actors by code, or blocs written A+B (a literal +"
                        + " in a URL reads as a space, so A B is the bloc A+B too)."), CASE, FROM, TO,
                        Param.choice("measure", false, "cinc (COW NMC) or milex (SIPRI).", List.of("cinc", "milex")),
                        Param.choice("partners", false, "The main weighting (default: obligations).", List.of(
                                "obligations", "obligations-by-type", "obligations-post-1945", "similarity", "none")),
                        Param.optional("weights", Param.Type.LIST, "Overrides A:P=W."), NO_CARRY),
                q -> PowerTables.of(new PowerService(workbench).power(new PowerRequest(q.caseId(),
                        PowerRequest.blocs(q.list("actors").stream().map(ApiEndpoints::plusForSpaces).toList()),
                        q.years(),
                        PowerRequest.Measure.parse(q.string("measure", "cinc")),
                        PowerRequest.Partners.parse(q.string("partners", "obligations")),
                        q.list("weights").stream().map(PowerRequest.Weight::parse).toList(), carry(q))))));
        endpoints.add(tables(cache, "/api/arms", "power", "SIPRI arms-transfer shares of a recipient or supplier",
                List.of(RECIPIENT, SUPPLIER, RELEASE, CASE, FROM, TO),
                q -> ArmsTables.of(arms.shares(new ArmsRequest(q.caseId(), focus(q), q.years())))));
        endpoints.add(tables(cache, "/api/dependence", "power", "Arms dependence by window and switches of main partner",
                List.of(RECIPIENT, SUPPLIER, RELEASE, CASE, FROM, TO,
                        Param.optional("window", Param.Type.INTEGER, "Window length in years (default 5)."),
                        Param.optional("step", Param.Type.INTEGER, "Years between windows."),
                        Param.optional("top", Param.Type.INTEGER, "Partners listed per window (default 3).")),
                q -> DependenceTables.of(arms.dependence(new DependenceRequest(q.caseId(), focus(q), q.years(),
                        q.integer("window", DependenceRequest.DEFAULT_WINDOW), q.integer("step"),
                        q.integer("top", DependenceRequest.DEFAULT_TOP))))));
        endpoints.add(tables(cache, "/api/similarity", "power", "Alliance-portfolio (ATOP) or UN-vote similarity of states",
                List.of(Param.choice("source", false, "atop or unga (default atop).", List.of("atop", "unga")),
                        Param.optional("a", Param.Type.STRING, "First state of a dyad."),
                        Param.optional("b", Param.Type.STRING, "Second state of a dyad."), CASE, YEAR, FROM, TO,
                        NO_CARRY),
                q -> SimilarityTables.of(new SimilarityService(workbench).similarity(new SimilarityRequest(q.caseId(),
                        SimilarityRequest.Source.parse(q.string("source", "atop")), q.string("a"), q.string("b"),
                        q.yearOrRange(), null, carry(q))))));
        endpoints.add(tables(cache, "/api/landscape", "power", "The landscape of aligned coalitions (Axelrod & Bennett)",
                List.of(CASE, YEAR, Param.optional("minima", Param.Type.INTEGER, "Local minima listed (default 10)."),
                        Param.optional("starts", Param.Type.INTEGER, "Heuristic starts (default 2000)."),
                        Param.optional("seed", Param.Type.INTEGER, "Seed of the heuristic starts."), NO_CARRY,
                        OBLIGATIONS),
                q -> LandscapeTables.of(new LandscapeService(workbench).landscape(new LandscapeRequest(q.caseId(),
                        q.year("year"), null, null, 0, q.integer("minima", LandscapeRequest.DEFAULT_MINIMA),
                        q.integer("starts", LandscapeRequest.DEFAULT_STARTS), seed(q, LandscapeRequest.DEFAULT_SEED),
                        carry(q), obligations(q))))));
        endpoints.add(tables(cache, "/api/calibration", "scenarios", "The arms-race model's calibration, bootstrap and backtest",
                List.of(CASE, FROM, TO, Param.optional("split", Param.Type.INTEGER, "Last year fitted in the backtest."),
                        Param.optional("bootstrap", Param.Type.INTEGER, "Bootstrap draws, 1-" + MAX_WEB_DRAWS + "."),
                        Param.optional("seed", Param.Type.INTEGER, "Seed."),
                        Param.optional("without", Param.Type.LIST, "States left out."), NO_CARRY, OBLIGATIONS),
                q -> CalibrationTables.of(new CalibrationService(workbench).calibrate(new CalibrationRequest(
                        q.caseId(), q.years(), q.integer("split", CalibrationRequest.DEFAULT_SPLIT), draws(q),
                        seed(q, CalibrationRequest.DEFAULT_SEED), q.list("without"), carry(q), obligations(q))))));
        ScenarioService scenarios = new ScenarioService(workbench);
        endpoints.add(tables(cache, "/api/scenarios", "scenarios", "The built-in scenarios", List.of(),
                q -> List.of(ScenarioTables.list(scenarios.builtIn()))));
        endpoints.addAll(runs.endpoints());
        BargainingService bargaining = new BargainingService(workbench);
        endpoints.add(tables(cache, "/api/bargaining", "scenarios", "Bueno de Mesquita's expected-utility model on a"
                + " bundled issue: rounds, inputs with their bases and, with runs, the forecast and sensitivity",
                List.of(Param.choice("issue", true, "The bundled issue.", bargaining.bundled()),
                        Param.optional("rounds", Param.Type.INTEGER, "Rounds, 0-" + BargainingRequest.MAX_ROUNDS
                                + " (default: the file's)."),
                        Param.choice("variant", false, "scholz (default) or bdm-intent.", List.of("scholz",
                                "bdm-intent")),
                        Param.optional("runs", Param.Type.INTEGER, "Monte Carlo runs, 1-" + MAX_WEB_BARGAINING_RUNS
                                + " (none: no forecast)."),
                        Param.optional("seed", Param.Type.INTEGER, "Seed of the runs (default "
                                + BargainingRequest.DEFAULT_SEED + ")."),
                        Param.optional("spread", Param.Type.NUMBER, "Range +/- this share for inputs without one.")),
                q -> BargainingTables.of(bargaining.run(new BargainingRequest(q.string("issue"), null,
                        q.integer("rounds"), BargainingRequest.variant(q.string("variant")), new RunSettings(
                                bargainingRuns(q), q.longValue("seed"), null), q.string("spread") == null ? null
                                : q.number("spread", 0))))));
        endpoints.add(tables(cache, "/api/sources", "sources", "Every source: datasets, articles, documents", List.of(),
                q -> DatasetsTables.of(datasets.sources())));
        endpoints.add(tables(cache, "/api/citations", "sources", "How to cite the datasets (and with all, every source)",
                List.of(Param.optional("all", Param.Type.BOOLEAN, "Also the case's articles and documents.")),
                q -> DatasetsTables.of(datasets.citations(new CitationsRequest(q.bool("all"))))));
        endpoints.add(tables(cache, "/api/status", "sources", "What the knowledge base holds", List.of(),
                q -> DatasetsTables.of(datasets.status())));
        endpoints.add(tables(cache, "/api/coverage", "sources", "The years of a case's views, what each source spans"
                + " and how later years are shown, and the imported event files", List.of(CASE),
                q -> DatasetsTables.of(datasets.coverage(new CoverageRequest(q.caseId())))));
        endpoints.add(new Endpoint("POST", "/api/claims/review", "knowledge", "Accept or reject proposed claims",
                List.of(Param.required("id", Param.Type.LIST, "Claim ids, comma-separated."),
                        Param.choice("decision", true, "accept or reject.", List.of("accept", "reject"))),
                true, null, List.of("200", "401", "403"), tableAction(q -> KnowledgeTables.of(knowledge.review(
                        new ClaimReviewRequest(q.list("id"), q.string("decision").equals("accept")
                                ? ClaimStatus.ACCEPTED : ClaimStatus.REJECTED))))));
        endpoints.add(Uploads.importEndpoint(datasets, events));
        return List.copyOf(endpoints);
    }

    /** A GET endpoint answering a service's tables, repeated requests from the cache. */
    static Endpoint tables(ResponseCache cache, String path, String tag, String summary, List<Param> params,
            Function<Query, List<Report.Table>> call) {
        return new Endpoint("GET", path, tag, summary, params, false, null, List.of("200"), (ctx, query) -> {
            String source = source(ctx);
            ctx.header("X-Cache", cache.holds(source) ? "hit" : "miss");
            ctx.contentType(TableJson.JSON).result(cache.get(source, () -> TableJson.text(call.apply(query), source)
                    .getBytes(StandardCharsets.UTF_8)));
        });
    }

    /** An action answering a service's tables (writes: never cached). */
    static Endpoint.Action tableAction(Function<Query, List<Report.Table>> call) {
        return (ctx, query) -> TableJson.answer(ctx, call.apply(query));
    }

    private static Integer bargainingRuns(Query q) {
        Integer asked = q.integer("runs");
        if (asked != null && (asked < 1 || asked > MAX_WEB_BARGAINING_RUNS)) {
            throw new InvalidRequestException("runs", "1-" + MAX_WEB_BARGAINING_RUNS + " runs on the web server, got "
                    + asked);
        }
        return asked;
    }

    private static Carry carry(Query q) {
        return q.bool("noCarry") ? Carry.NONE : Carry.FORWARD;
    }

    /** A bloc as a URL query gives it: a literal {@code +} decodes to a space, so spaces join its members. */
    private static String plusForSpaces(String bloc) {
        return bloc.strip().replaceAll("\\s+", "+");
    }

    private static ObligationScope obligations(Query q) {
        return Labels.parse(ObligationScope.class, q.string("obligations", "all"), "obligations");
    }

    private static long seed(Query q, long otherwise) {
        Long seed = q.longValue("seed");
        return seed == null ? otherwise : seed;
    }

    private static int draws(Query q) {
        int draws = q.integer("bootstrap", CalibrationRequest.DEFAULT_DRAWS);
        if (draws < 1 || draws > MAX_WEB_DRAWS) {
            throw new InvalidRequestException("bootstrap", "1-" + MAX_WEB_DRAWS + " draws on the web server, got "
                    + draws);
        }
        return draws;
    }

    private static ArmsFocus focus(Query q) {
        String recipient = q.string("recipient");
        String supplier = q.string("supplier");
        if ((recipient == null) == (supplier == null)) {
            throw new InvalidRequestException("recipient", "give recipient or supplier, not "
                    + (recipient == null ? "neither" : "both"));
        }
        return recipient != null ? ArmsFocus.recipient(recipient, q.string("release"))
                : ArmsFocus.supplier(supplier, q.string("release"));
    }

    /** The request as the tables' source: its method, path and query. */
    static String source(Context ctx) {
        String query = ctx.queryString();
        return ctx.method() + " " + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
