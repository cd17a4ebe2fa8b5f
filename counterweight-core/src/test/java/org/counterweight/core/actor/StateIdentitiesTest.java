package org.counterweight.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.StateNamePeriod;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;
import org.junit.jupiter.api.Test;

/** Identities built from a small state list, with the rules worked by hand. */
class StateIdentitiesTest {
    private static final LocalDate LIST_END = LocalDate.of(2016, 12, 31);

    private static StateSystemSpell cow(int code, String abbreviation, String name, int from, LocalDate to) {
        return new StateSystemSpell(StateSystem.COW, code, abbreviation, name, LocalDate.of(from, 1, 1), to, false);
    }

    private static CountryCodeEntry entry(String name, String iso3, Integer cow, Integer gw) {
        return new CountryCodeEntry(name, null, null, null, iso3, null, null, cow, null, gw, null, null, null, null,
                null, null);
    }

    private static StateNamePeriod naming(int code, String id, String name, Integer from, Integer to) {
        return new StateNamePeriod(code, id, name, id, from, to, null, List.of(), List.of(), "a test");
    }

    private static final List<StateSystemSpell> SPELLS = List.of(
            cow(255, "GMY", "Germany", 1816, LocalDate.of(1945, 5, 8)), cow(255, "GMY", "Germany", 1990, LIST_END),
            cow(260, "GFR", "German Federal Republic", 1955, LocalDate.of(1990, 10, 2)),
            cow(365, "RUS", "Russia", 1816, LIST_END), cow(730, "KOR", "Korea", 1887, LocalDate.of(1905, 11, 17)),
            cow(732, "ROK", "South Korea", 1949, LIST_END));
    private static final List<CountryCodeEntry> CROSSWALK = List.of(entry("Germany", "DEU", 255, 260),
            entry("Russia", "RUS", 365, 365), entry("South Korea", "KOR", 732, 732));

    private final StateIdentities identities = StateIdentities.of(SPELLS, CROSSWALK,
            List.of(naming(365, "SUN", "Soviet Union", 1922, 1991)));

    @Test
    void aNamedPeriodSplitsItsCodeAndTheRestKeepsTheListsName() {
        assertThat(identities.ofCode(365)).extracting(i -> i.id() + " " + i.yearsText())
                .containsExactly("RUS 1816-1921, from 1992", "SUN 1922-1991");
        assertThat(identities.byId("SUN").orElseThrow().namedPeriod()).isTrue();
        assertThat(identities.holder(365, 1921)).get().extracting(StateIdentity::id).isEqualTo("RUS");
        assertThat(identities.holder(365, 2030)).get().extracting(StateIdentity::id).isEqualTo("RUS");
    }

    @Test
    void idsAreIso3ThenCowAbbreviationsUnlessAnotherStateHasThatCode() {
        assertThat(identities.ofCode(255)).singleElement().extracting(StateIdentity::id).isEqualTo("DEU");
        assertThat(identities.ofCode(260)).singleElement().extracting(StateIdentity::id).isEqualTo("GFR");
        assertThat(identities.ofCode(730)).singleElement().extracting(StateIdentity::id).isEqualTo("KOR_730");
        assertThat(identities.ofCode(732)).singleElement().extracting(StateIdentity::id).isEqualTo("KOR");
    }

    @Test
    void germanysLineRunsThroughTheGermanFederalRepublicWhichKeeps1990() {
        assertThat(identities.line(255)).containsExactly(255, 260);
        assertThat(identities.line(260)).containsExactly(260);
        assertThat(identities.holder(identities.line(255), 1900)).get().extracting(StateIdentity::id).isEqualTo("DEU");
        assertThat(identities.holder(identities.line(255), 1950)).isEmpty();
        assertThat(identities.holder(identities.line(255), 1990)).get().extracting(StateIdentity::id).isEqualTo("GFR");
        assertThat(identities.holder(identities.line(255), 1991)).get().extracting(StateIdentity::id).isEqualTo("DEU");
    }

    @Test
    void curatedNamesThatOverlapOrMissTheirCodeAreRefused() {
        assertThatThrownBy(() -> StateIdentities.of(SPELLS, CROSSWALK, List.of(naming(365, "SUN", "Soviet Union",
                1922, 1991), naming(365, "RSF", "Russian SFSR", 1917, 1922)))).hasMessageContaining("overlap");
        assertThatThrownBy(() -> StateIdentities.of(SPELLS, CROSSWALK, List.of(naming(260, "FRG", "Bonn Republic",
                1950, 1954)))).hasMessageContaining("covers no year of COW code 260");
        assertThatThrownBy(() -> StateIdentities.of(SPELLS, CROSSWALK, List.of(naming(999, "XYZ", "Nowhere", null,
                null)))).hasMessageContaining("not in the COW list");
    }
}
