package org.counterweight.app.bargaining;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.bargaining.BargainingActor;
import org.counterweight.core.bargaining.BargainingForecast;
import org.counterweight.core.bargaining.ExpectedUtilityModel;
import org.counterweight.core.bargaining.IssueScale;
import org.counterweight.core.bargaining.Round;
import org.counterweight.core.bargaining.UncertainActor;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.ProgressListener;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.scenario.Range;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.bargaining.InputSpec;
import org.counterweight.io.bargaining.IssueActor;
import org.counterweight.io.bargaining.IssueFile;
import org.counterweight.io.bargaining.IssueFileReader;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.io.casefile.QuoteMatcher;

/**
 * Runs Bueno de Mesquita's expected-utility model ({@link ExpectedUtilityModel}) on a replication table
 * or an issue file. An issue file's knowledge-base inputs are read from its case's snapshot for its year
 * (a state's CINC with its basis, carried forward past NMC's last year under the snapshot's rule; or its
 * SIPRI military expenditure in constant US$, which must be observed); an analyst's value must give its
 * rationale, and its quote must occur verbatim in the text of a source the case declares. A forecast runs
 * the model as a Monte Carlo ensemble over the inputs' ranges ({@link BargainingForecast}) and ranks the
 * inputs by their one-at-a-time effect on the last round's median. Stateless and thread-safe.
 */
public final class BargainingService {
    private final Workbench workbench;

    public BargainingService(Workbench workbench) {
        this.workbench = workbench;
    }

    public BargainingResult run(BargainingRequest request) {
        return run(request, ProgressListener.NONE);
    }

    /**
     * @param progress told of each completed Monte Carlo run
     * @throws InputFormatException     on a bad file (file, line, field)
     * @throws InvalidRequestException on a bad request, or a forecast asked where no input has a range
     */
    public BargainingResult run(BargainingRequest request, ProgressListener progress) {
        IssueFile file = request.bundled() != null ? IssueFileReader.bundled(request.bundled())
                : IssueFileReader.read(request.file().text(), request.file().name());
        List<String> warnings = new ArrayList<>();
        List<BargainingResult.ActorInputs> inputs = file.format() == IssueFile.Format.CSV ? table(file)
                : resolve(file, warnings);
        IssueScale scale = scale(file, inputs);
        if (request.spread() != null) {
            inputs = spread(inputs, request.spread(), scale);
        }
        ExpectedUtilityModel model = model(request, file);
        int rounds = request.rounds() != null ? request.rounds()
                : file.rounds() != null ? file.rounds() : BargainingRequest.DEFAULT_ROUNDS;
        List<UncertainActor> actors = new ArrayList<>();
        for (BargainingResult.ActorInputs a : inputs) {
            actors.add(build(file, a));
        }
        List<Round> run = guarded(file, () -> model.run(actors.stream().map(UncertainActor::base).toList(), scale,
                rounds));
        BargainingResult.Forecast forecast = null;
        if (request.forecast()) {
            if (actors.stream().noneMatch(UncertainActor::uncertain)) {
                throw new InvalidRequestException("runs", "no input of " + file.file() + " has a range: give ranges"
                        + " in the file or a spread for a forecast");
            }
            BargainingForecast ensemble = guarded(file, () -> new BargainingForecast(model, scale, actors, rounds));
            long seed = request.runs().seedOr(BargainingRequest.DEFAULT_SEED);
            Ensemble runs = ensemble.ensemble(new EnsembleRunner(request.runs().threadsOrAvailable()),
                    request.runs().runs(), seed, progress);
            QuantileBands.Bands bands = QuantileBands.of(runs);
            forecast = new BargainingResult.Forecast(runs.size(), seed, bands.series(BargainingForecast.MEDIAN),
                    bands.series(BargainingForecast.MEAN), ensemble.sensitivity());
        }
        BargainingResult.Issue issue = new BargainingResult.Issue(file.id(), file.title(), file.question(),
                file.file(), file.format().name().toLowerCase(Locale.ROOT), file.caseId(), file.year(), scale,
                file.scale() == null ? null : file.scale().low(), file.scale() == null ? null : file.scale().high());
        return new BargainingResult(issue, model.variant(), model.statusQuo(), model.toward(), inputs, run, forecast,
                warnings);
    }

    /** The bundled issues' ids. */
    public List<String> bundled() {
        return IssueFileReader.BUNDLED;
    }

    private static ExpectedUtilityModel model(BargainingRequest request, IssueFile file) {
        double q = file.statusQuo() != null ? file.statusQuo() : ExpectedUtilityModel.DEFAULT_STATUS_QUO;
        double t = file.toward() != null ? file.toward() : ExpectedUtilityModel.DEFAULT_TOWARD;
        return new ExpectedUtilityModel(request.variant(), q, t);
    }

    /** Runs a core call, reporting its refusal as a problem of the file. */
    private static <T> T guarded(IssueFile file, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file.file(), 0, null, e.getMessage(), e);
        }
    }

    private static UncertainActor build(IssueFile file, BargainingResult.ActorInputs a) {
        return guarded(file, () -> new UncertainActor(new BargainingActor(a.name(), a.capability().value(),
                a.position().value(), a.salience().value()), a.capability().range(), a.position().range(),
                a.salience().range()));
    }

    /** The file's scale, or for a table the span of its positions and position ranges. */
    private static IssueScale scale(IssueFile file, List<BargainingResult.ActorInputs> inputs) {
        if (file.scale() != null) {
            return new IssueScale(file.scale().min(), file.scale().max());
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BargainingResult.ActorInputs a : inputs) {
            lo = Math.min(lo, a.position().range().low());
            hi = Math.max(hi, a.position().range().high());
        }
        if (!(hi > lo)) {
            throw new InputFormatException(file.file(), 0, "Position", "every actor holds the same position (" + lo
                    + "): there is nothing to bargain over");
        }
        return new IssueScale(lo, hi);
    }

    /** A table's rows as given. */
    private static List<BargainingResult.ActorInputs> table(IssueFile file) {
        List<BargainingResult.ActorInputs> inputs = new ArrayList<>();
        for (IssueActor actor : file.actors()) {
            inputs.add(new BargainingResult.ActorInputs(actor.name(), given(file, actor.capability()),
                    given(file, actor.position()), given(file, actor.salience())));
        }
        return inputs;
    }

    private static ResolvedInput given(IssueFile file, InputSpec spec) {
        Range range = spec.low() != null ? new Range(spec.low(), spec.high()) : Range.point(spec.value());
        return new ResolvedInput(spec.value(), range, "input-table", file.file(), null, "line " + spec.line()
                + (spec.low() != null ? "; range from the row" : ""));
    }

    /** An issue file's inputs: knowledge-base references resolved, assumptions checked against their sources. */
    private List<BargainingResult.ActorInputs> resolve(IssueFile file, List<String> warnings) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId;
            try {
                caseId = work.requireCase(new CaseId(file.caseId()));
            } catch (InvalidRequestException e) {
                throw new InputFormatException(file.file(), 0, "case", e.getMessage(), e);
            }
            Set<String> declared = work.cases().sources().stream().map(s -> s.source().id())
                    .collect(Collectors.toSet());
            CaseSnapshot snapshot = file.year() == null ? null : work.snapshot(caseId, file.year(), file.year());
            List<BargainingResult.ActorInputs> inputs = new ArrayList<>();
            for (IssueActor actor : file.actors()) {
                inputs.add(new BargainingResult.ActorInputs(actor.name(),
                        input(file, work, caseId, snapshot, declared, actor.capability()),
                        input(file, work, caseId, snapshot, declared, actor.position()),
                        input(file, work, caseId, snapshot, declared, actor.salience())));
            }
            warnings.addAll(work.warnings());
            return inputs;
        }
    }

    private ResolvedInput input(IssueFile file, UnitOfWork work, CaseId caseId, CaseSnapshot snapshot,
            Set<String> declared, InputSpec spec) {
        if (!spec.fromKnowledgeBase()) {
            return assumption(file, caseId, declared, spec);
        }
        InputSpec.Reference reference = spec.reference();
        String field = spec.field() + "." + reference.measure().name().toLowerCase(Locale.ROOT);
        Actor state;
        try {
            state = work.actor(caseId, reference.state(), "state");
        } catch (InvalidRequestException e) {
            throw new InputFormatException(file.file(), spec.line(), field, e.getMessage(), e);
        }
        int year = file.year();
        double value;
        String basis;
        String source;
        String note;
        if (reference.measure() == InputSpec.Measure.CINC) {
            BasedValue cinc = snapshot.cinc(state, year);
            if (!cinc.present()) {
                throw new InputFormatException(file.file(), spec.line(), field, "no CINC of " + state.id() + " in "
                        + year + ": " + cinc.basis().label() + (cinc.basis().note() == null ? ""
                                : " (" + cinc.basis().note() + ")"));
            }
            value = cinc.value();
            basis = cinc.basis().label();
            source = cinc.basis().source();
            note = "CINC of " + state.id() + " in " + year + (cinc.basis().note() == null ? ""
                    : "; " + cinc.basis().note());
        } else {
            Optional<MilitaryExpenditure> milex = snapshot.milexValue(state, year);
            if (milex.isEmpty()) {
                throw new InputFormatException(file.file(), spec.line(), field, "no SIPRI military expenditure of "
                        + state.id() + " in " + year + " (constant US$)" + snapshot.milex().map(m -> "; release "
                                + m.version() + " covers " + m.firstYear() + "-" + m.lastYear()).orElse(
                                        "; no SIPRI release is loaded"));
            }
            value = milex.get().constantUsdMillions().getAsDouble();
            basis = "observed";
            source = "SIPRI " + milex.get().release();
            note = "military expenditure of " + state.id() + " in " + year + ", US$ m at constant "
                    + milex.get().priceBaseYear() + " prices";
        }
        Range range = Range.point(value);
        if (spec.spread() != null) {
            range = new Range(value * (1 - spec.spread()), value * (1 + spec.spread()));
            note += "; range +/- " + percent(spec.spread()) + " (the file's spread, an analyst's assumption)";
        }
        return new ResolvedInput(value, range, basis, source, null, note);
    }

    private static ResolvedInput assumption(IssueFile file, CaseId caseId, Set<String> declared, InputSpec spec) {
        if (spec.source() != null) {
            if (!declared.contains(spec.source())) {
                throw new InputFormatException(file.file(), spec.line(), spec.field() + ".source", "source '"
                        + spec.source() + "' is not declared by any case in the knowledge base");
            }
            if (spec.quote() != null) {
                String text = BundledCases.sourceText(caseId.value(), spec.source()).orElseThrow(() ->
                        new InputFormatException(file.file(), spec.line(), spec.field() + ".quote", "no text of "
                                + spec.source() + " is bundled to check the quote against; give a locator instead"));
                if (!new QuoteMatcher(text).contains(spec.quote())) {
                    throw new InputFormatException(file.file(), spec.line(), spec.field() + ".quote",
                            "quote not found verbatim in the text of " + spec.source());
                }
            }
        }
        Range range = spec.low() != null ? new Range(spec.low(), spec.high()) : Range.point(spec.value());
        String note = spec.rationale() + (spec.locator() != null ? " (" + spec.locator() + ")" : "");
        return new ResolvedInput(spec.value(), range, "analyst-assumption", spec.source(), spec.quote(), note);
    }

    /** Every input without a range of its own widened by {@code spread}, kept in its domain. */
    private static List<BargainingResult.ActorInputs> spread(List<BargainingResult.ActorInputs> inputs, double spread,
            IssueScale scale) {
        List<BargainingResult.ActorInputs> widened = new ArrayList<>();
        for (BargainingResult.ActorInputs a : inputs) {
            ResolvedInput c = a.capability();
            ResolvedInput x = a.position();
            ResolvedInput s = a.salience();
            widened.add(new BargainingResult.ActorInputs(a.name(),
                    widen(c, c.value() * (1 - spread), c.value() * (1 + spread), spread),
                    widen(x, Math.max(scale.min(), x.value() - spread * scale.span()),
                            Math.min(scale.max(), x.value() + spread * scale.span()), spread),
                    widen(s, s.value() * (1 - spread), Math.min(1, s.value() * (1 + spread)), spread)));
        }
        return widened;
    }

    private static ResolvedInput widen(ResolvedInput input, double low, double high, double spread) {
        if (input.range().high() > input.range().low()) {
            return input;
        }
        String note = (input.note() == null ? "" : input.note() + "; ") + "range +/- " + percent(spread)
                + " (the request's spread)";
        return new ResolvedInput(input.value(), new Range(low, high), input.basis(), input.source(), input.quote(),
                note);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
