package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
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

/** The gazetteer's entries for agreements: names, short names and the aliases from the knowledge base. */
class GazetteerAliasesTest {
    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(
            new Actor("IND", ActorKind.STATE, "India", 750, 750, "IND", List.of()),
            new Actor("USA", ActorKind.STATE, "United States", 2, 2, "USA", List.of(new Alias("US", AliasKind.ABBREVIATION))),
            new Actor("QUAD", ActorKind.ORGANISATION, "Quadrilateral Security Dialogue", null, null, null,
                    List.of(new Alias("Quad", AliasKind.ABBREVIATION)))), List.of());

    private static Agreement agreement(String id, String name, String shortName, List<String> aliases) {
        return new Agreement(id, name, shortName, aliases, AgreementType.STRATEGIC_DIALOGUE, List.of("USA", "IND"), null,
                PartialDate.ofYear(2018), null, null, null, List.of(new Evidence("test-source", "a quote", null)));
    }

    private static final Gazetteer GAZETTEER = new Gazetteer(DIRECTORY, List.of(
            agreement("us-ind-2plus2-dialogue", "US-India 2+2 Ministerial Dialogue (foreign and defence ministers)", "2+2",
                    List.of("2+2 dialogue", "two plus two", "Quad")),
            agreement("us-ind-civil-nuclear-separation-plan", "US-India civil nuclear understanding", null,
                    List.of("civil nuclear deal"))));

    @Test
    void aliasesAreFoundCaseSensitivelyOnWordBoundaries() {
        String text = "After the 2+2 dialogue and the ‘two plus two’ talks, the civil nuclear deal held; "
                + "the 2+2 Dialogue and a civil nuclear dealer did not match.";
        List<Mention> found = GAZETTEER.find(text).stream().filter(m -> m.kind() == MentionKind.AGREEMENT).toList();

        assertThat(found).extracting(Mention::text)
                .containsExactly("2+2 dialogue", "two plus two", "civil nuclear deal", "2+2");
        assertThat(found).extracting(Mention::value).containsExactly("us-ind-2plus2-dialogue", "us-ind-2plus2-dialogue",
                "us-ind-civil-nuclear-separation-plan", "us-ind-2plus2-dialogue");
        assertThat(found.get(0).confidence()).isEqualTo(0.85);
        assertThat(found.get(3).confidence()).as("the short name, not an alias").isEqualTo(0.9);
    }

    @Test
    void anActorsNameWinsOverAnAgreementsAlias() {
        assertThat(GAZETTEER.find("the Quad met")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MentionKind.ACTOR))
                .satisfies(m -> assertThat(m.value()).isEqualTo("QUAD"));
    }

    @Test
    void anAgreementWithAnOrganisationsNameIsReportedBesideIt() {
        Gazetteer gazetteer = new Gazetteer(DIRECTORY, List.of(agreement("quad-2017", "Revival of the Quad", "Quad",
                List.of())));
        assertThat(gazetteer.find("the Quad met")).extracting(Mention::kind, Mention::value)
                .containsExactly(tuple(MentionKind.ACTOR, "QUAD"), tuple(MentionKind.AGREEMENT, "quad-2017"));
    }
}
