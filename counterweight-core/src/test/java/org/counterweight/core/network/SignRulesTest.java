package org.counterweight.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.counterweight.core.model.Sign;
import org.junit.jupiter.api.Test;

class SignRulesTest {
    @Test
    void curatedEvidenceOverrulesDatasets() {
        SignRules.Result result = SignRules.resolve(List.of(
                new TieEvidence("USA", "PAK", Sign.POSITIVE, 1, false, "ATOP 5.1 defence obligation"),
                new TieEvidence("PAK", "USA", Sign.NEGATIVE, 0.35, true, "relation usa-pak-strain")));

        assertThat(result.ties()).hasSize(1);
        SignRules.Tie tie = result.ties().get(0);
        assertThat(tie.a()).isEqualTo("PAK");
        assertThat(tie.sign()).isEqualTo(Sign.NEGATIVE);
        assertThat(tie.weight()).isCloseTo(0.35, within(1e-12));
        assertThat(tie.overruled()).containsExactly("+ ATOP 5.1 defence obligation");
    }

    @Test
    void weightsNetOutAndEqualTotalsCancel() {
        SignRules.Result result = SignRules.resolve(List.of(
                new TieEvidence("IND", "RUS", Sign.POSITIVE, 0.6, true, "partnership"),
                new TieEvidence("IND", "RUS", Sign.NEGATIVE, 0.2, true, "friction"),
                new TieEvidence("A", "B", Sign.POSITIVE, 0.5, false, "x"),
                new TieEvidence("A", "B", Sign.NEGATIVE, 0.5, false, "y")));

        assertThat(result.ties()).singleElement().satisfies(t -> {
            assertThat(t.sign()).isEqualTo(Sign.POSITIVE);
            assertThat(t.weight()).isCloseTo(0.4, within(1e-12));
        });
        assertThat(result.cancelled()).singleElement().asString().startsWith("A-B");
    }
}
