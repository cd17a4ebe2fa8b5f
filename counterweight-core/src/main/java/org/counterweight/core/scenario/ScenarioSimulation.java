package org.counterweight.core.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.counterweight.core.dynamics.DormandPrince54Integrator;
import org.counterweight.core.dynamics.Integration;
import org.counterweight.core.dynamics.AlignmentDynamics;
import org.counterweight.core.ensemble.Simulation;
import org.counterweight.core.ensemble.Trajectory;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.ExpenditurePath;
import org.counterweight.core.expenditure.Model;

/**
 * One scenario as a Monte Carlo simulation of the security-dilemma system in yearly steps
 * ({@code docs/models/security-dilemma.md}): each actor's military expenditure follows the
 * specification selected for it by its out-of-sample record ({@code docs/models/specifications.md},
 * all estimated in logs, so every level is positive by construction and nothing is clipped), driven by
 * the threat it faces on the scenario's alignments ({@link AlignmentDynamics#threat}).
 *
 * <p>Each run draws, in this order (so that a scenario and its baseline share their draws run by
 * run, common random numbers): one admissible parameter draw of every actor's equation, then one
 * value from every intervention's range. Then, year by year from the start year to the end:
 * <ol>
 *   <li>the alignments: the record's for the year up to {@code historicalUntil} (with the tie
 *       interventions dated up to the year applied over it), after it the previous year's, drifting
 *       over the year at the scenario's {@link ScenarioSpec.AlignmentDrift} rates (the alignment
 *       equations of {@link AlignmentDynamics}, Dormand-Prince 5(4), levels held at the previous
 *       year's), then the tie interventions of the year ({@link InterventionSpec#year()});</li>
 *   <li>the levels: every actor's equation predicts x_t from its own past levels, the threat T and
 *       hostility H computed from the simulated levels and alignments, and GDP. An equation reading
 *       this year's threat is solved jointly with the others' levels by fixed-point iteration (to
 *       {@value #TOLERANCE} in log levels, at most {@value #MAX_ITERATIONS} iterations; one that reads
 *       only lagged values converges on the second pass). GDP is the observed series, and after its
 *       last year its observed mean log growth (stated in the inputs' notes);</li>
 *   <li>the level interventions of the year (scale-level), applied to x_t;</li>
 *   <li>the record: {@code ID.milex} (US$ bn), {@code ID.effective}, {@code ID.threat},
 *       {@code ID.deficit} for every actor, and for every pair the tie it held in the year,
 *       {@link #tieSeries} (the run's alignment path, {@link AlignmentPath}).</li>
 * </ol>
 * A run whose equation cannot be evaluated (a logged threat at 0, no convergence) leaves the years
 * from there missing (NaN), never 0.
 */
public final class ScenarioSimulation implements Simulation {
    /** Series recorded for each actor. */
    public static final List<String> MEASURES = List.of("milex", "effective", "threat", "deficit");
    /** Convergence of the joint solution of a year's levels, in log levels. */
    static final double TOLERANCE = 1e-12;
    /** Iterations of the joint solution at most. */
    static final int MAX_ITERATIONS = 100;

    /** The series of the tie between two actors, in the actors' order: {@code tie.IND-USA}. */
    public static String tieSeries(String a, String b) {
        return "tie." + a + "-" + b;
    }

    private final ScenarioSpec spec;
    private final List<SimulatedActor> actors;
    private final IntFunction<double[][]> alignment;
    private final boolean uncertain;
    private final AlignmentDynamics structure;
    private final AlignmentDynamics drifting;
    private final double[][] income;
    private final int[] firstYear;
    /** Whether any equation reads this year's threat or hostility (then a year's levels are solved jointly). */
    private final boolean readsThisYear;
    /** The actors' pairs ({@link AlignmentPath#pairs}), whose ties every run records. */
    private final List<int[]> pairs;
    private final DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, 1.0, 1e-6, 1e-6);

    /**
     * @param alignment the alignment matrix (actors' order) of a year from the start year to
     *                  {@code historicalUntil} (or the start year alone when it is 0)
     * @param uncertain draw parameters and magnitudes (false: point estimates and mid-ranges, one path)
     * @throws IllegalArgumentException when an intervention names an actor outside the system, or acts
     *                                  on a tie that is not in the state it expects ({@link #problem})
     */
    public ScenarioSimulation(ScenarioSpec spec, List<SimulatedActor> actors, IntFunction<double[][]> alignment,
            boolean uncertain) {
        this.spec = spec;
        this.actors = List.copyOf(actors);
        this.alignment = alignment;
        this.uncertain = uncertain;
        this.structure = AlignmentDynamics.of(this.actors.stream().map(SimulatedActor::id).toList());
        ScenarioSpec.AlignmentDrift drift = spec.alignmentDrift();
        this.drifting = drift.equals(ScenarioSpec.AlignmentDrift.NONE) ? null
                : structure.withAlignmentRates(drift.structuralBalance(), drift.threatBalancing());
        this.income = new double[this.actors.size()][];
        this.firstYear = new int[this.actors.size()];
        for (int i = 0; i < this.actors.size(); i++) {
            ExpenditureHistory history = this.actors.get(i).history();
            firstYear[i] = history.firstYear();
            income[i] = projectedIncome(history, spec.endYear());
            if (!(history.level(spec.startYear()) > 0)) {
                throw new IllegalArgumentException(actors.get(i).id() + " has no expenditure in " + spec.startYear());
            }
        }
        boolean reads = false;
        for (int i = 0; i < this.actors.size(); i++) {
            reads |= readsThisYear(this.actors.get(i), spec.startYear(), income[i]);
        }
        this.readsThisYear = reads;
        this.pairs = AlignmentPath.pairs(this.actors.size());
        problem(spec, structure.actors(), alignment)
                .ifPresent(p -> {
                    throw new IllegalArgumentException(p.message());
                });
    }

    /**
     * An intervention that does not fit the state it acts on, with the field to fix.
     *
     * @param intervention the intervention
     * @param field        its field at fault ({@code actors} or {@code kind})
     * @param message      what is wrong
     */
    public record Problem(InterventionSpec intervention, String field, String message) {
    }

    /**
     * The first intervention that does not fit the state it acts on: one naming an actor outside the
     * system, a set-tie or shift-tie on a tie absent (0) where it acts, a create-tie on a tie present.
     * The state is the record's alignment in the intervention's year (the last record year after the
     * record ends) with the earlier tie interventions applied at their mid-range; alignment drift is
     * not anticipated.
     *
     * @param ids       the system's actors, in the order of the alignment matrices
     * @param alignment the alignment matrix of a record year
     */
    public static Optional<Problem> problem(ScenarioSpec spec, List<String> ids, IntFunction<double[][]> alignment) {
        for (InterventionSpec intervention : spec.interventions()) {
            for (String id : intervention.b() == null ? List.of(intervention.a())
                    : List.of(intervention.a(), intervention.b())) {
                if (!ids.contains(id)) {
                    return Optional.of(new Problem(intervention, "actors", "intervention '" + intervention.label()
                            + "' acts on " + id + ", which is not in the system " + ids));
                }
            }
        }
        int recordEnd = Math.max(spec.startYear(), spec.historicalUntil());
        for (int m = 0; m < spec.interventions().size(); m++) {
            InterventionSpec intervention = spec.interventions().get(m);
            if (!intervention.kind().isTie()) {
                continue;
            }
            int year = Math.min(intervention.year(), recordEnd);
            double[][] w = alignment.apply(year);
            for (int earlier = 0; earlier < m; earlier++) {
                InterventionSpec before = spec.interventions().get(earlier);
                if (before.kind().isTie() && before.year() <= intervention.year()) {
                    applyTie(w, ids.indexOf(before.a()), ids.indexOf(before.b()), before, before.magnitude().mid());
                }
            }
            double tie = w[ids.indexOf(intervention.a())][ids.indexOf(intervention.b())];
            String pair = intervention.a() + "-" + intervention.b();
            if (intervention.kind() == InterventionSpec.Kind.CREATE_TIE && tie != 0) {
                return Optional.of(new Problem(intervention, "kind", "intervention '" + intervention.label()
                        + "' creates the tie " + pair + ", which exists in " + intervention.year() + " (w = " + tie
                        + "): use set-tie or shift-tie"));
            }
            if (intervention.kind() != InterventionSpec.Kind.CREATE_TIE && tie == 0) {
                return Optional.of(new Problem(intervention, "kind", "intervention '" + intervention.label() + "' "
                        + intervention.kind().label() + "s the tie " + pair + ", which does not exist in "
                        + intervention.year() + " (w = 0 in the record): to create it, use kind create-tie"));
            }
        }
        return Optional.empty();
    }

    public List<SimulatedActor> actors() {
        return actors;
    }

    @Override
    public Trajectory run(int runIndex, RandomGenerator random) {
        Model[] models = new Model[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            SimulatedActor actor = actors.get(i);
            models[i] = uncertain ? actor.draws().get(random.nextInt(actor.draws().size())) : actor.point();
        }
        double[] magnitudes = new double[spec.interventions().size()];
        for (int m = 0; m < magnitudes.length; m++) {
            Range range = spec.interventions().get(m).magnitude();
            magnitudes[m] = uncertain ? range.draw(random) : range.mid();
        }
        return runWith(models, magnitudes);
    }

    /**
     * One deterministic path.
     *
     * @param models     each actor's equation with its coefficients, in the actors' order
     * @param magnitudes one value per intervention
     */
    public Trajectory runWith(Model[] models, double[] magnitudes) {
        int n = actors.size();
        int start = spec.startYear();
        int years = spec.horizonYears() + 1;
        Map<String, double[]> series = new LinkedHashMap<>();
        double[][] out = new double[n * MEASURES.size() + pairs.size()][];
        int k = 0;
        for (SimulatedActor actor : actors) {
            for (String measure : MEASURES) {
                out[k++] = missing(series, actor.id() + "." + measure, years);
            }
        }
        for (int[] pair : pairs) {
            out[k++] = missing(series, tieSeries(actors.get(pair[0]).id(), actors.get(pair[1]).id()), years);
        }
        SimulatedPath[] paths = new SimulatedPath[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            paths[i] = new SimulatedPath(actors.get(i).history(), firstYear[i], start, income[i]);
            x[i] = actors.get(i).level(start);
        }
        double[][] w = alignment.apply(start);
        applyTies(w, magnitudes, start, start);
        scaleLevels(x, magnitudes, start);
        double[] state = structure.state(x, w);
        record(state, w, paths, start, 0, out);
        for (int t = start + 1; t <= spec.endYear(); t++) {
            if (t <= spec.historicalUntil()) {
                w = alignment.apply(t);
                applyTies(w, magnitudes, start, t);
            } else {
                if (drifting != null) {
                    Integration drift = integrator.integrate(drifting, t - 1, state, t);
                    if (!drift.completed()) {
                        break;
                    }
                    w = ties(drift.state());
                }
                applyTies(w, magnitudes, t, t);
            }
            setTies(state, w);
            if (!levels(models, paths, state, w, t)) {
                break;
            }
            for (int i = 0; i < n; i++) {
                x[i] = state[i];
            }
            scaleLevels(x, magnitudes, t);
            System.arraycopy(x, 0, state, 0, n);
            record(state, w, paths, t, t - start, out);
        }
        return Trajectory.yearly(start, series);
    }

    /**
     * Solves this year's levels into {@code state} (its ties already the year's, its levels last
     * year's on entry): in one pass when no equation reads this year's threat or hostility, else by
     * fixed-point iteration. False when an equation cannot be evaluated or does not converge.
     */
    private boolean levels(Model[] models, SimulatedPath[] paths, double[] state, double[][] w, int t) {
        int n = actors.size();
        int passes = readsThisYear ? MAX_ITERATIONS : 1;
        for (int iteration = 0; iteration < passes; iteration++) {
            if (readsThisYear) {
                double[] threat = structure.threat(state);
                for (int i = 0; i < n; i++) {
                    paths[i].set(t, Double.NaN, threat[i], hostility(w, i));
                }
            }
            boolean converged = iteration > 0 || !readsThisYear;
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = models[i].predict(paths[i], t);
                if (!(next[i] > 0) || !Double.isFinite(next[i])) {
                    return false;
                }
                converged &= !readsThisYear || Math.abs(Math.log(next[i]) - Math.log(state[i])) <= TOLERANCE;
            }
            System.arraycopy(next, 0, state, 0, n);
            if (converged) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor's equation reads the threat or hostility of the year it predicts: probed on its
     * history, with the year after the start's threat and hostility absent; an equation that still gives
     * a level does not read them (one that gives none is assumed to, and is solved jointly).
     */
    private static boolean readsThisYear(SimulatedActor actor, int start, double[] income) {
        SimulatedPath probe = new SimulatedPath(actor.history(), actor.history().firstYear(), start + 1, income);
        probe.set(start + 1, Double.NaN, Double.NaN, Double.NaN);
        return !Double.isFinite(actor.point().predict(probe, start + 1));
    }

    private void setTies(double[] state, double[][] w) {
        int n = actors.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                state[structure.tieIndex(i, j)] = w[i][j];
            }
        }
    }

    private void record(double[] state, double[][] w, SimulatedPath[] paths, int year, int index, double[][] out) {
        double[] effective = structure.effectiveCapability(state);
        double[] threat = structure.threat(state);
        double[] deficit = structure.securityDeficit(state);
        int measures = MEASURES.size();
        for (int i = 0; i < actors.size(); i++) {
            paths[i].set(year, state[i], threat[i], hostility(w, i));
            out[i * measures][index] = state[i];
            out[i * measures + 1][index] = effective[i];
            out[i * measures + 2][index] = threat[i];
            out[i * measures + 3][index] = deficit[i];
        }
        int k = actors.size() * measures;
        for (int[] pair : pairs) {
            out[k++][index] = w[pair[0]][pair[1]];
        }
    }

    /** A series of the run, every year missing (NaN) until recorded. */
    private static double[] missing(Map<String, double[]> series, String name, int years) {
        double[] values = new double[years];
        Arrays.fill(values, Double.NaN);
        series.put(name, values);
        return values;
    }

    /** H_i: the summed strength of actor i's hostile ties. */
    private static double hostility(double[][] w, int i) {
        double h = 0;
        for (int j = 0; j < w.length; j++) {
            if (j != i && w[i][j] < 0) {
                h -= w[i][j];
            }
        }
        return h;
    }

    private double[][] ties(double[] state) {
        int n = actors.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                w[i][j] = state[structure.tieIndex(i, j)];
                w[j][i] = w[i][j];
            }
        }
        return w;
    }

    /** Applies the tie interventions acting on a year in {@code from..to}, in the scenario's order. */
    private void applyTies(double[][] w, double[] magnitudes, int from, int to) {
        for (int m = 0; m < magnitudes.length; m++) {
            InterventionSpec intervention = spec.interventions().get(m);
            if (intervention.kind().isTie() && intervention.year() >= from && intervention.year() <= to) {
                applyTie(w, structure.indexOf(intervention.a()), structure.indexOf(intervention.b()), intervention,
                        magnitudes[m]);
            }
        }
    }

    private static void applyTie(double[][] w, int i, int j, InterventionSpec intervention, double magnitude) {
        double value = switch (intervention.kind()) {
            case SET_TIE, CREATE_TIE -> magnitude;
            case SHIFT_TIE -> Math.max(-1, Math.min(1, w[i][j] + magnitude));
            case SCALE_LEVEL -> throw new IllegalArgumentException("not a tie intervention: " + intervention);
        };
        w[i][j] = value;
        w[j][i] = value;
    }

    private void scaleLevels(double[] x, double[] magnitudes, int year) {
        for (int m = 0; m < magnitudes.length; m++) {
            InterventionSpec intervention = spec.interventions().get(m);
            if (intervention.kind() == InterventionSpec.Kind.SCALE_LEVEL && intervention.year() == year) {
                x[structure.indexOf(intervention.a())] *= magnitudes[m];
            }
        }
    }

    /**
     * GDP from the history's first year to {@code end}: observed where it is, after the last observed
     * year its observed mean log growth; NaN before the first observation and in gaps.
     */
    static double[] projectedIncome(ExpenditureHistory history, int end) {
        int first = history.firstYear();
        double[] y = new double[Math.max(end, history.lastYear()) - first + 1];
        int last = -1;
        int firstObserved = -1;
        for (int t = 0; t < y.length; t++) {
            y[t] = history.income(first + t);
            if (y[t] > 0) {
                last = t;
                firstObserved = firstObserved < 0 ? t : firstObserved;
            }
        }
        if (last > firstObserved) {
            double growth = (Math.log(y[last]) - Math.log(y[firstObserved])) / (last - firstObserved);
            for (int t = last + 1; t < y.length; t++) {
                y[t] = y[last] * Math.exp(growth * (t - last));
            }
        }
        return y;
    }

    /**
     * One actor's path in a run: its history up to the start year, the run's levels, threat and
     * hostility after it, GDP as projected.
     */
    private static final class SimulatedPath implements ExpenditurePath {
        private final int first;
        private final double[] level;
        private final double[] threat;
        private final double[] hostility;
        private final double[] income;

        SimulatedPath(ExpenditureHistory history, int first, int start, double[] income) {
            this.first = first;
            this.income = income;
            int length = income.length;
            this.level = new double[length];
            this.threat = new double[length];
            this.hostility = new double[length];
            Arrays.fill(level, Double.NaN);
            Arrays.fill(threat, Double.NaN);
            Arrays.fill(hostility, Double.NaN);
            for (int year = first; year < start; year++) {
                level[year - first] = history.level(year);
                threat[year - first] = history.threat(year);
                hostility[year - first] = history.hostility(year);
            }
        }

        void set(int year, double x, double t, double h) {
            level[year - first] = x;
            threat[year - first] = t;
            hostility[year - first] = h;
        }

        @Override
        public double level(int year) {
            return at(level, year);
        }

        @Override
        public double threat(int year) {
            return at(threat, year);
        }

        @Override
        public double income(int year) {
            return at(income, year);
        }

        @Override
        public double hostility(int year) {
            return at(hostility, year);
        }

        private double at(double[] values, int year) {
            return ExpenditurePath.at(values, first, year);
        }
    }
}
