package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CountryCodeEntry;
import org.junit.jupiter.api.Test;

/**
 * States outside the case found by the adjectives and capitals given them through the crosswalk
 * (CrosswalkAliases: data/datasets/country-codes/state_adjectives_curated.csv and the current
 * capitals of data/datasets/capitals/cow_capitals.csv), while a curated actor keeps its own aliases.
 */
class GazetteerCrosswalkAliasesTest {
    private static final Actor AFGHANISTAN = new Actor("AFG", ActorKind.STATE, "Afghanistan", 700, 700, "AFG",
            List.of(new Alias("Kabul", AliasKind.METONYM), new Alias("Afghan", AliasKind.ADJECTIVE)));

    private static CountryCodeEntry entry(String name, String iso3, int cow) {
        return new CountryCodeEntry(name, null, null, null, iso3, null, iso3, cow, null, cow, null, null, null, null,
                null, null);
    }

    private static List<Alias> aliases(String adjective, String capital) {
        return List.of(new Alias(adjective, AliasKind.ADJECTIVE), new Alias(capital, AliasKind.METONYM));
    }

    private static final ActorDirectory DIRECTORY = new ActorDirectory(List.of(AFGHANISTAN), List.of(
            entry("Afghanistan", "AFG", 700), entry("Nepal", "NPL", 790), entry("Iran", "IRN", 630),
            entry("France", "FRA", 220)), Map.of(
                    "NPL", aliases("Nepalese", "Kathmandu"),
                    "IRN", aliases("Iranian", "Tehran"),
                    "FRA", aliases("French", "Paris"),
                    "AFG", aliases("Afghani", "Herat")));
    private static final Gazetteer GAZETTEER = new Gazetteer(DIRECTORY, List.of());

    @Test
    void findsStatesOutsideTheCaseByTheirAdjectivesAndCapitals() {
        List<Mention> found = GAZETTEER.find("Nepalese officials met Iranian diplomats in Kathmandu, and Tehran"
                + " objected.");

        assertThat(found).extracting(Mention::text, Mention::value, Mention::confidence).containsExactly(
                tuple("Nepalese", "NPL", 0.85), tuple("Iranian", "IRN", 0.85), tuple("Kathmandu", "NPL", 0.95),
                tuple("Tehran", "IRN", 0.95));
        assertThat(DIRECTORY.resolve("nepalese")).get().extracting(Actor::id).isEqualTo("NPL");
        assertThat(DIRECTORY.resolve("Tehran")).get().extracting(Actor::id).isEqualTo("IRN");
    }

    @Test
    void aCuratedActorKeepsItsOwnAliases() {
        assertThat(DIRECTORY.byId("AFG")).contains(AFGHANISTAN);
        assertThat(DIRECTORY.curated("AFG")).isTrue();
        assertThat(DIRECTORY.curated("NPL")).isFalse();
        assertThat(GAZETTEER.find("Afghan and Afghani officials in Kabul and Herat")).extracting(Mention::text)
                .containsExactly("Afghan", "Kabul");
    }

    @Test
    void crosswalkAliasesAreNotMatchedBySpelling() {
        assertThat(GAZETTEER.find("Parts of the plan were leaked in Pariss.")).isEmpty();
        assertThat(GAZETTEER.find("Nepall and Frence")).as("the crosswalk's names still are").extracting(Mention::value)
                .containsExactly("NPL", "FRA");
    }
}
