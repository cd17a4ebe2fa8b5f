package org.counterweight.core.bargaining;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.ProgressListener;
import org.counterweight.core.ensemble.Simulation;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.ensemble.Trajectory;
import org.counterweight.core.scenario.Range;

/**
 * The expected-utility model under input uncertainty: a Monte Carlo ensemble over the analyst's ranges
 * (each run draws every actor's capability, position and salience uniformly from its range, from the
 * run's own generator, {@link org.counterweight.core.ensemble.Seeds}) recording the median-voter position
 * and the weighted mean per round, and a one-at-a-time sensitivity of the last round's median to each
 * uncertain input ({@link Tornado}: the input at the low and the high end of its range, every other
 * input at its base value). Neither appears in Bueno de Mesquita (1994) or Scholz et al. (2011), whose
 * runs take the inputs as exact; Bueno de Mesquita (2002, ch. 6) perturbs saliences at random between
 * rounds, which this does not do.
 *
 * <p>Deterministic for a seed whatever the thread count: run i depends on (seed, i) only.
 */
public final class BargainingForecast {
    /** The ensemble's series: the median-voter position per round. */
    public static final String MEDIAN = "median";
    /** The ensemble's series: the capability-salience-weighted mean per round. */
    public static final String MEAN = "mean";

    private final ExpectedUtilityModel model;
    private final IssueScale scale;
    private final List<UncertainActor> actors;
    private final int rounds;

    /**
     * @param actors at least two, every position range on the scale
     * @param rounds rounds per run, >= 0
     */
    public BargainingForecast(ExpectedUtilityModel model, IssueScale scale, List<UncertainActor> actors, int rounds) {
        if (model == null || scale == null) {
            throw new IllegalArgumentException("a model and a scale are required");
        }
        if (actors.size() < 2) {
            throw new IllegalArgumentException("bargaining needs at least two actors, got " + actors.size());
        }
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
        }
        for (UncertainActor actor : actors) {
            Range range = actor.position();
            if (!scale.contains(range.low()) || !scale.contains(range.high())) {
                throw new IllegalArgumentException(actor.base().name() + ": position range " + range
                        + " leaves the issue's scale [" + scale.min() + ", " + scale.max() + "]");
            }
        }
        this.model = model;
        this.scale = scale;
        this.actors = List.copyOf(actors);
        this.rounds = rounds;
    }

    /** The runs: run i draws its inputs from {@code Seeds.generator(seed, i)}; time = rounds 0, 1, ... */
    public Ensemble ensemble(EnsembleRunner runner, int runs, long seed, ProgressListener progress) {
        Simulation simulation = (index, random) -> {
            List<BargainingActor> drawn = new ArrayList<>(actors.size());
            for (UncertainActor actor : actors) {
                drawn.add(actor.draw(random));
            }
            return record(model.run(drawn, scale, rounds));
        };
        return runner.run(simulation, runs, seed, progress);
    }

    /**
     * The last round's median with each uncertain input at the low and at the high end of its range,
     * the input whose end moves it furthest from the base run's first ({@link Tornado}); parameters are
     * named "ACTOR capability|position|salience". Inputs known exactly are left out (they move nothing);
     * with none uncertain the result has no bars.
     */
    public Tornado.Result sensitivity() {
        List<Input> inputs = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            for (Field field : Field.values()) {
                Input input = new Input(a, field, actors.get(a));
                if (input.range().high() > input.range().low()) {
                    inputs.add(input);
                }
            }
        }
        int p = inputs.size();
        double[] base = new double[p];
        double[] low = new double[p];
        double[] high = new double[p];
        for (int j = 0; j < p; j++) {
            base[j] = inputs.get(j).field().of(inputs.get(j).actor().base());
            low[j] = inputs.get(j).range().low();
            high[j] = inputs.get(j).range().high();
        }
        return Tornado.of(inputs.stream().map(Input::name).toList(), base, low, high, vector -> {
            List<BargainingActor> set = new ArrayList<>(actors.stream().map(UncertainActor::base).toList());
            for (int j = 0; j < p; j++) {
                Input input = inputs.get(j);
                set.set(input.index(), input.field().with(set.get(input.index()), vector[j]));
            }
            List<Round> run = model.run(set, scale, rounds);
            return run.get(run.size() - 1).median();
        });
    }

    /** An actor's input the sensitivity varies. */
    private enum Field {
        CAPABILITY, POSITION, SALIENCE;

        double of(BargainingActor actor) {
            return switch (this) {
                case CAPABILITY -> actor.capability();
                case POSITION -> actor.position();
                case SALIENCE -> actor.salience();
            };
        }

        Range range(UncertainActor actor) {
            return switch (this) {
                case CAPABILITY -> actor.capability();
                case POSITION -> actor.position();
                case SALIENCE -> actor.salience();
            };
        }

        BargainingActor with(BargainingActor actor, double value) {
            return switch (this) {
                case CAPABILITY -> new BargainingActor(actor.name(), value, actor.position(), actor.salience());
                case POSITION -> actor.at(value);
                case SALIENCE -> new BargainingActor(actor.name(), actor.capability(), actor.position(), value);
            };
        }
    }

    /** Input {@code field} of actor number {@code index}. */
    private record Input(int index, Field field, UncertainActor actor) {
        Range range() {
            return field.range(actor);
        }

        String name() {
            return actor.base().name() + " " + field.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static Trajectory record(List<Round> run) {
        double[] time = new double[run.size()];
        double[] median = new double[run.size()];
        double[] mean = new double[run.size()];
        for (int r = 0; r < run.size(); r++) {
            time[r] = r;
            median[r] = run.get(r).median();
            mean[r] = run.get(r).mean();
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put(MEDIAN, median);
        series.put(MEAN, mean);
        return new Trajectory(time, series);
    }
}
