package org.counterweight.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.RelationType;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.RivalryType;
import org.counterweight.core.model.Sign;
import org.counterweight.core.model.Supports;
import org.counterweight.core.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** The documented weights of {@link TieRules}, one kind of evidence at a time, and curated over dataset. */
class TieRulesTest {
    private static final Map<Integer, String> STATES = Map.of(2, "USA", 750, "IND", 770, "PAK", 710, "CHN", 700,
            "AFG");
    private static final List<Evidence> QUOTE = List.of(new Evidence("test", "a quote", null));

    private static AllianceObligation atop(int a, int b, boolean defense, boolean neutral, boolean consultation) {
        return new AllianceObligation("5.1", a, b, 2000, defense, false, neutral, false, consultation);
    }

    private static Agreement agreement(String id, AgreementType type, int signed, Integer lapsed, String... parties) {
        return new Agreement(id, id.toUpperCase(java.util.Locale.ROOT), null, List.of(), type, List.of(parties), null,
                PartialDate.parse(String.valueOf(signed)), null, lapsed == null ? null
                        : PartialDate.parse(String.valueOf(lapsed)), null, QUOTE);
    }

    private static List<TieEvidence> evidence(int year, List<AllianceObligation> atop, List<Rivalry> rivalries,
            List<Relation> relations, List<Agreement> agreements, Set<String> without) {
        return TieRules.evidence(year, STATES, new TieRules.DatasetEvidence(atop, null, rivalries, null, "TSS 2021"),
                relations, agreements, without);
    }

    @Test
    void atopObligationsWeighDefenceOneNeutralityHalfConsultationAQuarter() {
        List<TieEvidence> found = evidence(2000, List.of(atop(2, 770, true, false, false), atop(710, 770, false, true,
                false), atop(2, 750, false, false, true), atop(2, 999, true, false, false)), List.of(), List.of(),
                List.of(), Set.of());
        assertThat(found).extracting(TieEvidence::weight).containsExactly(1.0, 0.5, 0.25);
        assertThat(found).allMatch(e -> e.sign() == Sign.POSITIVE && !e.curated());
        assertThat(found.get(0).reason()).isEqualTo("ATOP 5.1 defence/offence obligation USA->PAK");
        assertThat(found).allMatch(e -> e.carriedFrom() == null);
    }

    /**
     * Under {@link ObligationScope#COMMITMENTS} neutrality and non-aggression are no evidence: a hand-made
     * list with one obligation of each kind (and a non-aggression pact with consultation) keeps defence,
     * offence and consultation, with their weights; under ALL every obligation counts as before.
     */
    @Test
    void commitmentScopeLeavesOutNeutralityAndNonAggression() {
        List<AllianceObligation> obligations = List.of(
                new AllianceObligation("5.1", 2, 770, 2000, true, false, false, false, false),
                new AllianceObligation("5.1", 2, 750, 2000, false, true, false, false, false),
                new AllianceObligation("5.1", 710, 770, 2000, false, false, true, false, false),
                new AllianceObligation("5.1", 710, 750, 2000, false, false, false, true, false),
                new AllianceObligation("5.1", 750, 770, 2000, false, false, false, true, true),
                new AllianceObligation("5.1", 2, 700, 2000, false, false, false, false, true));
        TieRules.DatasetEvidence datasets = new TieRules.DatasetEvidence(obligations, null, List.of(), null, "TSS");
        List<TieEvidence> all = TieRules.evidence(2000, STATES, datasets, ObligationScope.ALL, List.of(), List.of(),
                Set.of());
        List<TieEvidence> commitments = TieRules.evidence(2000, STATES, datasets, ObligationScope.COMMITMENTS,
                List.of(), List.of(), Set.of());
        assertThat(all).extracting(TieEvidence::weight).containsExactly(1.0, 1.0, 0.5, 0.5, 0.5, 0.25);
        assertThat(all).isEqualTo(TieRules.evidence(2000, STATES, datasets, List.of(), List.of(), Set.of()));
        assertThat(commitments).extracting(TieEvidence::weight).containsExactly(1.0, 1.0, 0.25, 0.25);
        assertThat(commitments).extracting(TieEvidence::reason).containsExactly(
                "ATOP 5.1 defence/offence obligation USA->PAK", "ATOP 5.1 defence/offence obligation USA->IND",
                "ATOP 5.1 consultation obligation IND->PAK", "ATOP 5.1 consultation obligation USA->AFG");
    }

    /**
     * Evidence carried past its dataset's end says from when, and a tie resting on it has a carried
     * basis; curated evidence for the pair still decides it.
     */
    @Test
    void carriedDatasetEvidenceMarksItsTiesUnlessCuratedEvidenceDecides() {
        Rivalry indPak = new Rivalry(107, "India-Pakistan", 750, 770, 1947, 2020, null, List.of(RivalryType.SPATIAL));
        List<TieEvidence> carried = TieRules.evidence(2023, STATES, new TieRules.DatasetEvidence(
                List.of(atop(2, 770, true, false, false)), 2018, List.of(indPak), 2020, "TSS 2021"), List.of(),
                List.of(), Set.of());
        assertThat(carried).extracting(TieEvidence::carriedFrom).containsExactly(2018, 2020);
        assertThat(carried.get(1).reason()).isEqualTo("TSS 2021 rivalry 107 India-Pakistan");
        SignRules.Result resolved = SignRules.resolve(carried);
        assertThat(resolved.ties()).allSatisfy(t -> {
            assertThat(t.carried()).isTrue();
            assertThat(t.reasons().get(0)).endsWith("(carried from " + t.basis().fromYear() + ")");
        });
        Relation strain = new Relation("usa-pak-strain", "USA", "PAK", RelationType.DISPUTE, Sign.NEGATIVE, 0.4,
                TimeSpan.years(2018, 2024), null, QUOTE);
        List<TieEvidence> both = new java.util.ArrayList<>(carried);
        both.add(new TieEvidence("USA", "PAK", Sign.NEGATIVE, 0.4, true, "relation usa-pak-strain"));
        SignRules.Tie usaPak = SignRules.resolve(both).ties().stream().filter(t -> t.b().equals("USA")
                || t.a().equals("USA")).findFirst().orElseThrow();
        assertThat(usaPak.basis().kind()).isEqualTo(org.counterweight.core.model.Basis.Kind.CURATED);
        assertThat(usaPak.overruled()).singleElement().asString().endsWith("(carried from 2018)");
        assertThat(strain.period().overlapsYear(2023)).isTrue();
    }

    private static Relation ended(String id, String a, String b, Sign sign, String from, String to) {
        return new Relation(id, a, b, RelationType.PARTNERSHIP, sign, 0.5, new TimeSpan(PartialDate.parse(from),
                PartialDate.parse(to)), null, List.of(new Evidence("test", "a quote", null),
                        new Evidence("test", null, "the end", Supports.END)));
    }

    /**
     * Carried dataset evidence holds until the knowledge base records its end: the US consultation
     * obligation to Afghanistan (ATOP to 2018) is carried into 2021, when the curated partnership
     * ending on 15 August 2021 still holds, and stops from 2022. The end stops only evidence of the
     * relation's sign, and only an end after the year carried from.
     */
    @Test
    void anEndedCuratedRelationStopsTheCarryingOfDatasetEvidenceOfItsSign() {
        Relation partnership = ended("usa-afg", "USA", "AFG", Sign.POSITIVE, "2012-05-02", "2021-08-15");
        Rivalry afgPak = new Rivalry(106, "Afghanistan-Pakistan", 700, 770, 1947, 2020, null,
                List.of(RivalryType.SPATIAL));
        Rivalry usaAfg = new Rivalry(999, "a rivalry for the test", 2, 700, 2015, 2020, null,
                List.of(RivalryType.SPATIAL));
        TieRules.DatasetEvidence carried = new TieRules.DatasetEvidence(List.of(new AllianceObligation("5.1", 2, 700,
                2018, false, false, false, false, true)), 2018, List.of(afgPak, usaAfg), 2020, "TSS 2021");
        assertThat(TieRules.evidence(2021, STATES, carried, List.of(partnership), List.of(), Set.of()))
                .extracting(e -> e.pair() + (e.carriedFrom() == null ? " curated" : " carried"))
                .containsExactly("AFG-USA carried", "AFG-PAK carried", "AFG-USA carried", "AFG-USA curated");
        List<TieEvidence> after = TieRules.evidence(2022, STATES, carried, List.of(partnership), List.of(), Set.of());
        assertThat(after).extracting(e -> e.pair() + (e.sign() == Sign.POSITIVE ? "+" : "-"))
                .containsExactly("AFG-PAK-", "AFG-USA-");
        Relation endedLongAgo = ended("usa-afg-old", "USA", "AFG", Sign.POSITIVE, "2002", "2010");
        assertThat(TieRules.evidence(2022, STATES, carried, List.of(endedLongAgo), List.of(), Set.of()))
                .as("an end before the dataset's last year does not stop what the dataset still shows")
                .extracting(TieEvidence::pair).containsExactly("AFG-USA", "AFG-PAK", "AFG-USA");
        assertThat(TieRules.evidence(2022, STATES, new TieRules.DatasetEvidence(List.of(new AllianceObligation("5.1",
                2, 700, 2022, false, false, false, false, true)), null, List.of(), null, "TSS 2021"),
                List.of(partnership), List.of(), Set.of())).as("evidence of the year itself is never stopped")
                .hasSize(1);
    }

    /** A relation's reason under a tie names its period and the sources of its start and end. */
    @Test
    void aRelationsReasonNamesItsPeriodAndItsSources() {
        Relation partnership = ended("usa-afg", "USA", "AFG", Sign.POSITIVE, "2012-05-02", "2021-08-15");
        assertThat(evidence(2020, List.of(), List.of(), List.of(partnership), List.of(), Set.of()))
                .singleElement().extracting(TieEvidence::reason)
                .isEqualTo("relation usa-afg (2012-05-02 to 2021-08-15; end: test)");
        assertThat(TimeSpan.since(PartialDate.parse("1947")).describe()).isEqualTo("since 1947");
    }

    @Test
    void rivalriesAreNegativeOneAndOnlyBetweenTheStatesGiven() {
        Rivalry indPak = new Rivalry(1, "India-Pakistan", 750, 770, 1947, 2010, "South Asia",
                List.of(RivalryType.SPATIAL));
        Rivalry other = new Rivalry(2, "Other", 750, 999, 1947, 2010, "South Asia", List.of(RivalryType.SPATIAL));
        List<TieEvidence> found = evidence(2000, List.of(), List.of(indPak, other), List.of(), List.of(), Set.of());
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.sign()).isEqualTo(Sign.NEGATIVE);
            assertThat(e.weight()).isEqualTo(1.0);
            assertThat(e.pair()).isEqualTo("IND-PAK");
        });
    }

    @Test
    void curatedRelationsHoldInTheirPeriodWithTheirSignAndStrength() {
        Relation partnership = new Relation("usa-ind", "USA", "IND", RelationType.PARTNERSHIP, Sign.POSITIVE, 0.7,
                TimeSpan.years(2005, 2010), null, QUOTE);
        assertThat(evidence(2008, List.of(), List.of(), List.of(partnership), List.of(), Set.of()))
                .singleElement().satisfies(e -> {
                    assertThat(e.weight()).isEqualTo(0.7);
                    assertThat(e.curated()).isTrue();
                });
        assertThat(evidence(2012, List.of(), List.of(), List.of(partnership), List.of(), Set.of())).isEmpty();
    }

    /**
     * Agreements in force tie every pair of their parties with the weight of their type; a sanction
     * regime sets its first party against each other; a lapsed agreement and one left out (a
     * counterfactual) add nothing.
     */
    @Test
    void agreementsTieTheirPartiesByTypeAndSanctionsOpposeTheImposer() {
        List<Agreement> agreements = List.of(agreement("corridor", AgreementType.ECONOMIC_CORRIDOR, 2015, null, "CHN",
                "PAK"), agreement("deal", AgreementType.ARMS_DEAL, 2015, null, "USA", "IND", "PAK"),
                agreement("sanctions", AgreementType.SANCTION_REGIME, 2016, null, "USA", "PAK"),
                agreement("lapsed", AgreementType.ALLIANCE, 2000, 2010, "USA", "PAK"),
                agreement("removed", AgreementType.ALLIANCE, 2000, null, "USA", "CHN"));
        List<TieEvidence> found = evidence(2017, List.of(), List.of(), List.of(), agreements, Set.of("removed"));
        assertThat(found).extracting(e -> e.pair() + (e.sign() == Sign.POSITIVE ? "+" : "-") + e.weight())
                .containsExactly("CHN-PAK+0.5", "IND-USA+0.4", "PAK-USA+0.4", "IND-PAK+0.4", "PAK-USA-0.5");
        assertThat(TieRules.agreementWeight(AgreementType.MEMBERSHIP_ACCESSION)).isZero();
    }

    /** Curated evidence overrules datasets for a pair (SignRules), so a Cold War ATOP pact yields to a curated strain. */
    @Test
    void curatedEvidenceOverrulesDatasetsWhenResolved() {
        Relation strain = new Relation("usa-pak-strain", "USA", "PAK", RelationType.DISPUTE, Sign.NEGATIVE, 0.4,
                TimeSpan.years(2018, 2020), null, QUOTE);
        SignRules.Result resolved = SignRules.resolve(evidence(2018, List.of(new AllianceObligation("5.1", 2, 770, 2018,
                true, false, false, false, false)), List.of(), List.of(strain), List.of(), Set.of()));
        assertThat(resolved.ties()).singleElement().satisfies(t -> {
            assertThat(t.sign()).isEqualTo(Sign.NEGATIVE);
            assertThat(t.weight()).isEqualTo(0.4);
            assertThat(t.overruled()).hasSize(1);
        });
    }
}
