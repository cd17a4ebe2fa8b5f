package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(
            state("IND", "India", 750, new Alias("New Delhi", AliasKind.METONYM), new Alias("Indian", AliasKind.ADJECTIVE)),
            state("USA", "United States", 2, new Alias("US", AliasKind.ABBREVIATION), new Alias("Washington", AliasKind.METONYM),
                    new Alias("US", AliasKind.COMBINING)),
            state("PAK", "Pakistan", 770, new Alias("Pakistani", AliasKind.ADJECTIVE)),
            state("RUS", "Russia", 365, new Alias("Moscow", AliasKind.METONYM), new Alias("Russian", AliasKind.ADJECTIVE)),
            state("FRA", "France", 220, new Alias("French", AliasKind.ADJECTIVE)),
            state("TUR", "Turkey", 640, new Alias("Ankara", AliasKind.METONYM)),
            state("BGD", "Bangladesh", 771),
            new Actor("SCO", ActorKind.ORGANISATION, "Shanghai Cooperation Organisation", null, null, null,
                    List.of(new Alias("SCO", AliasKind.ABBREVIATION), new Alias("Shanghai Cooperation Organization", AliasKind.NAME)))),
            List.of());
    private static final List<Agreement> AGREEMENTS = List.of(
            agreement("ind-pak-iwt", "Indus Waters Treaty", "IWT", AgreementType.COOPERATION, "IND", "PAK"),
            agreement("ctbt", "Comprehensive Nuclear-Test-Ban Treaty", "CTBT", AgreementType.COOPERATION, "USA", "RUS"),
            agreement("ind-bgd-lba", "India Bangladesh Land Boundary Agreement", null, AgreementType.COOPERATION, "IND", "BGD"),
            agreement("ind-sco-accession", "India's accession to the Shanghai Cooperation Organisation", null,
                    AgreementType.MEMBERSHIP_ACCESSION, "IND", "SCO"),
            agreement("ind-fra-rafale", "India-France contract for Rafale fighter aircraft", "Rafale deal",
                    AgreementType.ARMS_DEAL, "IND", "FRA"),
            agreement("tur-rus-s400", "Turkey-Russia contract for the S-400 air defence system", "S-400 sale",
                    AgreementType.ARMS_DEAL, "TUR", "RUS"),
            agreement("usa-rus-new-start", "Treaty on Measures for the Further Reduction of Strategic Offensive Arms",
                    "New START", AgreementType.COOPERATION, "USA", "RUS"),
            new Agreement("usa-pak-dialogue", "Strategic Dialogue between the United States and Pakistan", null,
                    List.of("US-Pakistan Strategic Dialogue"), AgreementType.COOPERATION, List.of("USA", "PAK"), null,
                    PartialDate.parse("2000"), null, null, null, List.of(new Evidence("test", null, "written for this test"))));
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            new Gazetteer(DIRECTORY, AGREEMENTS), AGREEMENTS,
            new EventCoder(List.of()));

    @Test
    void aNameWithItsParenthesisedAbbreviationIsOneMention() {
        assertThat(names("Both sides invoked the Indus Waters Treaty (IWT) again.", MentionKind.AGREEMENT))
                .containsExactly(tuple("Indus Waters Treaty (IWT)", "ind-pak-iwt"));
        assertThat(names("Delhi joined the Shanghai Cooperation Organisation (SCO) as a full member.", MentionKind.ACTOR))
                .containsExactly(tuple("Shanghai Cooperation Organisation (SCO)", "SCO"));
        assertThat(names("The SCO met in Russia (SCO) again.", MentionKind.ACTOR))
                .containsExactly(tuple("SCO", "SCO"), tuple("Russia", "RUS"), tuple("SCO", "SCO"));
    }

    @Test
    void anAbbreviationTheTextDefinesStandsForTheSameActorOrAgreementLater() {
        String text = "Delhi cited the Indus Waters Treaty (IWTr) and Pakistan (PK) agreed. Later the IWTr and PK came up; "
                + "the Coastal Shipping Agreement (CSA) too, and the CSA was renewed.";
        assertThat(names(text, MentionKind.AGREEMENT)).containsExactly(tuple("Indus Waters Treaty (IWTr)", "ind-pak-iwt"),
                tuple("IWTr", "ind-pak-iwt"), tuple("Coastal Shipping Agreement (CSA)", "new:CSA"), tuple("CSA", "new:CSA"));
        assertThat(names(text, MentionKind.ACTOR)).containsExactly(tuple("Pakistan (PK)", "PAK"), tuple("PK", "PAK"));
        assertThat(ArticleExtractor.abbreviates("NSG", "Nuclear Suppliers Group")).isTrue();
        assertThat(ArticleExtractor.abbreviates("CAATSA", "Countering America's Adversaries Through Sanctions Act")).isTrue();
        assertThat(ArticleExtractor.abbreviates("PM", "Ministry of External Affairs")).isFalse();
        assertThat(ArticleExtractor.abbreviates("XSCO", "Shanghai Cooperation Organisation")).isFalse();
    }

    @Test
    void anUnknownNameWithAKnownAbbreviationIsThatAgreement() {
        assertThat(names("Neither has ratified the Comprehensive Test Ban Treaty (CTBT) so far.", MentionKind.AGREEMENT))
                .containsExactly(tuple("Comprehensive Test Ban Treaty (CTBT)", "ctbt"));
        assertThat(names("Both hailed the Coastal Shipping Agreement (CSA) signed in Dhaka.", MentionKind.AGREEMENT))
                .containsExactly(tuple("Coastal Shipping Agreement (CSA)", "new:CSA"));
    }

    @Test
    void actorsInsideAgreementNamesAreMentionsButNotAPossessiveInATitle() {
        assertThat(names("The India Bangladesh Land Boundary Agreement settled the enclaves.", MentionKind.ACTOR))
                .containsExactly(tuple("India", "IND"), tuple("Bangladesh", "BGD"));
        assertThat(names("The US-Pakistan Strategic Dialogue resumed after a pause.", MentionKind.ACTOR))
                .containsExactly(tuple("US-Pakistan", "PAK USA"));
        assertThat(names("The US-Pakistan Strategic Dialogue resumed after a pause.", MentionKind.AGREEMENT))
                .containsExactly(tuple("US-Pakistan Strategic Dialogue", "usa-pak-dialogue"));
        assertThat(names("Senators in Washington tabled the Countering Russia\u2019s Aggression Act on Monday.",
                MentionKind.ACTOR)).containsExactly(tuple("Washington", "USA"));
    }

    @Test
    void aTypographicApostropheMatchesAStraightOneInAKnownName() {
        assertThat(names("It recalled India\u2019s accession to the Shanghai Cooperation Organisation.", MentionKind.AGREEMENT))
                .containsExactly(tuple("India\u2019s accession to the Shanghai Cooperation Organisation", "ind-sco-accession"));
    }

    @Test
    void accessionsNamedAsProcessesBetweenTheirParties() {
        assertThat(names("Moscow backed India\u2019s bid to join the Shanghai Cooperation Organisation.", MentionKind.AGREEMENT))
                .containsExactly(tuple("India\u2019s bid to join the Shanghai Cooperation Organisation", "ind-sco-accession"));
        assertThat(names("Moscow agreed to the admission of India to the SCO in Astana.", MentionKind.AGREEMENT))
                .containsExactly(tuple("the admission of India to the SCO", "ind-sco-accession"));
        assertThat(names("India's SCO membership was a diplomatic gain.", MentionKind.AGREEMENT))
                .containsExactly(tuple("India's SCO membership", "ind-sco-accession"));
        assertThat(names("Pakistan's membership in the SCO followed.", MentionKind.AGREEMENT)).isEmpty();
        assertThat(names("India\u2019s membership in the SCO", MentionKind.ACTOR))
                .containsExactly(tuple("India", "IND"), tuple("SCO", "SCO"));
    }

    @Test
    void armsDealsNamedAsPurchasesBetweenBuyerAndSupplierNamingTheWeapon() {
        assertThat(names("New Delhi's acquisition of French Rafale fighter jets drew criticism.", MentionKind.AGREEMENT))
                .containsExactly(tuple("acquisition of French Rafale fighter jets", "ind-fra-rafale"));
        assertThat(names("Ankara\u2019s purchase of Russian-made S400 batteries angered Washington.", MentionKind.AGREEMENT))
                .containsExactly(tuple("purchase of Russian-made S400 batteries", "tur-rus-s400"));
        assertThat(names("Ankara's procurement of S-400 units from Russia continued.", MentionKind.AGREEMENT))
                .containsExactly(tuple("procurement of S-400 units from Russia", "tur-rus-s400"));
        assertThat(names("India's purchase of Russian S-400 systems was criticised.", MentionKind.AGREEMENT)).isEmpty();
        assertThat(names("Ankara's purchase of Russian Su-35 jets was mooted.", MentionKind.AGREEMENT)).isEmpty();
        assertThat(names("The purchase of Russian S400 systems was criticised.", MentionKind.AGREEMENT)).isEmpty();
        assertThat(names("India's purchase of Indian-made Tejas jets rose.", MentionKind.AGREEMENT)).isEmpty();
        assertThat(names("India's membership in India's own forum.", MentionKind.AGREEMENT)).isEmpty();
    }

    @Test
    void shortNamesMatchWhateverTheirCaseHyphensOrSpaces() {
        assertThat(names("The S400 Sale was concluded quickly.", MentionKind.AGREEMENT))
                .containsExactly(tuple("S400 Sale", "tur-rus-s400"));
        assertThat(names("Critics of the s 400 sale were many.", MentionKind.AGREEMENT))
                .containsExactly(tuple("s 400 sale", "tur-rus-s400"));
        assertThat(names("The New Start lapsed without a successor.", MentionKind.AGREEMENT))
                .containsExactly(tuple("New Start", "usa-rus-new-start"));
        assertThat(names("Both sides hoped for a new start in ties.", MentionKind.AGREEMENT)).isEmpty();
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Ankara\u2019s purchase of Russian-made S400 batteries and the Indus Waters Treaty (IWT) were discussed.";
        for (Mention m : EXTRACTOR.extract(text, PartialDate.parse("2021"), null).mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void proposesNewAgreementsByTheirHeadNouns() {
        assertThat(names("Both signed the Lunar Gateway Accords and the Compact on Maritime Safety in Asia last year.",
                MentionKind.AGREEMENT)).containsExactly(tuple("Lunar Gateway Accords", "new:Lunar Gateway Accords"),
                        tuple("Compact on Maritime Safety in Asia", "new:Compact on Maritime Safety in Asia"));
        assertThat(names("The M88 engine deal stalled; the Rafale deal did not.", MentionKind.AGREEMENT))
                .containsExactly(tuple("M88 engine deal", "new:M88 engine deal"), tuple("Rafale deal", "ind-fra-rafale"));
    }

    private static List<Tuple> names(String text, MentionKind kind) {
        return EXTRACTOR.extract(text, null, null).mentions().stream().filter(m -> m.kind() == kind)
                .map(m -> tuple(m.text(), m.value())).toList();
    }

    private static Actor state(String id, String name, int cow, Alias... aliases) {
        return new Actor(id, ActorKind.STATE, name, cow, cow, id, List.of(aliases));
    }

    private static Agreement agreement(String id, String name, String shortName, AgreementType type, String... parties) {
        return new Agreement(id, name, shortName, List.of(), type, List.of(parties), null, PartialDate.parse("2000"), null, null,
                null, List.of(new Evidence("test", null, "written for this test")));
    }
}
