package org.counterweight.core.arms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.counterweight.core.arms.PartnerShares.Direction;
import org.counterweight.core.model.ArmsTransfer;
import org.junit.jupiter.api.Test;

class ArmsDependenceTest {
    private static ArmsTransfer t(String supplier, int year, double tiv) {
        return new ArmsTransfer("test", supplier, null, "Pakistan", 770, year, tiv);
    }

    /** Windows 2001-05 and 2006-10: USA leads then China; HHI by hand: (0.75^2 + 0.25^2) = 0.625, then 1. */
    private final List<ArmsTransfer> transfers = List.of(t("USA", 2001, 30), t("China", 2004, 10), t("USA", 2005, 0),
            t("China", 2007, 50), t("China", 2010, 50));

    @Test
    void nonOverlappingWindowsEndAtTheLastYear() {
        ArmsDependence.Result result = ArmsDependence.of(transfers, Direction.IMPORTS, "Pakistan", 2000, 2010, 5, 5);

        assertThat(result.windows()).extracting(ArmsDependence.Window::fromYear).containsExactly(2001, 2006);
        assertThat(result.windows().get(0).herfindahl()).isCloseTo(0.625, within(1e-12));
        assertThat(result.windows().get(1).herfindahl()).isCloseTo(1.0, within(1e-12));
        assertThat(result.switches()).hasSize(1);
        assertThat(result.switches().get(0).before().largest().partner()).isEqualTo("USA");
        assertThat(result.switches().get(0).after().largest().partner()).isEqualTo("China");
    }

    @Test
    void aWindowWithoutDeliveriesHasNoConcentrationAndNoLeader() {
        ArmsDependence.Result result = ArmsDependence.of(transfers, Direction.IMPORTS, "Pakistan", 1990, 1999, 5, 5);
        assertThat(result.windows()).allSatisfy(w -> {
            assertThat(w.herfindahl()).isNaN();
            assertThat(w.largest()).isNull();
        });
        assertThat(result.switches()).isEmpty();
    }

    @Test
    void movingWindowsStepByOneYear() {
        assertThat(ArmsDependence.of(transfers, Direction.IMPORTS, "Pakistan", 2001, 2010, 5, 1).windows()).hasSize(6);
        assertThatThrownBy(() -> ArmsDependence.of(transfers, Direction.IMPORTS, "Pakistan", 2008, 2010, 5, 5))
                .hasMessageContaining("no whole window");
    }
}
