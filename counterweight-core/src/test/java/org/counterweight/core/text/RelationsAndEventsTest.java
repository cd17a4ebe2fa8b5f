package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterweight.core.text.RuleFixtures.codes;
import static org.counterweight.core.text.RuleFixtures.state;

import java.util.List;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Relation statements and CAMEO events on sentences written for this test (none is taken from the
 * gold-annotated articles), each exercising one rule of {@link Participants}, {@link RelationFinder}
 * or {@link EventCoder}.
 */
class RelationsAndEventsTest {
    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(
            state("IND", "India", 750, new Alias("New Delhi", AliasKind.METONYM), new Alias("Indian", AliasKind.ADJECTIVE),
                    new Alias("Indo", AliasKind.COMBINING)),
            state("USA", "United States", 2, new Alias("US", AliasKind.ABBREVIATION), new Alias("Washington", AliasKind.METONYM),
                    new Alias("US", AliasKind.COMBINING)),
            state("CHN", "China", 710, new Alias("Beijing", AliasKind.METONYM), new Alias("Chinese", AliasKind.ADJECTIVE),
                    new Alias("Sino", AliasKind.COMBINING)),
            state("PAK", "Pakistan", 770, new Alias("Islamabad", AliasKind.METONYM), new Alias("Pak", AliasKind.COMBINING)),
            state("RUS", "Russia", 365, new Alias("Moscow", AliasKind.METONYM), new Alias("Kremlin", AliasKind.METONYM)),
            state("AFG", "Afghanistan", 700, new Alias("Kabul", AliasKind.METONYM))),
            List.of());
    private static final List<CameoCode> CODES = codes("010", "020", "030", "0311", "0312", "036", "040", "042", "043",
            "046", "0242", "051", "057", "072", "111", "1622", "163", "190");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            new Gazetteer(DIRECTORY, List.of()), List.of(), new EventCoder(CODES));

    private static List<String> found(MentionKind kind, String text) {
        return RuleFixtures.found(EXTRACTOR, kind, text);
    }

    @Test
    void symmetricCuesTakeTheAdjacentCompoundOrTheCoordinatedActors() {
        assertThat(found(MentionKind.RELATION, "Analysts point to the time-tested Sino-Pak friendship."))
                .containsExactly("CHN PAK positive");
        assertThat(found(MentionKind.RELATION, "Trust between Moscow and Islamabad has grown, ending decades of hostility."))
                .containsExactly("PAK RUS positive");
        assertThat(found(MentionKind.RELATION, "China and India remain rivals along the Himalayan frontier."))
                .containsExactly("CHN IND negative");
    }

    @Test
    void aReductionVerbTurnsANegativeCuePositive() {
        assertThat(found(MentionKind.RELATION, "Russia and Pakistan worked to narrow their mistrust."))
                .containsExactly("PAK RUS positive");
    }

    @Test
    void directedCuesPairTheSubjectWithTheObject() {
        assertThat(found(MentionKind.RELATION, "Beijing sees Islamabad as a reliable partner."))
                .containsExactly("CHN PAK positive");
        assertThat(found(MentionKind.RELATION, "New Delhi's campaign to isolate Pakistan has stalled."))
                .containsExactly("IND PAK negative");
        assertThat(found(MentionKind.RELATION, "Washington has been strengthening ties with New Delhi for years."))
                .containsExactly("IND USA positive");
    }

    @Test
    void aPluralReferenceStandsForTheLastPairNamed() {
        assertThat(found(MentionKind.RELATION, "India hosted the United States last week. The two countries pledged closer "
                + "defence ties.")).containsExactly("IND USA positive");
    }

    @Test
    void cuesInsideNamesAreIgnored() {
        assertThat(found(MentionKind.RELATION, "Pakistan spoke at the Shanghai Cooperation Organization meeting."))
                .isEmpty();
    }

    @Test
    void eventsHaveSubjectAsSourceAndObjectAsTarget() {
        assertThat(found(MentionKind.EVENT, "Russia criticized Washington over the sanctions."))
                .containsExactly("RUS USA 111");
        assertThat(found(MentionKind.EVENT, "Pakistan and China signed a maritime pact on Friday."))
                .containsExactly("PAK CHN 057", "CHN PAK 057");
    }

    @Test
    void visitsInAPlaceGiveTheHostsEventToo() {
        assertThat(found(MentionKind.EVENT, "India's foreign minister met officials in Moscow on Monday."))
                .containsExactly("IND RUS 042", "RUS IND 043");
    }

    @Test
    void intentIsRefinedByWhatFollowsTheVerb() {
        assertThat(found(MentionKind.EVENT, "China pledged to expand trade with Afghanistan.")).containsExactly("CHN AFG 0311");
        assertThat(found(MentionKind.EVENT, "Russia vowed to deepen defence links with Pakistan."))
                .containsExactly("RUS PAK 0312");
    }

    @Test
    void aClauseOpenedByButInheritsTheSubject() {
        assertThat(found(MentionKind.EVENT, "India urged calm but refrained from criticizing Russia by abstaining on a resolution "
                + "of the United States.")).contains("IND USA 010").doesNotContain("RUS USA 010");
    }

    @Test
    void negatedAndHypotheticalVerbsAreNotCoded() {
        assertThat(found(MentionKind.EVENT, "Pakistan did not sign the accord with India.")).isEmpty();
        assertThat(found(MentionKind.EVENT, "Washington could impose sanctions on India.")).isEmpty();
    }

    @Test
    void theLastCoordinatedPairIsWhatTheTwoCountriesMeans() {
        assertThat(found(MentionKind.RELATION, "The shared goals of China and Pakistan worry India. The two countries "
                + "deepened their alliance.")).contains("CHN PAK positive").doesNotContain("IND PAK positive");
    }

    @Test
    void demonstrativesAndPronounsReferBack() {
        assertThat(found(MentionKind.RELATION, "Moscow courts Islamabad. This friendship may grow as Pakistan diversifies."))
                .contains("PAK RUS positive");
        assertThat(found(MentionKind.RELATION, "The border crisis was a setback for Pakistan in its troubled relationship with "
                + "Afghanistan.")).containsExactly("AFG PAK negative");
    }

    @Test
    void aNegatedNegativeCueReadsPositiveAndANegatedPositiveOneIsDropped() {
        assertThat(found(MentionKind.RELATION, "China declined to condemn Russia at the summit."))
                .containsExactly("CHN RUS positive");
        assertThat(found(MentionKind.RELATION, "India did not deepen ties with Russia.")).isEmpty();
    }

    @Test
    void anActorInsideTheCueIsItsObject() {
        assertThat(found(MentionKind.RELATION, "Moscow regards New Delhi as a trusted partner in Asia, unlike China."))
                .containsExactly("IND RUS positive");
    }

    @Test
    void anObjectThatIsOneOfTheSubjectsMakesTheEventReciprocal() {
        assertThat(found(MentionKind.EVENT, "China and Pakistan signed a pact allowing Pakistani ships to dock."))
                .containsExactlyInAnyOrder("CHN PAK 057", "PAK CHN 057");
    }

    @Test
    void recommendedRelationsAreNotStatementsOfFact() {
        assertThat(found(MentionKind.RELATION, "Pakistan should strengthen ties with Russia.")).isEmpty();
    }

    @Test
    void aCooperativeVerbWithNoActorTakesTheNamedAgreementsParties() {
        Agreement dialogue = new Agreement("chn-pak-dialogue", "China-Pakistan Strategic Dialogue", null, List.of(),
                AgreementType.COOPERATION, List.of("CHN", "PAK"), null, PartialDate.parse("2010"), null, null, null,
                List.of(new Evidence("test", null, "written for this test")));
        ArticleExtractor extractor = new ArticleExtractor(new Gazetteer(DIRECTORY, List.of(dialogue)), List.of(dialogue),
                new EventCoder(CODES));
        List<String> events = extractor.extract("Three accords were signed at the China-Pakistan Strategic Dialogue.", null,
                null).mentions().stream().filter(m -> m.kind() == MentionKind.EVENT).map(Mention::value).toList();
        assertThat(events).containsExactlyInAnyOrder("CHN PAK 057", "PAK CHN 057");
    }

    @Test
    void withNoSubjectCoordinatedObjectsAreReciprocal() {
        assertThat(found(MentionKind.EVENT, "A pact was concluded between India and the United States."))
                .containsExactlyInAnyOrder("IND USA 057", "USA IND 057");
    }

    /** A meeting to discuss is a consultation (040, both ways); one to negotiate is a negotiation (046). */
    @Test
    void meetingsToDiscussAreReciprocalConsultationsAndToNegotiateNegotiations() {
        assertThat(found(MentionKind.EVENT, "Pakistan met Chinese envoys on Friday to discuss the port."))
                .containsExactlyInAnyOrder("PAK CHN 040", "CHN PAK 040");
        assertThat(found(MentionKind.EVENT, "Pakistan met Chinese envoys on Friday to negotiate the port's lease."))
                .containsExactlyInAnyOrder("PAK CHN 046", "CHN PAK 046");
    }

    @Test
    void thePassiveAgentIsTheSource() {
        assertThat(found(MentionKind.EVENT, "Kabul was visited last week by Chinese officials."))
                .contains("CHN AFG 042");
    }

    @Test
    void appealsToChangeCourseAndCutsInSecurityAssistanceHaveTheirOwnCodes() {
        assertThat(found(MentionKind.EVENT, "Washington urged New Delhi to avoid the purchase.")).containsExactly("USA IND 0242");
        assertThat(found(MentionKind.EVENT, "The United States suspended security assistance to Pakistan."))
                .containsExactly("USA PAK 1622");
        assertThat(found(MentionKind.EVENT, "Moscow armed India for decades.")).containsExactly("RUS IND 072");
    }

    @Test
    void thePairOfAnEarlierClauseIsWhatTheTwoLeadersMeans() {
        assertThat(found(MentionKind.EVENT, "Russia hosted China in May, and the two leaders held talks on trade."))
                .contains("RUS CHN 046", "CHN RUS 046");
    }

    @Test
    void aLongTextIsReadInBlocksWithTheSameMentionsAndConsistentOffsets() {
        String paragraph = "India and the United States signed a pact. Pakistan and China remain close partners.\n";
        String text = paragraph.repeat(ArticleExtractor.BLOCK / paragraph.length() * 3);
        ArticleExtractor.Result result = EXTRACTOR.extract(text, null, null);
        long actors = result.mentions().stream().filter(m -> m.kind() == MentionKind.ACTOR).count();
        assertThat(actors).isEqualTo(4L * (text.length() / paragraph.length()));
        assertThat(result.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(result.sentences()).extracting(Sentence::index)
                .isEqualTo(java.util.stream.IntStream.range(0, result.sentences().size()).boxed().toList());
    }

    @Test
    void noSentenceIsLongerThanTheLimit() {
        String run = "word ".repeat(3 * SentenceSplitter.MAX_LENGTH);
        assertThat(SentenceSplitter.split(run)).hasSizeGreaterThan(5)
                .allSatisfy(x -> assertThat(x.end() - x.start()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH));
    }

    @Test
    void examplesAndPlacesAreNotPartners() {
        assertThat(found(MentionKind.RELATION, "Security alliances like China and Russia worry some.")).isEmpty();
        assertThat(found(MentionKind.EVENT, "Russia called for an end to the violence in the United States."))
                .isEmpty();
    }
}
