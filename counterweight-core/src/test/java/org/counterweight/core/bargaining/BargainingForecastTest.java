package org.counterweight.core.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.ProgressListener;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.scenario.Range;
import org.junit.jupiter.api.Test;

/** The Monte Carlo ensemble and the sensitivity over the European Community example with ranges. */
class BargainingForecastTest {
    /** The EC example with capability and salience +/- 10% (salience capped at 1) and positions +/- 0.5 year. */
    static List<UncertainActor> perturbedEc() {
        List<UncertainActor> actors = new ArrayList<>();
        for (BargainingActor a : EuropeanCommunityExample.ACTORS) {
            actors.add(new UncertainActor(a, new Range(a.capability() * 0.9, a.capability() * 1.1),
                    new Range(Math.max(4, a.position() - 0.5), Math.min(10, a.position() + 0.5)),
                    new Range(a.salience() * 0.9, Math.min(1, a.salience() * 1.1))));
        }
        return actors;
    }

    private static BargainingForecast forecast(Variant variant, int rounds) {
        return new BargainingForecast(new ExpectedUtilityModel(variant), EuropeanCommunityExample.SCALE, perturbedEc(),
                rounds);
    }

    /** The same seed gives the same ensemble whatever the number of threads. */
    @Property(tries = 12, seed = "20261218")
    void sameSeedSameRunsOnAnyThreadCount(@ForAll @LongRange(min = -1000, max = 1000) long seed,
            @ForAll @IntRange(min = 2, max = 6) int threads) {
        BargainingForecast forecast = forecast(Variant.SCHOLZ, 5);

        Ensemble one = forecast.ensemble(new EnsembleRunner(1), 40, seed, ProgressListener.NONE);
        Ensemble many = forecast.ensemble(new EnsembleRunner(threads), 40, seed, ProgressListener.NONE);

        assertThat(many.runs()).isEqualTo(one.runs());
    }

    /** Every run's median is one of its actors' positions, so it stays on the scale. */
    @Property(tries = 10, seed = "20261219")
    void mediansStayOnTheScale(@ForAll @LongRange(min = 0, max = 10_000) long seed) {
        Ensemble ensemble = forecast(Variant.BDM_INTENT, 4).ensemble(new EnsembleRunner(2), 25, seed,
                ProgressListener.NONE);

        for (int r = 0; r < ensemble.size(); r++) {
            for (double median : ensemble.run(r).series(BargainingForecast.MEDIAN)) {
                assertThat(median).isBetween(4.0, 10.0);
            }
        }
    }

    @Test
    void pointRangesReproduceTheSingleRun() {
        List<UncertainActor> fixed = EuropeanCommunityExample.ACTORS.stream().map(UncertainActor::fixed).toList();
        BargainingForecast forecast = new BargainingForecast(new ExpectedUtilityModel(Variant.SCHOLZ),
                EuropeanCommunityExample.SCALE, fixed, 1);

        Ensemble ensemble = forecast.ensemble(new EnsembleRunner(2), 3, 7, ProgressListener.NONE);

        assertThat(ensemble.run(2).value(BargainingForecast.MEDIAN, 1)).isEqualTo(8.415932315426764);
        assertThat(forecast.sensitivity().bars()).isEmpty();
    }

    @Test
    void sensitivityRanksEveryUncertainInputByItsLargestChange() {
        Tornado.Result result = forecast(Variant.SCHOLZ, 3).sensitivity();

        assertThat(result.bars()).hasSize(30);
        assertThat(result.baseOutput()).isEqualTo(9.961979590401311, org.assertj.core.api.Assertions.within(1e-9));
        for (int i = 1; i < result.bars().size(); i++) {
            assertThat(result.bars().get(i - 1).largestChange()).isGreaterThanOrEqualTo(
                    result.bars().get(i).largestChange());
        }
        assertThat(result.bars().get(0).name()).matches(".* (capability|position|salience)");
    }

    @Test
    void refusesRangesOffTheScaleOrOutsideTheirDomain() {
        BargainingActor belgium = EuropeanCommunityExample.ACTORS.get(1);
        List<UncertainActor> off = new ArrayList<>(perturbedEc());
        off.set(1, new UncertainActor(belgium, Range.point(0.08), new Range(3, 8), Range.point(0.4)));
        assertThatThrownBy(() -> new BargainingForecast(new ExpectedUtilityModel(Variant.SCHOLZ),
                EuropeanCommunityExample.SCALE, off, 1)).hasMessageContaining("Belgium: position range [3.0, 8.0]");
        assertThatThrownBy(() -> new UncertainActor(belgium, Range.point(0.08), Range.point(7), new Range(0.3, 1.2)))
                .hasMessageContaining("leaves [0, 1]");
        assertThatThrownBy(() -> new UncertainActor(belgium, new Range(0.1, 0.2), Range.point(7), Range.point(0.4)))
                .hasMessageContaining("capability 0.08 lies outside its range");
    }
}
