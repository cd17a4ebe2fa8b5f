package org.counterweight.report.chart;

import java.util.List;

/** Charts shaped like the South Asia report's, with made-up but plausible values. */
final class Fixtures {
    static final double NaN = Double.NaN;

    private Fixtures() {
    }

    static double[] years(int from, int to) {
        double[] y = new double[to - from + 1];
        for (int i = 0; i < y.length; i++) {
            y[i] = from + i;
        }
        return y;
    }

    static LineChart cinc() {
        double[] x = years(1990, 1999);
        return new LineChart("Capability shares, 1990-1999", "Year", "CINC (share of system)", List.of(
                new LineChart.Series("IND", x, new double[] {0.061, 0.062, 0.063, 0.064, 0.066, 0.067, 0.068, 0.069, 0.07, 0.071}),
                new LineChart.Series("PAK", x, new double[] {0.011, 0.011, 0.012, NaN, 0.012, 0.012, 0.013, 0.013, 0.013, 0.014}),
                new LineChart.Series("CHN", x, new double[] {0.11, 0.112, 0.114, 0.117, 0.12, 0.123, 0.126, 0.13, 0.134, 0.138})));
    }

    /**
     * Alliance similarity shaped like the web UI's Charts page: values up to 0.54 at the end, where two
     * datasets' ends are marked close together (ATOP after 2018, the weights' NMC after 2022).
     */
    static LineChart similarity() {
        double[] x = years(2005, 2023);
        double[] y = {-0.3, -0.29, -0.27, -0.28, 0.36, 0.4, 0.41, 0.47, 0.48, 0.49, 0.5, 0.51, 0.52, 0.52, 0.53,
            0.54, 0.53, 0.54, 0.54};
        return new LineChart("Alliance-portfolio similarity, IND-USA", "year", "S (-1 to 1)", List.of(
                new LineChart.Series("USA-IND", x, y, 2018)), List.of(new LineChart.Mark(2018, "ATOP ends (2018)"),
                        new LineChart.Mark(2022, "NMC (weights) ends (2022)")));
    }

    static FanChart fan() {
        double[] x = years(2025, 2030);
        return new FanChart("Military expenditure, IND:PAK ratio", "Year", "Ratio (IND / PAK)", List.of(
                new FanChart.Band("Baseline", x, new double[] {6, 6, 6, 6, 6, 6}, new double[] {7, 7, 7, 7, 7, 7},
                        new double[] {8, 8.1, 8.2, 8.3, 8.4, 8.5}, new double[] {9, 9.2, 9.4, 9.6, 9.8, 10},
                        new double[] {10, 10.5, 11, 11.5, 12, 12.5}),
                new FanChart.Band("Scenario: US arms to PAK", x, new double[] {4, 4, 4, 4, 4, 4},
                        new double[] {5, 5, 5, NaN, 5, 5}, new double[] {6, 6, 6, 6, 6, 6},
                        new double[] {7, 7, 7, 7, 7, 7}, new double[] {8, 8, 8, 8, 8, 8})));
    }

    static StackedBars suppliers() {
        return new StackedBars("Arms imports of Pakistan by supplier", "Share of imports (%)",
                List.of("2000-2004", "2005-2009", "2010-2014", "2015-2019"), List.of(
                        new StackedBars.Segment("CHN", new double[] {38, 42, 51, 73}),
                        new StackedBars.Segment("USA", new double[] {20, 38, 30, 3}),
                        new StackedBars.Segment("Other", new double[] {42, 20, 19, 24})));
    }

    static NetworkChart network() {
        return new NetworkChart("Alignments in 2019", List.of(
                new NetworkChart.Node("USA", "United States", 0.14, 0),
                new NetworkChart.Node("IND", "India", 0.085, 0),
                new NetworkChart.Node("PAK", "Pakistan", 0.016, 1),
                new NetworkChart.Node("CHN", "China", 0.23, 1),
                new NetworkChart.Node("RUS", "Russia", 0.035, -1),
                new NetworkChart.Node("AFG", "Afghanistan", 0.002, -1)), List.of(
                new NetworkChart.Edge("USA", "IND", 1, 0.8, "2016 LEMOA; 2018 COMCASA"),
                new NetworkChart.Edge("CHN", "PAK", 1, 1.0, "2015 CPEC framework"),
                new NetworkChart.Edge("IND", "PAK", -1, 1.0, "2019 Pulwama-Balakot crisis"),
                new NetworkChart.Edge("IND", "CHN", -1, 0.5, "2017 Doklam standoff"),
                new NetworkChart.Edge("RUS", "IND", 1, 0.6, "2018 S-400 contract"),
                new NetworkChart.Edge("USA", "PAK", 1, 0.2, "2004 major non-NATO ally"),
                new NetworkChart.Edge("USA", "PAK", -1, 0.3, "2018 suspension of security assistance")));
    }

    static Timeline timeline() {
        return new Timeline("Agreements and events", List.of(
                new Timeline.Mark("1971-12-03", "Indo-Pakistani war", "event", "Dec 3-16, 1971"),
                new Timeline.Mark("1971-08-09", "Indo-Soviet Treaty of Peace, Friendship and Cooperation", "treaty", "USSR-IND"),
                new Timeline.Mark("1972-07-02", "Simla Agreement", "agreement", "IND-PAK"),
                new Timeline.Mark("1999-02", "Lahore Declaration", "agreement", "IND-PAK"),
                new Timeline.Mark("1999", "Kargil war", "event", "May-July 1999"),
                new Timeline.Mark("2005-07-18", "US-India civil nuclear initiative", "agreement", "USA-IND"),
                new Timeline.Mark("2015-04-20", "CPEC", "agreement", "CHN-PAK")));
    }
}
