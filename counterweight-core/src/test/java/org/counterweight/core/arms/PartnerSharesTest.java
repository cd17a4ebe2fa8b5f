package org.counterweight.core.arms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.counterweight.core.arms.PartnerShares.Direction;
import org.counterweight.core.model.ArmsTransfer;
import org.junit.jupiter.api.Test;

class PartnerSharesTest {
    private static ArmsTransfer t(String supplier, String recipient, int year, double tiv) {
        return new ArmsTransfer("test", supplier, null, recipient, null, year, tiv);
    }

    private final List<ArmsTransfer> transfers = List.of(
            t("China", "Pakistan", 2015, 300), t("China", "Pakistan", 2016, 300),
            t("Russia", "Pakistan", 2016, 100), t("Italy", "Pakistan", 2014, 999),
            t("Russia", "India", 2016, 500), t("Sweden", "Pakistan", 2016, 0));

    @Test
    void sharesAreFractionsOfTheWindowTotal() {
        PartnerShares shares = PartnerShares.of(transfers, Direction.IMPORTS, "Pakistan",
                a -> a.recipient().equals("Pakistan"), 2015, 2019);

        assertThat(shares.totalTiv()).isEqualTo(700);
        assertThat(shares.partners()).extracting(PartnerShares.PartnerShare::partner)
                .containsExactly("China", "Russia", "Sweden");
        assertThat(shares.partners().get(0).share()).isCloseTo(600.0 / 700, within(1e-12));
        assertThat(shares.partners().get(2).tiv()).isZero();
    }

    @Test
    void exportsGroupByRecipient() {
        PartnerShares shares = PartnerShares.of(transfers, Direction.EXPORTS, "Russia",
                a -> a.supplier().equals("Russia"), 2010, 2020);

        assertThat(shares.partners()).extracting(PartnerShares.PartnerShare::partner)
                .containsExactly("India", "Pakistan");
        assertThat(shares.partners().get(0).share()).isCloseTo(5.0 / 6, within(1e-12));
    }

    /** A partner whose transfers come from two merged releases names both; the window names all. */
    @Test
    void eachPartnerNamesTheReleasesOfItsTransfers() {
        List<ArmsTransfer> merged = List.of(new ArmsTransfer("2022", "China", 710, "Pakistan", 770, 2018, 400),
                new ArmsTransfer("2024", "China", 710, "Pakistan", 770, 2019, 500),
                new ArmsTransfer("2022", "Russia", 365, "Pakistan", 770, 2019, 50));
        PartnerShares shares = PartnerShares.of(merged, Direction.IMPORTS, "Pakistan", a -> true, 2015, 2019);

        assertThat(shares.partners().get(0).releases()).containsExactly("2022", "2024");
        assertThat(shares.partners().get(1).releases()).containsExactly("2022");
        assertThat(shares.releases()).containsExactly("2022", "2024");
    }

    @Test
    void rejectsAnInvertedWindow() {
        assertThatThrownBy(() -> PartnerShares.of(transfers, Direction.IMPORTS, "Pakistan", a -> true, 2019, 2015))
                .hasMessageContaining("before it starts");
    }
}
