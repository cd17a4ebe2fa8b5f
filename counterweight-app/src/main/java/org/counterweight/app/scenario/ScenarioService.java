package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.calibration.CalibrationRequest;
import org.counterweight.app.calibration.CalibrationResult;
import org.counterweight.app.calibration.CalibrationService;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.ProgressListener;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.model.Claim;
import org.counterweight.core.scenario.CalibratedActor;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.io.scenario.SimulationSettings;
import org.counterweight.io.scenario.SimulationSettingsReader;
import org.counterweight.store.CaseImporter;
import org.counterweight.store.CaseQueries.ClaimFilter;

/**
 * Scenarios of the security-dilemma model ({@code docs/models/security-dilemma.md}): the built-in
 * scenarios, their inputs (the case calibrated at the scenario's seed, {@link CalibrationService}, and
 * the alignment path of the record), and a scenario run against its baseline as Monte Carlo ensembles
 * with common random numbers: run i of both draws from the same stream
 * ({@link org.counterweight.core.ensemble.Seeds}), so their difference is paired run by run. Each
 * run draws every actor's parameters from the calibration's bootstrap and every intervention's
 * magnitude from its range; the bands are the same for the same seed on any number of threads.
 */
public final class ScenarioService {
    /**
     * Bump when the model, the scenario engine or the calibration changes what a run computes
     * (2: the calibration's bootstrap draws from the named streams of core.ensemble.Seeds; 3: runs
     * record their ties and the digest their alignment paths).
     */
    static final String MODEL_VERSION = "security-dilemma-3";

    private final Workbench workbench;

    public ScenarioService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The built-in scenarios, in their listing order. */
    public List<ScenarioSpec> builtIn() {
        return ScenarioFileReader.BUNDLED.stream().map(ScenarioFileReader::bundled).toList();
    }

    /** What a scenario runs on: its case calibrated at the scenario's seed, and the alignment path of its record. */
    public ScenarioInputs prepare(ScenarioSpec spec) {
        try (UnitOfWork work = workbench.begin()) {
            return prepare(work, spec, calibrate(work, spec));
        }
    }

    /**
     * Runs a scenario and its baseline, compares them and, when the scenario changes anything,
     * explains the focus actor's deficit at the horizon one parameter at a time.
     *
     * @param progress told of the runs completed out of both ensembles' (baseline first)
     */
    public SimulationResult simulate(SimulationRequest request, ProgressListener progress) {
        UserFile file = scenarioFile(request);
        ScenarioSpec loaded = ScenarioFileReader.read(file.reader(), file.name());
        RunSettings settings = request.settings().orElse(loaded.runs(), loaded.seed());
        ScenarioSpec spec = loaded.withRuns(settings.runs(), settings.seed());
        ScenarioInputs inputs;
        List<Claim> tested;
        String focus;
        SortedMap<String, String> hashes;
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(new CaseId(spec.caseId()));
            tested = tested(work, spec);
            focus = work.actor(caseId, request.focus().strip(), "focus").id();
            inputs = prepare(work, spec, calibrate(work, spec));
            hashes = new TreeMap<>(workbench.store().importedHashes());
        }
        String caseSha256 = hashes.remove(CaseImporter.slot(spec.caseId()));
        SimulationSettings recorded = new SimulationSettings(Workbench.VERSION, MODEL_VERSION, spec.id(),
                SimulationFiles.sha256(file.text()), spec.caseId(), caseSha256, spec.runs(), spec.seed(),
                settings.threadsOrAvailable(), focus, hashes);
        Compared compared = compare(spec, inputs, new EnsembleRunner(settings.threadsOrAvailable()), progress);
        ScenarioComparison.Comparison comparison = compared.comparison();
        Optional<Tornado.Result> sensitivity = spec.interventions().isEmpty() && spec.withoutAgreements().isEmpty()
                ? Optional.empty() : Optional.of(tornado(spec, inputs, focus));
        return new SimulationResult(spec, inputs, tested, comparison, focus, sensitivity, compared.alignment(),
                file, recorded);
    }

    /**
     * Runs a simulation again from the scenario file and settings it wrote
     * ({@link SimulationFiles}), after checking that this program, its model and the knowledge base's
     * data are those it ran on; its files are then the same byte for byte.
     *
     * @throws InvalidRequestException ({@code replay}) naming every version or hash that differs
     */
    public SimulationResult replay(ReplayRequest request, ProgressListener progress) {
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
     * content), else computed and cached. The case is calibrated once for all scenarios that miss.
     *
     * @param settings runs and seed for every scenario (open: each scenario's own), and threads
     */
    public List<ScenarioDigest> digests(List<ScenarioSpec> specs, RunSettings settings) {
        EnsembleRunner runner = new EnsembleRunner(settings.threadsOrAvailable());
        Map<String, CalibrationResult> calibrations = new HashMap<>();
        List<ScenarioDigest> digests = new ArrayList<>();
        for (ScenarioSpec given : specs) {
            RunSettings effective = settings.orElse(given.runs(), given.seed());
            ScenarioSpec spec = given.withRuns(effective.runs(), effective.seed());
            String key = cacheKey(spec);
            Optional<ScenarioDigest> cached = workbench.store().resultCache().get(key, ScenarioDigest.CODEC);
            if (cached.isPresent()) {
                digests.add(cached.get());
                continue;
            }
            ScenarioInputs inputs;
            try (UnitOfWork work = workbench.begin()) {
                CalibrationResult calibration = calibrations.computeIfAbsent(spec.caseId() + "/" + spec.seed(),
                        c -> calibrate(work, spec));
                inputs = prepare(work, spec, calibration);
            }
            Compared compared = compare(spec, inputs, runner, ProgressListener.NONE);
            ScenarioDigest digest = ScenarioDigest.of(compared.comparison(), compared.alignment());
            workbench.store().resultCache().put(key, ScenarioDigest.CODEC, digest);
            digests.add(digest);
        }
        return digests;
    }

    /**
     * The scenario a request asks for, read and checked without running it: what a server calls to
     * refuse a malformed upload (io's {@code InputFormatException}: file, line, field) before queueing it.
     */
    public static ScenarioSpec load(SimulationRequest request) {
        UserFile file = scenarioFile(request);
        return ScenarioFileReader.read(file.reader(), file.name());
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

    private CalibrationResult calibrate(UnitOfWork work, ScenarioSpec spec) {
        return new CalibrationService(workbench).calibrate(work, CalibrationRequest.of(new CaseId(spec.caseId()),
                ScenarioInputs.CALIBRATION_DRAWS, spec.seed()));
    }

    private static ScenarioInputs prepare(UnitOfWork work, ScenarioSpec spec, CalibrationResult calibration) {
        return ScenarioInputs.of(work.snapshot(new CaseId(spec.caseId()), spec.startYear(),
                ScenarioInputs.pathEnd(spec)), spec, calibration);
    }

    /** The claims the scenario cites, each required to be a claim of its case. */
    private static List<Claim> tested(UnitOfWork work, ScenarioSpec spec) {
        List<Claim> claims = work.cases().claims(new ClaimFilter(null, null, null, spec.caseId()));
        return spec.cites().stream().map(id -> claims.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("scenario", "scenario " + spec.id() + " cites " + id
                        + ", which is not a claim of case " + spec.caseId()))).toList();
    }

    /** A scenario's ensemble compared with its baseline's, and both ensembles' alignment paths. */
    private record Compared(ScenarioComparison.Comparison comparison, ScenarioAlignment alignment) {
    }

    /** The baseline's and the scenario's ensembles from the same seed (common random numbers), compared. */
    private static Compared compare(ScenarioSpec spec, ScenarioInputs inputs,
            EnsembleRunner runner, ProgressListener progress) {
        int runs = spec.runs();
        Ensemble baseline = runner.run(new ScenarioSimulation(spec.baseline(), inputs.actors(),
                inputs::baselineAlignment, true), runs, spec.seed(), (done, total) -> progress.completed(done,
                        2 * runs));
        Ensemble scenario = runner.run(new ScenarioSimulation(spec, inputs.actors(), inputs::alignment, true), runs,
                spec.seed(), (done, total) -> progress.completed(runs + done, 2 * runs));
        List<String> actors = inputs.actors().stream().map(CalibratedActor::id).toList();
        return new Compared(ScenarioComparison.of(baseline, scenario), ScenarioAlignment.of(actors, baseline,
                scenario));
    }

    /**
     * The focus actor's deficit at the horizon as each actor's reaction k moves over its bootstrap's
     * 5th-95th percentiles and each intervention over its range, the others at their point estimates
     * and mid-ranges.
     */
    private static Tornado.Result tornado(ScenarioSpec spec, ScenarioInputs inputs, String focus) {
        List<CalibratedActor> actors = inputs.actors();
        int focusIndex = actors.stream().map(CalibratedActor::id).toList().indexOf(focus);
        if (focusIndex < 0) {
            throw new InvalidRequestException("focus", focus + " is not a calibrated actor of this scenario");
        }
        List<String> names = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        double[][] point = new double[actors.size()][];
        for (int i = 0; i < actors.size(); i++) {
            point[i] = actors.get(i).point();
            names.add(actors.get(i).id() + " reaction k");
            ranges.add(inputs.reactionBand(i));
        }
        for (InterventionSpec intervention : spec.interventions()) {
            names.add(intervention.label());
            ranges.add(new double[] {intervention.magnitude().low(), intervention.magnitude().high()});
        }
        int parameterCount = names.size();
        double[] base = new double[parameterCount];
        double[] lowValues = new double[parameterCount];
        double[] highValues = new double[parameterCount];
        for (int p = 0; p < parameterCount; p++) {
            lowValues[p] = ranges.get(p)[0];
            highValues[p] = ranges.get(p)[1];
            base[p] = p < actors.size() ? point[p][1] : spec.interventions().get(p - actors.size()).magnitude().mid();
        }
        ScenarioSimulation simulation = new ScenarioSimulation(spec, actors, inputs::alignment, true);
        String series = focus + ".deficit";
        return Tornado.of(names, base, lowValues, highValues, values -> {
            double[][] parameters = new double[actors.size()][];
            for (int i = 0; i < actors.size(); i++) {
                parameters[i] = point[i].clone();
                parameters[i][1] = values[i];
            }
            double[] magnitudes = new double[spec.interventions().size()];
            for (int m = 0; m < magnitudes.length; m++) {
                magnitudes[m] = values[actors.size() + m];
            }
            double[] deficit = simulation.runWith(parameters, magnitudes).series(series);
            return deficit[deficit.length - 1];
        });
    }

    /** The cache key of a scenario's digest: a hash of everything the digest is computed from. */
    String cacheKey(ScenarioSpec spec) {
        String description = String.join("|", MODEL_VERSION, spec.caseId(), spec.id(),
                String.valueOf(spec.startYear()), String.valueOf(spec.horizonYears()),
                String.valueOf(spec.historicalUntil()), new TreeSet<>(spec.withoutAgreements()).toString(),
                spec.interventions().toString(), spec.alignmentDrift().toString(), String.valueOf(spec.runs()),
                String.valueOf(spec.seed()), workbench.store().contentFingerprint());
        return "scenario:" + SimulationFiles.sha256(description);
    }
}
