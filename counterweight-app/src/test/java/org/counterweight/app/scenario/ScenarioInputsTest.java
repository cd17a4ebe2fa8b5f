package org.counterweight.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a counterfactual record changes, said in words under every scenario result. */
class ScenarioInputsTest {
    private static final List<String> IDS = List.of("IND", "PAK", "USA");

    @Test
    void aRecordThatChangesNoTieSaysSoAndWhy() {
        Map<Integer, double[][]> record = Map.of(2019, ties(1), 2020, ties(1));
        assertThat(ScenarioInputs.recordChanges(IDS, record, record, 2019, 2020))
                .contains("changes no tie in 2019-2020").contains("capped at 1");
    }

    @Test
    void aRecordThatWeakensATieNamesItsYearsAndWeights() {
        Map<Integer, double[][]> baseline = Map.of(2019, ties(1), 2020, ties(1));
        Map<Integer, double[][]> scenario = Map.of(2019, ties(1), 2020, ties(0.4));
        assertThat(ScenarioInputs.recordChanges(IDS, scenario, baseline, 2019, 2020))
                .isEqualTo("counterfactual record changes, baseline -> scenario: IND-USA in 2020 (2020: 1.0 -> 0.4)");
    }

    /** IND-PAK hostile, IND-USA at the given weight. */
    private static double[][] ties(double indUsa) {
        double[][] w = new double[3][3];
        w[0][1] = w[1][0] = -0.9;
        w[0][2] = w[2][0] = indUsa;
        return w;
    }
}
