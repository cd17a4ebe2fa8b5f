package org.counterweight.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BasisTest {
    @Test
    void aValueWithoutDataIsNaNNeverZero() {
        BasedValue gap = BasedValue.none(Basis.notCovered("SIPRI 2024", "after 2023"));
        assertThat(gap.present()).isFalse();
        assertThat(gap.value()).isNaN();
        assertThatThrownBy(() -> new BasedValue(0, Basis.missing("COW NMC v6.0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BasedValue(Double.NaN, Basis.observed("COW NMC v6.0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void carriedForwardValuesSayFromWhichYear() {
        Basis basis = Basis.carriedForward("COW NMC v6.0", 2016, "latest year");
        assertThat(basis.label()).isEqualTo("carried-forward-from-2016");
        assertThat(new BasedValue(0.0177, basis).present()).isTrue();
        assertThat(Basis.observed("x").label()).isEqualTo("observed");
        assertThat(Basis.notCovered("x", "why").label()).isEqualTo("not-covered");
        assertThatThrownBy(() -> new Basis(Basis.Kind.OBSERVED, "x", 2016, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
