package org.counterweight.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final List<Evidence> EVIDENCE = List.of(new Evidence("test-source", "a quote", null));

    @Test
    void stagesFollowTheLifeCycle() {
        Agreement agreement = new Agreement("a-b-pact", "A pact", null, List.of(), AgreementType.ALLIANCE,
                List.of("USA", "PAK"), null, PartialDate.parse("1954-05"), PartialDate.parse("1955"),
                PartialDate.parse("1979"), null, EVIDENCE);

        assertThat(agreement.stageOn(LocalDate.of(1954, 4, 30))).isEqualTo(AgreementStage.NOT_ANNOUNCED);
        assertThat(agreement.stageOn(LocalDate.of(1954, 5, 1))).isEqualTo(AgreementStage.SIGNED);
        assertThat(agreement.stageOn(LocalDate.of(1960, 1, 1))).isEqualTo(AgreementStage.IN_FORCE);
        assertThat(agreement.stageOn(LocalDate.of(1979, 1, 1))).isEqualTo(AgreementStage.LAPSED);
        assertThat(agreement.activeIn(1979)).isTrue();
        assertThat(agreement.activeIn(1980)).isFalse();
    }

    /**
     * A membership accession is in force from the admission: India's NSG application (signed, that is
     * submitted, 2016-05-12, never admitted) stays signed; an accession with its admission date is in force
     * from it.
     */
    @Test
    void aMembershipApplicationIsNotInForceUntilTheAdmission() {
        Agreement application = new Agreement("ind-nsg-bid", "India's application", null, List.of(),
                AgreementType.MEMBERSHIP_ACCESSION, List.of("IND", "NSG"), null, PartialDate.parse("2016-05-12"), null,
                null, null, EVIDENCE);
        assertThat(application.stageOn(LocalDate.of(2019, 12, 31))).isEqualTo(AgreementStage.SIGNED);
        Agreement accession = new Agreement("pak-sco-accession", "Pakistan's accession", null, List.of(),
                AgreementType.MEMBERSHIP_ACCESSION, List.of("PAK", "SCO"), null, PartialDate.parse("2017-06-09"),
                PartialDate.parse("2017-06-09"), null, null, EVIDENCE);
        assertThat(accession.stageOn(LocalDate.of(2017, 6, 8))).isEqualTo(AgreementStage.NOT_ANNOUNCED);
        assertThat(accession.stageOn(LocalDate.of(2017, 6, 9))).isEqualTo(AgreementStage.IN_FORCE);
    }

    @Test
    void validationNamesTheField() {
        assertThatThrownBy(() -> new Agreement("x", "X", null, List.of(), AgreementType.ALLIANCE, List.of("usa"), null,
                PartialDate.ofYear(2000), null, null, null, EVIDENCE)).hasMessageContaining("party");
        assertThatThrownBy(() -> new Agreement("x", "X", null, List.of(), AgreementType.ALLIANCE, List.of("USA"), null,
                PartialDate.ofYear(2000), null, PartialDate.ofYear(1999), null, EVIDENCE))
                .hasMessageContaining("lapsed");
        assertThatThrownBy(() -> new Agreement("x", "X", null, List.of(), AgreementType.ALLIANCE, List.of("USA"), null,
                PartialDate.ofYear(2000), null, null, null, List.of())).hasMessageContaining("evidence");
        assertThatThrownBy(() -> AgreementType.fromLabel("pact")).hasMessageContaining("foundational-enabler");
    }

    @Test
    void aliasesAreNeverNullNorBlankNorRepeated() {
        assertThat(new Agreement("x", "X", null, null, AgreementType.ALLIANCE, List.of("USA"), null,
                PartialDate.ofYear(2000), null, null, null, EVIDENCE).aliases()).isEmpty();
        assertThat(new Agreement("x", "X", null, List.of(" the X pact "), AgreementType.ALLIANCE, List.of("USA"), null,
                PartialDate.ofYear(2000), null, null, null, EVIDENCE).aliases()).containsExactly("the X pact");
        assertThatThrownBy(() -> new Agreement("x", "X", null, List.of(" "), AgreementType.ALLIANCE, List.of("USA"),
                null, PartialDate.ofYear(2000), null, null, null, EVIDENCE)).hasMessageContaining("alias must not be blank");
        assertThatThrownBy(() -> new Agreement("x", "X", null, List.of("X pact", "X pact"), AgreementType.ALLIANCE,
                List.of("USA"), null, PartialDate.ofYear(2000), null, null, null, EVIDENCE))
                .hasMessageContaining("aliases must not repeat");
    }

    @Test
    void aPlanIsAnnouncedButNeverActive() {
        Agreement plan = new Agreement("plan", "A plan", null, List.of(), AgreementType.COOPERATION,
                List.of("USA", "IND"), PartialDate.parse("2022-04-11"), null, null, null, null, EVIDENCE);
        assertThat(plan.stageOn(LocalDate.of(2022, 5, 1))).isEqualTo(AgreementStage.ANNOUNCED);
        assertThat(plan.activeIn(2022)).isFalse();
        assertThatThrownBy(() -> new Agreement("x", "X", null, List.of(), AgreementType.COOPERATION, List.of("USA"), null,
                null, null, null, null, EVIDENCE)).hasMessageContaining("announced");
    }

    @Test
    void assessmentsNeedAnAuthor() {
        assertThatThrownBy(() -> new Claim("c-1", "case", ClaimKind.ASSESSMENT, List.of("PAK"), "faces-dilemma",
                List.of(), null, null, null, EVIDENCE, ClaimStatus.CURATED, 1)).hasMessageContaining("attributed_to");
    }
}
