package org.counterweight.io.dataset;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterweight.core.model.ArmsExportTotal;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.ValueStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reference values: data/datasets/sipri-milex/SOURCE.md and sipri-arms-transfers/SOURCE.md. */
class SipriReadersTest {
    private static final String MILEX_HEADER = "\"country\",\"year\",\"milex_const2022_usd_m\",\"status_const2022\","
            + "\"milex_share_gdp\",\"status_share_gdp\"\n";

    @Test
    void readsMilexExtractWithStatedCountsAndSamples() {
        List<MilitaryExpenditure> rows = TestData.readBundled(new SipriMilexReader(), "sipri-milex-2024");

        assertThat(rows).hasSize(1_200);
        assertThat(TestData.distinct(rows, MilitaryExpenditure::country)).isEqualTo(16);
        assertThat(rows).allMatch(r -> r.cowCode() != null && r.release().equals("2024") && r.priceBaseYear() == 2022);
        long figures = rows.stream().mapToLong(r -> (r.constantUsdMillions().isPresent() ? 1 : 0)
                + (r.shareOfGdp().isPresent() ? 1 : 0)).sum();
        assertThat(figures).isEqualTo(1_817);

        MilitaryExpenditure india2023 = find(rows, "India", 2023);
        assertThat(india2023.cowCode()).isEqualTo(750);
        assertThat(india2023.constantUsdMillions().getAsDouble()).isCloseTo(83_334.46, within(0.01));
        assertThat(india2023.shareOfGdp().getAsDouble()).isCloseTo(0.0244, within(0.00005));
        assertThat(find(rows, "India", 1971).constantUsdMillions().getAsDouble()).isCloseTo(8_988.256, within(0.001));
        assertThat(find(rows, "Pakistan", 1971).shareOfGdp().getAsDouble()).isCloseTo(0.0674, within(0.00005));
        assertThat(find(rows, "Pakistan", 2023).constantUsdMillions().getAsDouble()).isCloseTo(9_025.067, within(0.001));
        MilitaryExpenditure us2023 = find(rows, "United States of America", 2023);
        assertThat(us2023.cowCode()).isEqualTo(2);
        assertThat(us2023.constantUsdMillions().getAsDouble()).isCloseTo(880_070.6, within(0.1));

        MilitaryExpenditure afghanistan1949 = find(rows, "Afghanistan", 1949);
        assertThat(afghanistan1949.constantUsdMillions()).isEmpty();
        assertThat(afghanistan1949.constantStatus()).isEqualTo(ValueStatus.MISSING);
        MilitaryExpenditure ussr1992 = find(rows, "USSR", 1992);
        assertThat(ussr1992.cowCode()).isEqualTo(365);
        assertThat(ussr1992.constantStatus()).isEqualTo(ValueStatus.NOT_INDEPENDENT);
        assertThat(ussr1992.shareStatus()).isEqualTo(ValueStatus.NOT_INDEPENDENT);
        assertThat(find(rows, "Russia", 1992).cowCode()).isEqualTo(365);
    }

    @Test
    void notIndependentStatusIsKeptAndLeavesNoFigure() {
        MilitaryExpenditure row = TestData.readText(new SipriMilexReader(),
                MILEX_HEADER + "\"Bangladesh\",1960,,\"not_independent\",,\"not_independent\"\n").get(0);

        assertThat(row.constantStatus()).isEqualTo(ValueStatus.NOT_INDEPENDENT);
        assertThat(row.constantUsdMillions()).isEmpty();
        assertThat(row.cowCode()).isEqualTo(771);
    }

    @Test
    void unknownStatusNamesColumn() {
        TestData.assertBadInput(new SipriMilexReader(), MILEX_HEADER + "\"India\",1971,1,\"xxx\",0.03,\"value\"\n",
                2, "status_const2022");
    }

    @Test
    void figureWithNonValueStatusNamesValueColumn() {
        TestData.assertBadInput(new SipriMilexReader(),
                MILEX_HEADER + "\"India\",1971,1,\"value\",0.03,\"unavailable\"\n", 2, "milex_share_gdp");
    }

    @Test
    void readsTivFlowsWithStatedCountsAndSamples() {
        List<ArmsTransfer> rows = TestData.readBundled(new SipriTivFlowReader(), "sipri-tiv-2022");

        assertThat(rows).hasSize(1_319);
        assertThat(rows).allMatch(r -> r.release().equals("2022") && r.year() >= 1950 && r.year() <= 2021);
        Map<String, Long> byRecipient = rows.stream()
                .collect(Collectors.groupingBy(ArmsTransfer::recipient, Collectors.counting()));
        assertThat(byRecipient).containsEntry("India", 529L).containsEntry("Pakistan", 422L)
                .containsEntry("China", 252L).containsEntry("Afghanistan", 90L)
                .containsEntry("Mujahedin (Afghanistan)*", 23L).containsEntry("Northern Alliance (Afghanistan)*", 3L);

        assertThat(tiv(rows, "Russia", "India", 2021)).isEqualTo(1_392);
        assertThat(tiv(rows, "Soviet Union", "India", 1975)).isEqualTo(591);
        assertThat(tiv(rows, "United States", "India", 2021)).isEqualTo(425);
        assertThat(tiv(rows, "United States", "Pakistan", 1985)).isEqualTo(549);
        assertThat(tiv(rows, "China", "Pakistan", 2021)).isEqualTo(753);
        assertThat(rows).filteredOn(r -> r.supplier().equals("Unknown supplier(s)"))
                .isNotEmpty().allMatch(r -> r.supplierCow() == null);
        assertThat(rows).filteredOn(r -> r.supplier().equals("Russia")).allMatch(r -> r.supplierCow() == 365);
    }

    @Test
    void readsTivSupplierTotals() {
        List<ArmsExportTotal> rows = TestData.readBundled(new SipriTivTotalReader(), "sipri-tiv-totals-2022");

        assertThat(rows).hasSize(486);
        assertThat(TestData.distinct(rows, ArmsExportTotal::supplier)).isEqualTo(8);
        assertThat(rows).allMatch(r -> r.release().equals("2022") && r.supplierCow() != null);
        ArmsExportTotal china1954 = rows.stream().filter(r -> r.supplier().equals("China") && r.year() == 1954)
                .findFirst().orElseThrow();
        assertThat(china1954.tivMillions()).isEqualTo(3);
    }

    @Test
    void negativeTivNamesColumn() {
        TestData.assertBadInput(new SipriTivFlowReader(), "supplier,supplier_sipri_code,supplier_ccode,recipient,"
                + "recipient_ccode,year,tiv_millions\nRussia,RUS,365,India,750,2021,-3\n", 2, "tiv_millions");
    }

    private static MilitaryExpenditure find(List<MilitaryExpenditure> rows, String country, int year) {
        return rows.stream().filter(r -> r.country().equals(country) && r.year() == year).findFirst().orElseThrow();
    }

    private static double tiv(List<ArmsTransfer> rows, String supplier, String recipient, int year) {
        return rows.stream().filter(r -> r.supplier().equals(supplier) && r.recipient().equals(recipient)
                && r.year() == year).findFirst().orElseThrow().tivMillions();
    }
}
