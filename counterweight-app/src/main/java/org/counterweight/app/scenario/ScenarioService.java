package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.RunSettings;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.calibration.SelectionRequest;
import org.counterweight.app.calibration.SelectionResult;
import org.counterweight.app.calibration.SelectionService;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.ProgressListener;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Claim;
import org.counterweight.core.expenditure.Model;
import org.counterweight.core.scenario.ClaimTest;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.Location;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.scenario.SimulatedActor;
import org.counterweight.core.scenario.Verdict;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.scenario.ScenarioFile;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.io.scenario.SimulationSettings;
import org.counterweight.io.scenario.SimulationSettingsReader;
import org.counterweight.store.CaseImporter;
import org.counterweight.store.CaseQueries.ClaimFilter;

/**
 * Scenarios of the security-dilemma model ({@code docs/models/security-dilemma.md}): the built-in
 * scenarios, their inputs (each state's expenditure equation selected at the scenario's seed,
 * {@link SelectionService}, and the alignment path of the record), and a scenario run against its
 * baseline as Monte Carlo ensembles with common random numbers: run i of both draws from the same
 * stream ({@link org.counterweight.core.ensemble.Seeds}), so their difference is paired run by run.
 * Each run draws every state's equation from its admissible draws and every intervention's magnitude
 * from its range; the bands are the same for the same seed on any number of threads. Every claim the
 * scenario tests gets a {@link Verdict} from the paired differences at the horizon.
 */
public final class ScenarioService {
    /**
     * Bump when the model, the scenario engine or the calibration changes what a run computes
     * (2: the calibration's bootstrap draws from the named streams of core.ensemble.Seeds; 3: the selected
     * log specifications in yearly steps, admissible draws, checked interventions, verdicts; 4: runs record
     * their ties and the digest their alignment paths).
     */
    static final String MODEL_VERSION = "security-dilemma-4";

    private final Workbench workbench;
    /**
     * The selections this service made, by case, seed and the store's content fingerprint: scenarios of
     * one case and seed share one selection, and an import (a new fingerprint) makes a new one.
     */
    private final Map<String, SelectionResult> selections = new ConcurrentHashMap<>();

    public ScenarioService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The built-in scenarios, in their listing order. */
    public List<ScenarioSpec> builtIn() {
        return ScenarioFileReader.BUNDLED.stream().map(ScenarioFileReader::bundled).toList();
    }

    /** What a scenario runs on: its states' equations selected at the scenario's seed, and the alignment path of its record. */
    public ScenarioInputs prepare(ScenarioSpec spec) {
        try (UnitOfWork work = workbench.begin()) {
            return prepare(work, spec, select(work, spec));
        }
    }

    /**
     * Runs a scenario and its baseline, compares them and, when the scenario changes anything,
     * explains the focus actor's deficit at the horizon one parameter at a time.
     *
     * @param progress told of the runs completed out of both ensembles' (baseline first)
     */
    public SimulationResult simulate(SimulationRequest request, ProgressListener progress) {
        return simulate(request, Progress.ofRuns(progress));
    }

    /**
     * As {@link #simulate(SimulationRequest, ProgressListener)}, telling its stages: preparing (each
     * state's equation and parameters), the two ensembles (counted in runs, baseline first), and the
     * sensitivity when the scenario changes anything.
     */
    public SimulationResult simulate(SimulationRequest request, Progress progress) {
        UserFile file = scenarioFile(request);
        ScenarioFile read = ScenarioFileReader.readFile(file.reader(), file.name());
        ScenarioSpec loaded = read.spec();
        RunSettings settings = request.settings().orElse(loaded.runs(), loaded.seed());
        ScenarioSpec spec = loaded.withRuns(settings.runs(), settings.seed());
        progress.stage("preparing: " + spec.id() + ", each state's equation and parameters", 0, null);
        ScenarioInputs inputs;
        List<Claim> tested;
        String focus;
        SortedMap<String, String> hashes;
        try (UnitOfWork work = workbench.begin()) {
            Checked checked = check(work, read, request);
            tested = checked.tested();
            focus = checked.focus();
            inputs = prepare(work, spec, select(work, spec));
            EnsembleMemory.require(spec, inputs.actors().size(), request.settings().runs() == null
                    ? read.place("runs") : Location.IN_CODE);
            hashes = new TreeMap<>(workbench.store().importedHashes());
        }
        String caseSha256 = hashes.remove(CaseImporter.slot(spec.caseId()));
        SimulationSettings recorded = new SimulationSettings(Workbench.VERSION, MODEL_VERSION, spec.id(),
                SimulationFiles.sha256(file.text()), spec.caseId(), caseSha256, spec.runs(), spec.seed(),
                settings.threadsOrAvailable(), focus, hashes);
        progress.stage("ensembles: " + spec.id() + " and its baseline, " + spec.runs() + " runs each",
                2L * spec.runs(), Progress.RUNS);
        Compared compared = compare(spec, inputs, new EnsembleRunner(settings.threadsOrAvailable()), progress, 0);
        ScenarioComparison.Comparison comparison = compared.comparison();
        boolean changes = !spec.interventions().isEmpty() || !spec.withoutAgreements().isEmpty();
        if (changes) {
            progress.stage("sensitivity: " + focus + "'s deficit, one parameter at a time", 0, null);
        }
        Optional<Tornado.Result> sensitivity = changes ? Optional.of(tornado(spec, inputs, focus)) : Optional.empty();
        progress.finished();
        return new SimulationResult(spec, inputs, tested, comparison, verdicts(spec, comparison), focus, sensitivity,
                compared.alignment(), file, recorded);
    }

    /**
     * Runs a simulation again from the scenario file and settings it wrote
     * ({@link SimulationFiles}), after checking that this program, its model and the knowledge base's
     * data are those it ran on; its files are then the same byte for byte.
     *
     * @throws InvalidRequestException ({@code replay}) naming every version or hash that differs
     */
    public SimulationResult replay(ReplayRequest request, ProgressListener progress) {
        return replay(request, Progress.ofRuns(progress));
    }

    /** As {@link #replay(ReplayRequest, ProgressListener)}, telling the simulation's stages. */
    public SimulationResult replay(ReplayRequest request, Progress progress) {
        SimulationSettings settings = SimulationSettingsReader.read(request.settings().reader(),
                request.settings().name());
        List<String> differences = new ArrayList<>();
        String scenarioSha256 = SimulationFiles.sha256(request.scenario().text());
        if (!scenarioSha256.equals(settings.scenarioSha256())) {
            differences.add(request.scenario().name() + " has SHA-256 " + scenarioSha256 + ", the settings record "
                    + settings.scenarioSha256());
        }
        if (!settings.counterweight().equals(Workbench.VERSION)) {
            differences.add("Counterweight " + Workbench.VERSION + " here, " + settings.counterweight() + " in the run");
        }
        if (!settings.model().equals(MODEL_VERSION)) {
            differences.add("model " + MODEL_VERSION + " here, " + settings.model() + " in the run");
        }
        SortedMap<String, String> store = new TreeMap<>(workbench.store().importedHashes());
        String caseSlot = CaseImporter.slot(settings.caseId());
        SortedMap<String, String> recorded = new TreeMap<>(settings.data());
        recorded.put(caseSlot, settings.caseSha256());
        for (String slot : recorded.keySet()) {
            String here = store.get(slot);
            if (here == null) {
                differences.add(slot + " is not in the knowledge base (the run had " + recorded.get(slot) + ")");
            } else if (!here.equals(recorded.get(slot))) {
                differences.add(slot + " differs: the knowledge base has " + here + ", the run had "
                        + recorded.get(slot));
            }
        }
        store.keySet().stream().filter(slot -> !recorded.containsKey(slot)).forEach(slot -> differences.add(slot
                + " is in the knowledge base but was not when the run was made"));
        if (!differences.isEmpty()) {
            throw new InvalidRequestException("replay", "cannot reproduce the run: " + String.join("; ",
                    differences));
        }
        return simulate(new SimulationRequest(null, request.scenario(), new RunSettings(settings.runs(),
                settings.seed(), settings.threads()), settings.focus()), progress);
    }

    /**
     * The report's digest of each scenario against its baseline, from the store's result cache when it
     * holds one under the same key (the model version, the scenario, runs, seed and the store's
     * content), else computed and cached. The states' equations are selected once for all scenarios that miss.
     *
     * @param settings runs and seed for every scenario (open: each scenario's own), and threads
     * @param progress its current stage advanced by each scenario's runs, baseline's and scenario's (a cached
     *                 digest's at once): {@link #digestRuns} in all
     */
    public List<ScenarioDigest> digests(List<ScenarioSpec> specs, RunSettings settings, Progress progress) {
        EnsembleRunner runner = new EnsembleRunner(settings.threadsOrAvailable());
        List<ScenarioDigest> digests = new ArrayList<>();
        long done = 0;
        for (ScenarioSpec given : specs) {
            ScenarioSpec spec = effective(given, settings);
            String key = cacheKey(spec);
            Optional<ScenarioDigest> cached = workbench.store().resultCache().get(key, ScenarioDigest.CODEC);
            if (cached.isPresent()) {
                digests.add(cached.get());
                done += 2L * spec.runs();
                progress.advanced(done, spec.id());
                continue;
            }
            ScenarioInputs inputs;
            try (UnitOfWork work = workbench.begin()) {
                inputs = prepare(work, spec, select(work, spec));
            }
            EnsembleMemory.require(spec, inputs.actors().size(), Location.IN_CODE);
            Compared compared = compare(spec, inputs, runner, progress, done);
            done += 2L * spec.runs();
            ScenarioDigest digest = ScenarioDigest.of(compared.comparison(), compared.alignment(),
                    inputs.statements(), verdicts(spec, compared.comparison()));
            workbench.store().resultCache().put(key, ScenarioDigest.CODEC, digest);
            digests.add(digest);
        }
        return digests;
    }

    /** The runs {@link #digests} makes for these scenarios: each one's and its baseline's. */
    public static long digestRuns(List<ScenarioSpec> specs, RunSettings settings) {
        return specs.stream().mapToLong(spec -> 2L * effective(spec, settings).runs()).sum();
    }

    /** The scenario with the settings' runs and seed, or its own where the settings leave them open. */
    private static ScenarioSpec effective(ScenarioSpec given, RunSettings settings) {
        RunSettings effective = settings.orElse(given.runs(), given.seed());
        return given.withRuns(effective.runs(), effective.seed());
    }

    /**
     * The scenario a request asks for, read and checked against the knowledge base without running it
     * (its case, the claims it cites, the agreements it removes, the focus actor): what a server calls
     * to refuse a bad request (a malformed upload: io's {@code InputFormatException} with file, line and
     * field; an unknown focus: {@code focus}) before queueing it.
     */
    public ScenarioSpec check(SimulationRequest request) {
        UserFile file = scenarioFile(request);
        ScenarioFile read = ScenarioFileReader.readFile(file.reader(), file.name());
        try (UnitOfWork work = workbench.begin()) {
            check(work, read, request);
        }
        return read.spec();
    }

    /** What a request's scenario tests and the actor whose deficit it explains, both found in the knowledge base. */
    private record Checked(List<Claim> tested, String focus) {
    }

    private static Checked check(UnitOfWork work, ScenarioFile read, SimulationRequest request) {
        CaseId caseId = requireCase(work, read);
        List<Claim> tested = tested(work, read.spec(), read);
        requireAgreements(work, caseId, read);
        return new Checked(tested, work.actor(caseId, request.focus().strip(), "focus").id());
    }

    /** The scenario file of a request: the user's, or a built-in scenario's as bundled. */
    private static UserFile scenarioFile(SimulationRequest request) {
        if (request.file() != null) {
            return request.file();
        }
        if (!ScenarioFileReader.BUNDLED.contains(request.scenario())) {
            throw new InvalidRequestException("scenario", "no built-in scenario or scenario file '"
                    + request.scenario() + "'; built-in: " + String.join(", ", ScenarioFileReader.BUNDLED));
        }
        return new UserFile(request.scenario() + ".yaml", ScenarioFileReader.bundledText(request.scenario()));
    }

    /** Each state's equation for the scenario's case, seed and obligation scope, selected once per store content. */
    private SelectionResult select(UnitOfWork work, ScenarioSpec spec) {
        String key = spec.caseId() + "|" + spec.seed() + "|" + spec.obligations() + "|"
                + workbench.store().contentFingerprint();
        return selections.computeIfAbsent(key, k -> new SelectionService(workbench).select(work,
                SelectionRequest.of(new CaseId(spec.caseId()), ScenarioInputs.SELECTION_DRAWS, spec.seed(),
                        spec.obligations())));
    }

    /**
     * The inputs, with every intervention checked against the state it acts on and every test against
     * the system: a problem is an error naming the scenario file, line and field.
     */
    private static ScenarioInputs prepare(UnitOfWork work, ScenarioSpec spec, SelectionResult selection) {
        ScenarioInputs inputs = ScenarioInputs.of(work.snapshot(new CaseId(spec.caseId()), spec.startYear(),
                ScenarioInputs.pathEnd(spec)).withObligations(spec.obligations()), spec, selection);
        List<String> ids = inputs.actors().stream().map(SimulatedActor::id).toList();
        for (ClaimTest test : spec.tests()) {
            if (!ids.contains(test.actor())) {
                throw error(test.location().field("measure"), "the test of " + test.claim() + " measures "
                        + test.actor() + ", which is not in the system " + ids);
            }
        }
        ScenarioSimulation.problem(spec, ids, inputs::alignment).ifPresent(problem -> {
            throw error(problem.intervention().location().field(problem.field()), problem.message());
        });
        return inputs;
    }

    private static RuntimeException error(Location location, String message) {
        if (location.file().isEmpty()) {
            return new InvalidRequestException("scenario", message);
        }
        return new InputFormatException(location.file(), location.line(), location.field(), message);
    }

    /** Each test's verdict from the paired differences of its series at the horizon. */
    private static List<Verdict> verdicts(ScenarioSpec spec, ScenarioComparison.Comparison comparison) {
        List<Verdict> verdicts = new ArrayList<>();
        for (ClaimTest test : spec.tests()) {
            double[] horizon = comparison.differences().runs().stream().mapToDouble(run -> {
                double[] values = run.series(test.series());
                return values[values.length - 1];
            }).toArray();
            verdicts.add(Verdict.of(test, horizon));
        }
        return verdicts;
    }

    /** The scenario's case, required to be in the knowledge base; else an error at the file's {@code case}. */
    private static CaseId requireCase(UnitOfWork work, ScenarioFile read) {
        try {
            return work.requireCase(new CaseId(read.spec().caseId()));
        } catch (InvalidRequestException e) {
            throw error(read.place("case"), e.getMessage());
        }
    }

    /** The claims the scenario cites, each required to be a claim of its case; else an error at its {@code cites[i]}. */
    private static List<Claim> tested(UnitOfWork work, ScenarioSpec spec, ScenarioFile read) {
        List<Claim> claims = work.cases().claims(new ClaimFilter(null, null, null, spec.caseId()));
        List<Claim> tested = new ArrayList<>();
        for (int i = 0; i < spec.cites().size(); i++) {
            String id = spec.cites().get(i);
            Location place = read.place("cites", i);
            tested.add(claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> error(
                    place, "scenario " + spec.id() + " cites " + id
                            + ", which is not a claim of case " + spec.caseId())));
        }
        return tested;
    }

    /**
     * Every agreement the scenario removes from the record, required to be one of its case's: an
     * unknown id would otherwise remove nothing and the scenario equal its baseline.
     */
    private static void requireAgreements(UnitOfWork work, CaseId caseId, ScenarioFile read) {
        Set<String> known = work.cases().agreements(caseId.value(), null, null, null).stream().map(Agreement::id)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> without = List.copyOf(read.spec().withoutAgreements());
        for (int i = 0; i < without.size(); i++) {
            if (!known.contains(without.get(i))) {
                throw error(read.place("without_agreements", i), "no agreement '" + without.get(i) + "' in case "
                        + caseId + "; its agreements: " + String.join(", ", known));
            }
        }
    }

    /** A scenario's ensemble compared with its baseline's, and both ensembles' alignment paths. */
    private record Compared(ScenarioComparison.Comparison comparison, ScenarioAlignment alignment) {
    }

    /**
     * The baseline's and the scenario's ensembles from the same seed (common random numbers), compared; the
     * current stage advanced by their runs after {@code before} steps.
     */
    private static Compared compare(ScenarioSpec spec, ScenarioInputs inputs, EnsembleRunner runner,
            Progress progress, long before) {
        int runs = spec.runs();
        Ensemble baseline = runner.run(new ScenarioSimulation(spec.baseline(), inputs.actors(),
                inputs::baselineAlignment, true), runs, spec.seed(), progress.runs(before));
        Ensemble scenario = runner.run(new ScenarioSimulation(spec, inputs.actors(), inputs::alignment, true), runs,
                spec.seed(), progress.runs(before + runs));
        List<String> actors = inputs.actors().stream().map(SimulatedActor::id).toList();
        return new Compared(ScenarioComparison.of(baseline, scenario), ScenarioAlignment.of(actors, baseline,
                scenario));
    }

    /**
     * The focus actor's deficit at the horizon as each state's equation moves from its admissible draw
     * at the 5th to the one at the 95th percentile of its reaction (of μ for the drift) and each
     * intervention over its range, the others at their point estimates and mid-ranges. States held
     * at their level (one draw) are left out.
     */
    private static Tornado.Result tornado(ScenarioSpec spec, ScenarioInputs inputs, String focus) {
        List<SimulatedActor> actors = inputs.actors();
        if (actors.stream().noneMatch(a -> a.id().equals(focus))) {
            throw new InvalidRequestException("focus", focus + " is not a simulated state of this scenario");
        }
        List<String> names = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Integer> varied = new ArrayList<>();
        List<Model[]> ends = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            SimulatedActor actor = actors.get(i);
            if (actor.draws().size() < 2) {
                continue;
            }
            int[] order = inputs.drawsByKey(i);
            Model lowDraw = actor.draws().get(order[(int) Math.round(0.05 * (order.length - 1))]);
            Model highDraw = actor.draws().get(order[(int) Math.round(0.95 * (order.length - 1))]);
            names.add(actor.id() + " " + actor.point().specification().id() + " " + inputs.keyName(i));
            base.add(ScenarioInputs.key(actor.point()));
            low.add(ScenarioInputs.key(lowDraw));
            high.add(ScenarioInputs.key(highDraw));
            varied.add(i);
            ends.add(new Model[] {lowDraw, highDraw});
        }
        int equations = names.size();
        for (InterventionSpec intervention : spec.interventions()) {
            names.add(intervention.label());
            base.add(intervention.magnitude().mid());
            low.add(intervention.magnitude().low());
            high.add(intervention.magnitude().high());
        }
        double[] lowValues = low.stream().mapToDouble(Double::doubleValue).toArray();
        double[] highValues = high.stream().mapToDouble(Double::doubleValue).toArray();
        ScenarioSimulation simulation = new ScenarioSimulation(spec, actors, inputs::alignment, false);
        String series = focus + ".deficit";
        return Tornado.of(names, base.stream().mapToDouble(Double::doubleValue).toArray(), lowValues, highValues,
                values -> {
                    Model[] models = actors.stream().map(SimulatedActor::point).toArray(Model[]::new);
                    for (int p = 0; p < equations; p++) {
                        if (values[p] == lowValues[p]) {
                            models[varied.get(p)] = ends.get(p)[0];
                        } else if (values[p] == highValues[p]) {
                            models[varied.get(p)] = ends.get(p)[1];
                        }
                    }
                    double[] magnitudes = new double[spec.interventions().size()];
                    for (int m = 0; m < magnitudes.length; m++) {
                        magnitudes[m] = values[equations + m];
                    }
                    double[] deficit = simulation.runWith(models, magnitudes).series(series);
                    return deficit[deficit.length - 1];
                });
    }

    /** The cache key of a scenario's digest: a hash of everything the digest is computed from. */
    String cacheKey(ScenarioSpec spec) {
        String description = String.join("|", MODEL_VERSION, spec.caseId(), spec.id(),
                String.valueOf(spec.startYear()), String.valueOf(spec.horizonYears()),
                String.valueOf(spec.historicalUntil()), new TreeSet<>(spec.withoutAgreements()).toString(),
                spec.interventions().toString(), spec.tests().toString(), spec.alignmentDrift().toString(),
                String.valueOf(spec.runs()),
                String.valueOf(spec.seed()), workbench.store().contentFingerprint());
        return "scenario:" + SimulationFiles.sha256(description);
    }
}
