package org.counterweight.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CountryCodeEntry;
import org.junit.jupiter.api.Test;

class ActorDirectoryTest {
    private static final Actor INDIA = new Actor("IND", ActorKind.STATE, "India", 750, 750, "IND", List.of(
            new Alias("New Delhi", AliasKind.METONYM), new Alias("Indian", AliasKind.ADJECTIVE),
            new Alias("Indo", AliasKind.COMBINING)));
    private static final Actor PAKISTAN = new Actor("PAK", ActorKind.STATE, "Pakistan", 770, 770, "PAK", List.of(
            new Alias("Islamabad", AliasKind.METONYM), new Alias("Pak", AliasKind.COMBINING)));
    private static final Actor RUSSIA = new Actor("RUS", ActorKind.STATE, "Russia", 365, 365, "RUS", List.of(
            new Alias("Kremlin", AliasKind.METONYM)));
    private static final Actor CHINA = new Actor("CHN", ActorKind.STATE, "China", 710, 710, "CHN", List.of(
            new Alias("Sino", AliasKind.COMBINING)));

    private static CountryCodeEntry entry(String name, String iso3, Integer cow, String regex) {
        return new CountryCodeEntry(name, null, null, null, iso3, null, iso3, cow, null, cow, null, null, null, null,
                null, regex);
    }

    private final ActorDirectory directory = new ActorDirectory(List.of(INDIA, PAKISTAN, RUSSIA, CHINA), List.of(
            entry("India", "IND", 750, "india"), entry("Sri Lanka", "LKA", 780, "sri.?lanka|ceylon")));

    @Test
    void resolvesIdsCodesNamesMetonymsAndAdjectives() {
        assertThat(directory.resolve("IND")).contains(INDIA);
        assertThat(directory.resolve("750")).contains(INDIA);
        assertThat(directory.resolve("new delhi")).contains(INDIA);
        assertThat(directory.resolve("Indian")).contains(INDIA);
        assertThat(directory.resolve("the Kremlin")).contains(RUSSIA);
        assertThat(directory.resolve("Atlantis")).isEmpty();
    }

    @Test
    void findsStatesOutsideTheCaseThroughTheCrosswalk() {
        assertThat(directory.resolve("Ceylon")).get().extracting(Actor::id).isEqualTo("LKA");
        assertThat(directory.resolve("780")).get().extracting(Actor::name).isEqualTo("Sri Lanka");
    }

    @Test
    void splitsCompounds() {
        assertThat(directory.resolveCompound("Sino-Pak")).containsExactly(CHINA, PAKISTAN);
        assertThat(directory.resolveCompound("Indo-Pak")).containsExactly(INDIA, PAKISTAN);
        assertThat(directory.resolveCompound("Pak-India")).containsExactly(PAKISTAN, INDIA);
        assertThat(directory.resolveCompound("Indo-Atlantis")).isEmpty();
    }
}
