package org.counterweight.io.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.CameoCode;
import org.counterweight.io.csv.CsvReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values: data/datasets/event-data/SOURCE.md (312 codes) and the codebook's own
 * quad_category column, against which the root-code grouping of {@link CameoCode#quadClass()} is checked.
 */
class CameoCodebookReaderTest {
    private static final String HEADER = "cameo_code,name,level,root_code,goldstein,description\n";

    @Test
    void readsCodebookKeepingLeadingZeros() {
        List<CameoCode> codes = TestData.readBundled(new CameoCodebookReader(), "cameo-codebook");

        assertThat(codes).hasSize(312);
        assertThat(codes).filteredOn(c -> c.level() == 0).hasSize(20);
        CameoCode statement = find(codes, "010");
        assertThat(statement.rootCode()).isEqualTo(1);
        assertThat(statement.level()).isEqualTo(1);
        assertThat(statement.quadClass()).isEqualTo(1);
        CameoCode demand = find(codes, "10");
        assertThat(demand.rootCode()).isEqualTo(10);
        assertThat(demand.goldstein()).isEqualTo(-5);
        assertThat(demand.quadClass()).isEqualTo(3);
        assertThat(demand.description()).isNull();
        assertThat(find(codes, "20").goldstein()).isEqualTo(-10);
        assertThat(find(codes, "190").quadClass()).isEqualTo(4);
    }

    @Test
    void quadClassAgreesWithTheCodebooksQuadCategory() throws IOException {
        Map<String, Integer> quadByName = Map.of("verbal cooperation", 1, "material cooperation", 2,
                "verbal conflict", 3, "material conflict", 4);
        Map<String, Integer> published = new HashMap<>();
        String resource = TestData.resource("cameo-codebook", 0);
        try (Reader input = BundledDatasets.open(resource)) {
            CsvReader.comma(resource).read(input, List.of("cameo_code", "quad_category"),
                    row -> published.put(row.text("cameo_code"), quadByName.get(row.text("quad_category"))));
        }
        List<CameoCode> codes = TestData.readBundled(new CameoCodebookReader(), "cameo-codebook");

        assertThat(codes).allSatisfy(c -> assertThat(c.quadClass()).as(c.code()).isEqualTo(published.get(c.code())));
    }

    @Test
    void goldsteinOutsideScaleNamesColumn() {
        TestData.assertBadInput(new CameoCodebookReader(), HEADER + "010,Make statement,1,1,0,x\n"
                + "190,Use force,1,19,-11,y\n", 3, "goldstein");
    }

    @Test
    void codeNotUnderItsRootNamesColumn() {
        TestData.assertBadInput(new CameoCodebookReader(), HEADER + "190,Use force,1,18,-10,y\n", 2, "root_code");
    }

    private static CameoCode find(List<CameoCode> codes, String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
