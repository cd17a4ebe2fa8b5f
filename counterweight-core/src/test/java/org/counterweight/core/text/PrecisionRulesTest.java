package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterweight.core.text.RuleFixtures.agreement;
import static org.counterweight.core.text.RuleFixtures.codes;
import static org.counterweight.core.text.RuleFixtures.state;

import java.util.List;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CameoCode;
import org.junit.jupiter.api.Test;

/**
 * The error classes of issue 14, one test each, on sentences written for this test (none is taken
 * from the annotated articles): change of state, future and purpose clauses, parties of an
 * agreement, descriptions referring back to a named agreement, misspelt names, reported speech.
 */
class PrecisionRulesTest {
    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(
            state("IND", "India", 750, new Alias("New Delhi", AliasKind.METONYM), new Alias("Indian", AliasKind.ADJECTIVE),
                    new Alias("Narendra Modi", AliasKind.PERSON), new Alias("Indo", AliasKind.COMBINING)),
            state("USA", "United States", 2, new Alias("US", AliasKind.ABBREVIATION), new Alias("Washington", AliasKind.METONYM),
                    new Alias("Trump administration", AliasKind.METONYM), new Alias("US", AliasKind.COMBINING)),
            state("CHN", "China", 710, new Alias("Beijing", AliasKind.METONYM), new Alias("Chinese", AliasKind.ADJECTIVE)),
            state("PAK", "Pakistan", 770, new Alias("Islamabad", AliasKind.METONYM),
                    new Alias("Foreign Office", AliasKind.METONYM)),
            state("RUS", "Russia", 365, new Alias("Moscow", AliasKind.METONYM))),
            List.of());
    private static final Agreement BECA = agreement("us-ind-beca", "Basic Exchange and Cooperation Agreement", "BECA",
            AgreementType.FOUNDATIONAL_ENABLER, List.of("USA", "IND"), "2020-10-27");
    private static final List<CameoCode> CODES = codes("030", "040", "042", "043", "046", "057", "111", "130", "1622");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new Gazetteer(DIRECTORY, List.of(BECA)),
            List.of(BECA), new EventCoder(CODES));

    private static List<Mention> extract(String text) {
        return EXTRACTOR.extract(text, null, null).mentions();
    }

    private static List<String> found(MentionKind kind, String text) {
        return RuleFixtures.found(EXTRACTOR, kind, text);
    }

    @Test
    void aPartnershipThatEndedIsNegativeAndAvoidedCriticismIsNoEvent() {
        assertThat(found(MentionKind.RELATION, "Pakistan is no longer a strategic partner of the United States."))
                .containsExactly("PAK USA negative");
        assertThat(found(MentionKind.RELATION, "Russia and Pakistan ceased to be allies long ago."))
                .containsExactly("PAK RUS negative");
        assertThat(found(MentionKind.RELATION, "Washington ended its partnership with Islamabad in 1990."))
                .containsExactly("PAK USA negative");
        String avoided = "India has avoided condemning Russia over the war.";
        assertThat(found(MentionKind.EVENT, avoided)).isEmpty();
        assertThat(found(MentionKind.RELATION, avoided)).doesNotContain("IND RUS negative");
    }

    @Test
    void futurePlannedAndPurposeActsAreNotEvents() {
        assertThat(found(MentionKind.EVENT, "Narendra Modi is to hold talks with Russia next week.")).isEmpty();
        assertThat(found(MentionKind.EVENT, "India will sign the pact with Russia in May.")).isEmpty();
        assertThat(found(MentionKind.EVENT, "India is set to sign a deal with Russia.")).isEmpty();
        assertThat(found(MentionKind.EVENT, "India visited Russia to hold talks.")).contains("IND RUS 042")
                .doesNotContain("IND RUS 046");
    }

    /** The purpose clause's subject is its own clause's, and a bare "allies" pairs nobody. */
    @Test
    void aPurposeClauseKeepsItsSubjectAndGenericAlliesPairNobody() {
        assertThat(found(MentionKind.RELATION, "Washington courts New Delhi to counter China, while Pakistan watches."))
                .contains("CHN USA negative").doesNotContain("CHN PAK negative");
        assertThat(found(MentionKind.RELATION, "Pakistan said the US should not harm its allies.")).isEmpty();
    }

    /** Pakistan objecting to BECA is not a party to its signing; the signatories are BECA's. */
    @Test
    void onlyAnAgreementsPartiesSignIt() {
        List<String> events = found(MentionKind.EVENT,
                "Pakistan and India signed statements on the day the United States and India signed BECA.");
        assertThat(events).doesNotContain("PAK IND 057", "IND PAK 057", "PAK USA 057");
        assertThat(found(MentionKind.EVENT, "Pakistan signed a protest against BECA.")).isEmpty();
    }

    /** "The defence pact" refers back to BECA: no new agreement, and its signing is by BECA's parties. */
    @Test
    void aDescriptionRefersBackToTheNamedAgreement() {
        String text = "The United States and India discussed BECA on Monday. The defence pact was inked on Tuesday.";
        assertThat(extract(text)).noneMatch(m -> m.kind() == MentionKind.AGREEMENT && m.value().startsWith("new:"));
        assertThat(found(MentionKind.EVENT, text)).contains("USA IND 057", "IND USA 057");
    }

    @Test
    void aMisspeltNameIsFoundWithALowerConfidence() {
        Mention dehli = extract("Pompeo flew to New Dehli.").stream().filter(m -> m.text().equals("New Dehli"))
                .findFirst().orElseThrow();
        assertThat(dehli.value()).isEqualTo("IND");
        assertThat(dehli.confidence()).isLessThan(0.7);
        assertThat(extract("Indiana is a state.")).noneMatch(m -> m.kind() == MentionKind.ACTOR);
        assertThat(Gazetteer.osaDistanceAtMostOne("New Delhi", "New Dehli")).isTrue();
        assertThat(Gazetteer.osaDistanceAtMostOne("Narendra", "Narendera")).isTrue();
        assertThat(Gazetteer.osaDistanceAtMostOne("China", "Chile")).isFalse();
    }

    /**
     * The speaker of reported speech criticises the parties of what it reports, and the reported
     * clause's own verbs take their subjects from it, never from the speaker.
     */
    @Test
    void reportedSpeechIsKeptApartFromWhatHappened() {
        List<String> events = found(MentionKind.EVENT, "The Foreign Office warned that BECA threatens peace.");
        assertThat(events).containsExactlyInAnyOrder("PAK USA 111", "PAK IND 111");
        assertThat(found(MentionKind.EVENT, "Pakistan said that the United States and India signed BECA."))
                .containsExactlyInAnyOrder("USA IND 057", "IND USA 057");
        assertThat(found(MentionKind.RELATION, "Pakistan reminded the Trump administration that their growing friendship"
                + " with New Delhi could hurt ties.")).containsExactly("IND USA positive");
    }
}
