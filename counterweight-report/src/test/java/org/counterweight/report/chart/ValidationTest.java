package org.counterweight.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed input fails in the record's constructor with a message naming the field. */
class ValidationTest {
    private static final double[] X = {1, 2, 3};

    @Test
    void emptyListsAreRejected() {
        assertThatThrownBy(() -> new LineChart("t", "Year", "CINC", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series must not be empty");
        assertThatThrownBy(() -> new FanChart("t", "Year", "Ratio", List.of())).hasMessage("bands must not be empty");
        assertThatThrownBy(() -> new StackedBars("t", "%", List.of(), List.of()))
                .hasMessage("categories must not be empty");
        assertThatThrownBy(() -> new NetworkChart("t", List.of(), List.of())).hasMessage("nodes must not be empty");
        assertThatThrownBy(() -> new Timeline("t", List.of())).hasMessage("marks must not be empty");
    }

    @Test
    void labelsAndUnitsAreRequired() {
        List<LineChart.Series> s = List.of(new LineChart.Series("IND", X, X));
        assertThatThrownBy(() -> new LineChart("t", "Year", " ", s)).hasMessage("yLabel must not be blank");
        assertThatThrownBy(() -> new LineChart(null, "Year", "CINC", s)).hasMessage("title must not be null");
        List<LineChart.Series> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new LineChart("t", "Year", "CINC", withNull)).hasMessage("series[0] must not be null");
    }

    @Test
    void lengthsMustMatch() {
        assertThatThrownBy(() -> new LineChart.Series("IND", X, new double[] {1, 2}))
                .hasMessage("series 'IND' y has 2 values but series 'IND' x has 3");
        assertThatThrownBy(() -> new FanChart.Band("Baseline", X, X, X, X, X, new double[] {1}))
                .hasMessageContaining("band 'Baseline' p95 has 1 values");
        assertThatThrownBy(() -> new StackedBars("t", "%", List.of("a", "b"),
                List.of(new StackedBars.Segment("RUS", X)))).hasMessage("segment 'RUS' values has 3 values but categories has 2");
    }

    @Test
    void percentilesMustBeOrdered() {
        double[] lo = {1, 2, 3};
        double[] hi = {1, 2, 2.5};
        assertThatThrownBy(() -> new FanChart.Band("B", X, lo, lo, lo, lo, hi))
                .hasMessage("band 'B' p75[2] = 3.0 exceeds p95[2] = 2.5");
    }

    @Test
    void valuesOutOfRangeAreRejected() {
        assertThatThrownBy(() -> new StackedBars.Segment("RUS", new double[] {-1}))
                .hasMessageContaining("segment 'RUS' values[0] = -1.0");
        assertThatThrownBy(() -> new NetworkChart.Node("IND", "India", -0.1, 0)).hasMessageContaining("node 'IND' size");
        assertThatThrownBy(() -> new NetworkChart.Edge("IND", "PAK", 2, 1, "")).hasMessageContaining("sign = 2");
        assertThatThrownBy(() -> new NetworkChart.Edge("IND", "IND", 1, 1, "")).hasMessageContaining("two actors");
        assertThatThrownBy(() -> new NetworkChart.Edge("IND", "PAK", 1, Double.NaN, "")).hasMessageContaining("weight");
        assertThatThrownBy(() -> new NetworkChart("t", List.of(new NetworkChart.Node("IND", "India", 1, 0)),
                List.of(new NetworkChart.Edge("IND", "PAK", 1, 1, "")))).hasMessage("edges[0].b = 'PAK' is not a node id");
        assertThatThrownBy(() -> new NetworkChart("t", List.of(new NetworkChart.Node("IND", "India", 1, 0),
                new NetworkChart.Node("IND", "India", 1, 0)), List.of())).hasMessageContaining("node id 'IND' appears twice");
    }

    @Test
    void datesMustBeYearMonthOrDay() {
        assertThatThrownBy(() -> new Timeline.Mark("99", "x", "event", "")).hasMessageContaining("mark date = '99'");
        assertThatThrownBy(() -> new Timeline.Mark("1999-13", "x", "event", "")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> new Timeline.Mark("1999-02-30", "x", "event", "")).hasMessageContaining("day 30");
        assertThat(Timeline.year("1999")).isEqualTo(1999.5);
        assertThat(Timeline.year("1999-01-01")).isBetween(1999.0, 1999.01);
    }

    @Test
    void recordsAreImmutable() {
        double[] y = {1, 2, 3};
        LineChart.Series s = new LineChart.Series("IND", X, y);
        y[0] = 99;
        s.y()[1] = 99;
        assertThat(s.y()).containsExactly(1, 2, 3);
        assertThat(s).isEqualTo(new LineChart.Series("IND", X, new double[] {1, 2, 3}));
        List<LineChart.Series> list = new ArrayList<>(List.of(s));
        LineChart c = new LineChart("t", "Year", "CINC", list);
        list.clear();
        assertThat(c.series()).hasSize(1);
    }
}
