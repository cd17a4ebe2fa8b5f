package org.counterweight.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaletteTest {
    private static final List<String> CASE = List.of("USA", "IND", "PAK", "CHN", "RUS", "AFG");

    @Test
    void theSixCaseActorsHaveFixedDistinctOkabeItoColours() {
        assertThat(CASE.stream().map(Palette::colour).distinct()).hasSize(6);
        // pinned: changing them changes every published chart
        assertThat(CASE.stream().map(Palette::colour).toList())
                .containsExactly("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9");
    }

    @Test
    void otherIdsGetAStableColourThatIsNotACaseActorsColour() {
        for (String id : List.of("GBR", "JPN", "FRA", "ISR", "IRN", "SAU", "BGD", "NPL", "LKA", "x")) {
            assertThat(Palette.colour(id)).isEqualTo(Palette.colour(new String(id.toCharArray())))
                    .matches("#[0-9A-F]{6}");
            assertThat(CASE.stream().map(Palette::colour)).doesNotContain(Palette.colour(id));
        }
    }

    @Test
    void actorOfFindsTheFirstIdOfRatiosAndBlocs() {
        assertThat(Palette.actorOf("IND")).contains("IND");
        assertThat(Palette.actorOf("IND:PAK")).contains("IND");
        assertThat(Palette.actorOf("USA+IND")).contains("USA");
        assertThat(Palette.actorOf("CHN (imports)")).contains("CHN");
        assertThat(Palette.actorOf("RUS.exports")).contains("RUS");
        assertThat(Palette.actorOf("Baseline")).isEqualTo(Optional.empty());
        assertThat(Palette.actorOf("CINC")).isEmpty();
        assertThat(Palette.actorOf(null)).isEmpty();
    }

    @Test
    void blankIdsAreRejected() {
        assertThatThrownBy(() -> Palette.colour(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actorId");
    }

    @Test
    void aChartGivesEachItemItsOwnColourActorsFirst() {
        List<String> c = Colours.assign(List.of("Baseline", "IND", "IND:PAK", "PAK", "Scenario"));
        assertThat(c.get(1)).isEqualTo(Palette.colour("IND"));
        assertThat(c.get(3)).isEqualTo(Palette.colour("PAK"));
        assertThat(c).doesNotHaveDuplicates();
        assertThat(c.get(0)).isNotIn(CASE.stream().map(Palette::colour).toList());
    }

    @Test
    void legendTextContrastsWithEveryFill() {
        assertThat(Svg.ink("#332288")).isEqualTo("#ffffff");
        assertThat(Svg.ink("#E69F00")).isEqualTo("#111111");
    }

    @Test
    void datasetNamesOfCaseActorsTakeTheActorsColour() {
        org.assertj.core.api.Assertions.assertThat(Palette.actorOf("China")).contains("CHN");
        org.assertj.core.api.Assertions.assertThat(Palette.actorOf("Soviet Union")).contains("RUS");
        org.assertj.core.api.Assertions.assertThat(Palette.actorOf("Italy")).isEmpty();
    }
}
