package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.junit.jupiter.api.Test;

/** The gazetteer's entries for people who speak for an actor. */
class GazetteerPeopleTest {
    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(
            new Actor("IND", ActorKind.STATE, "India", 750, 750, "IND", List.of(
                    new Alias("Narendra Modi", AliasKind.PERSON), new Alias("Modi", AliasKind.PERSON),
                    new Alias("S. Jaishankar", AliasKind.PERSON))),
            new Actor("PAK", ActorKind.STATE, "Pakistan", 770, 770, "PAK", List.of(
                    new Alias("Imran Khan", AliasKind.PERSON))),
            new Actor("RUS", ActorKind.STATE, "Russia", 365, 365, "RUS", List.of(
                    new Alias("Sergei Lavrov", AliasKind.PERSON), new Alias("Lavrov", AliasKind.PERSON)))), List.of());
    private static final Gazetteer GAZETTEER = new Gazetteer(DIRECTORY, List.of());

    @Test
    void aPersonStandsForTheStateHeOrSheSpeaksFor() {
        List<Mention> found = GAZETTEER.find(
                "Narendra Modi met Imran Khan; later Modi, S. Jaishankar and Sergei Lavrov spoke, and Lavrov left.");

        assertThat(found).extracting(Mention::text)
                .containsExactly("Narendra Modi", "Imran Khan", "Modi", "S. Jaishankar", "Sergei Lavrov", "Lavrov");
        assertThat(found).extracting(Mention::value).containsExactly("IND", "PAK", "IND", "IND", "RUS", "RUS");
        assertThat(found).extracting(Mention::confidence).containsOnly(0.9);
    }

    @Test
    void onlyTheWholeNameAsWrittenMatches() {
        assertThat(GAZETTEER.find("Khan and Sergei spoke in Modinagar.")).isEmpty();
    }
}
