package org.counterweight.io.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The bundled south-asia case: it loads (every quote verbatim in its article, every reference
 * declared, every CAMEO code known), and it holds what the articles and the issue require.
 */
class SouthAsiaCaseTest {
    private static final CaseFile CASE = BundledCases.bundled("south-asia").caseFile();

    private static Agreement agreement(String shortName) {
        return CASE.agreements().stream().filter(a -> shortName.equals(a.shortName())).findFirst().orElseThrow();
    }

    @Test
    void holdsTheActorsTheArticlesName() {
        assertThat(CASE.actors()).extracting(a -> a.id())
                .contains("USA", "IND", "PAK", "CHN", "RUS", "AFG", "SCO", "QUAD", "AUKUS", "NSG", "BRI");
    }

    @Test
    void datesTheFoundationalAgreementsWithSources() {
        assertThat(agreement("GSOMIA").signed().year()).isEqualTo(2002);
        assertThat(agreement("LEMOA").signed().year()).isEqualTo(2016);
        assertThat(agreement("COMCASA").signed().year()).isEqualTo(2018);
        assertThat(agreement("BECA").signed().year()).isEqualTo(2020);
        assertThat(agreement("CPEC").signed().year()).isEqualTo(2015);
        for (String name : List.of("GSOMIA", "LEMOA", "COMCASA", "BECA")) {
            Agreement a = agreement(name);
            assertThat(a.type()).isEqualTo(AgreementType.FOUNDATIONAL_ENABLER);
            assertThat(a.parties()).containsExactlyInAnyOrder("USA", "IND");
            assertThat(a.evidence()).anyMatch(e -> !e.sourceId().equals("gillani-2021"));
        }
    }

    @Test
    void everyArticleSentenceKindIsRepresentedAndAttributed() {
        Map<String, Map<ClaimKind, Long>> counts = CASE.claims().stream().collect(Collectors.groupingBy(
                c -> c.evidence().get(0).sourceId(), Collectors.groupingBy(Claim::kind, Collectors.counting())));
        for (String article : List.of("gillani-2021", "us-india-convergence-2022")) {
            assertThat(counts.get(article)).containsKeys(ClaimKind.FACT, ClaimKind.ASSESSMENT, ClaimKind.RECOMMENDATION);
        }
        assertThat(CASE.claims()).filteredOn(c -> c.kind() != ClaimKind.FACT)
                .allSatisfy(c -> assertThat(c.attributedTo()).isNotBlank());
    }

    @Test
    void recordsTheNumbersTheArticlesState() {
        assertThat(CASE.claims()).anySatisfy(c -> {
            assertThat(c.value()).isNotNull();
            assertThat(c.value().amount()).isEqualTo(6.6);
            assertThat(c.subjects()).contains("RUS");
        });
        assertThat(CASE.claims()).anySatisfy(c -> {
            assertThat(c.value()).isNotNull();
            assertThat(c.value().amount()).isEqualTo(64);
        });
    }
}
