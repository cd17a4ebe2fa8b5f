package org.counterweight.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.counterweight.core.dynamics.DormandPrince54Integrator;
import org.counterweight.core.dynamics.Intervention;
import org.counterweight.core.dynamics.ModelState;
import org.counterweight.core.dynamics.SecurityDilemmaModel;
import org.counterweight.core.dynamics.SegmentedIntegration;
import org.counterweight.core.ensemble.Simulation;
import org.counterweight.core.ensemble.Trajectory;

/**
 * One scenario as a Monte Carlo simulation of {@link SecurityDilemmaModel}
 * ({@code docs/models/security-dilemma.md}).
 *
 * <p>Each run draws, in this order (so that a scenario and its baseline share their draws run by
 * run, common random numbers): one row of every actor's calibration draws {c, k, a}, then one value
 * from every intervention's range. Then it integrates from the start year to the end with
 * Dormand-Prince 5(4), alignments following the record year by year up to {@code historicalUntil}
 * and then fixed, or drifting at the scenario's {@link ScenarioSpec.AlignmentDrift} rates (ties also
 * change by the interventions),
 * and records, for every actor and year, {@code ID.milex} (US$ bn), {@code ID.effective},
 * {@code ID.threat} and {@code ID.deficit}, and for every pair the tie its state held,
 * {@link #tieSeries} (the run's alignment path, {@link AlignmentPath}).
 *
 * <p>Parameters: grievance g = c, reaction k, fatigue a from the annual Richardson regression
 * Δx_t = c + k T_(t-1) - a x_(t-1), read as the continuous-time rates (a one-year Euler step of the
 * model is that regression); negative k or a are used as 0 and counted in the calibration report.
 */
public final class ScenarioSimulation implements Simulation {
    /** Series recorded for each actor. */
    public static final List<String> MEASURES = List.of("milex", "effective", "threat", "deficit");

    /** The series of the tie between two actors, in the actors' order: {@code tie.IND-USA}. */
    public static String tieSeries(String a, String b) {
        return "tie." + a + "-" + b;
    }

    private final ScenarioSpec spec;
    private final List<CalibratedActor> actors;
    private final IntFunction<double[][]> alignment;
    private final boolean uncertain;
    private final DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, 1.0, 1e-6, 1e-6);

    /**
     * @param alignment the alignment matrix (actors' order) of a year from the start year to
     *                  {@code historicalUntil} (or the start year alone when it is 0)
     * @param uncertain draw parameters and magnitudes (false: point estimates and mid-ranges, one path)
     */
    public ScenarioSimulation(ScenarioSpec spec, List<CalibratedActor> actors, IntFunction<double[][]> alignment,
            boolean uncertain) {
        this.spec = spec;
        this.actors = List.copyOf(actors);
        this.alignment = alignment;
        this.uncertain = uncertain;
        for (InterventionSpec intervention : spec.interventions()) {
            requireActor(intervention.a(), intervention);
            if (intervention.b() != null) {
                requireActor(intervention.b(), intervention);
            }
        }
    }

    private void requireActor(String id, InterventionSpec intervention) {
        if (actors.stream().noneMatch(a -> a.id().equals(id))) {
            throw new IllegalArgumentException("intervention '" + intervention.label() + "' names " + id
                    + ", which is not among the calibrated actors " + actors.stream().map(CalibratedActor::id).toList());
        }
    }

    public List<CalibratedActor> actors() {
        return actors;
    }

    @Override
    public Trajectory run(int runIndex, RandomGenerator random) {
        double[][] parameters = new double[actors.size()][];
        for (int i = 0; i < actors.size(); i++) {
            CalibratedActor actor = actors.get(i);
            int row = uncertain ? random.nextInt(actor.draws().length) : 0;
            parameters[i] = actor.draws()[row];
        }
        double[] magnitudes = new double[spec.interventions().size()];
        for (int m = 0; m < magnitudes.length; m++) {
            Range range = spec.interventions().get(m).magnitude();
            magnitudes[m] = uncertain ? range.draw(random) : range.mid();
        }
        return runWith(parameters, magnitudes);
    }

    /**
     * One deterministic path.
     *
     * @param parameters {c, k, a} per actor
     * @param magnitudes one value per intervention
     */
    public Trajectory runWith(double[][] parameters, double[] magnitudes) {
        SecurityDilemmaModel.Builder builder = SecurityDilemmaModel.builder();
        double[] levels = new double[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            CalibratedActor actor = actors.get(i);
            double[] p = parameters[i];
            builder.actor(actor.id(), Math.max(0, p[1]), Math.max(0, p[2]), p[0], actor.capacity());
            levels[i] = Math.min(actor.level(), actor.capacity());
        }
        SecurityDilemmaModel model = builder.build();
        double[] state = model.state(levels, alignment.apply(spec.startYear()));
        ScenarioSpec.AlignmentDrift drift = spec.alignmentDrift();
        List<Intervention<SecurityDilemmaModel>> interventions = new ArrayList<>();
        if (spec.historicalUntil() > 0) {
            for (int year = spec.startYear() + 1; year <= spec.historicalUntil(); year++) {
                double[][] w = alignment.apply(year);
                interventions.add(Intervention.ofState(year, "record " + year, y -> setTies(model, y, w)));
            }
        }
        for (int m = 0; m < magnitudes.length; m++) {
            interventions.add(toIntervention(spec.interventions().get(m), magnitudes[m]));
        }
        if (!drift.equals(ScenarioSpec.AlignmentDrift.NONE)) {
            double driftFrom = Math.max(spec.startYear(), spec.historicalUntil());
            interventions.add(Intervention.ofEquations(driftFrom, "alignments drift", m -> m.withAlignmentRates(
                    drift.structuralBalance(), drift.threatBalancing())));
        }
        int years = spec.horizonYears() + 1;
        double[] outputs = new double[years];
        for (int t = 0; t < years; t++) {
            outputs[t] = spec.startYear() + t;
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        for (CalibratedActor actor : actors) {
            for (String measure : MEASURES) {
                series.put(actor.id() + "." + measure, new double[years]);
            }
        }
        List<int[]> pairs = AlignmentPath.pairs(actors.size());
        for (int[] pair : pairs) {
            series.put(tieSeries(actors.get(pair[0]).id(), actors.get(pair[1]).id()), new double[years]);
        }
        var outcome = SegmentedIntegration.run(integrator, new ModelState<>(model, state), spec.startYear(),
                spec.endYear(), interventions, outputs, (t, equations, y) -> {
                    int index = (int) Math.round(t - spec.startYear());
                    double[] effective = equations.effectiveCapability(y);
                    double[] threat = equations.threat(y);
                    double[] deficit = equations.securityDeficit(y);
                    for (int i = 0; i < actors.size(); i++) {
                        String id = actors.get(i).id();
                        series.get(id + ".milex")[index] = y[i];
                        series.get(id + ".effective")[index] = effective[i];
                        series.get(id + ".threat")[index] = threat[i];
                        series.get(id + ".deficit")[index] = deficit[i];
                    }
                    recordTies(equations, y, pairs, series, index);
                });
        if (!outcome.completed()) {
            // a run that cannot be integrated to the end leaves its unreached years missing, never 0
            int reached = (int) Math.floor(outcome.time() - spec.startYear()) + 1;
            for (double[] values : series.values()) {
                java.util.Arrays.fill(values, Math.max(0, reached), values.length, Double.NaN);
            }
        }
        return Trajectory.yearly(spec.startYear(), series);
    }

    private void recordTies(SecurityDilemmaModel equations, double[] y, List<int[]> pairs,
            Map<String, double[]> series, int index) {
        for (int[] pair : pairs) {
            series.get(tieSeries(actors.get(pair[0]).id(), actors.get(pair[1]).id()))[index] =
                    y[equations.tieIndex(pair[0], pair[1])];
        }
    }

    private static double[] setTies(SecurityDilemmaModel model, double[] y, double[][] w) {
        double[] copy = y;
        List<SecurityDilemmaModel.Actor> list = model.actors();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                copy = model.withTie(copy, list.get(i).id(), list.get(j).id(), w[i][j]);
            }
        }
        return copy;
    }

    private static Intervention<SecurityDilemmaModel> toIntervention(InterventionSpec spec, double magnitude) {
        return switch (spec.kind()) {
            case SET_TIE -> new Intervention<>(spec.time(), spec.label(), before -> new ModelState<>(before.equations(),
                    before.equations().withTie(before.state(), spec.a(), spec.b(), magnitude)));
            case SHIFT_TIE -> new Intervention<>(spec.time(), spec.label(), before -> {
                double w = before.equations().alignment(before.state(), spec.a(), spec.b());
                return new ModelState<>(before.equations(), before.equations().withTie(before.state(), spec.a(),
                        spec.b(), Math.max(-1, Math.min(1, w + magnitude))));
            });
            case SCALE_CAPACITY -> Intervention.ofEquations(spec.time(), spec.label(), model -> {
                SecurityDilemmaModel.Actor actor = model.actor(spec.a());
                return model.withActor(actor.withCapacity(actor.capacity() * magnitude));
            });
            case SCALE_LEVEL -> new Intervention<>(spec.time(), spec.label(), before -> new ModelState<>(
                    before.equations(), before.equations().withLevel(before.state(), spec.a(),
                            before.equations().level(before.state(), spec.a()) * magnitude)));
            case SHIFT_GRIEVANCE -> Intervention.ofEquations(spec.time(), spec.label(), model -> {
                SecurityDilemmaModel.Actor actor = model.actor(spec.a());
                return model.withActor(actor.withGrievance(actor.grievance() + magnitude));
            });
        };
    }
}
