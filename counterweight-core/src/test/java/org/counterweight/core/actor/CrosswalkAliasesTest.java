package org.counterweight.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CapitalSpell;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.StateAdjectives;
import org.counterweight.core.model.StateNamePeriod;
import org.junit.jupiter.api.Test;

/**
 * Reference values: the current capitals of data/datasets/capitals/cow_capitals.csv (Nepal 790
 * Kathmandu, Seychelles 591 Victoria, Singapore 830 Singapore, Yugoslavia 345 Belgrade) and the
 * curated naming of 345 as Serbia from 2006 (state_names_curated.csv).
 */
class CrosswalkAliasesTest {
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    private static CountryCodeEntry entry(String name, String iso3, Integer cow) {
        return new CountryCodeEntry(name, null, null, null, iso3, null, iso3, cow, null, cow, null, null, null, null,
                null, null);
    }

    private static CapitalSpell capital(int ccode, String city) {
        return new CapitalSpell(ccode, city, LocalDate.of(1816, 1, 1), END, 0, 0, "test", null);
    }

    private static final List<CountryCodeEntry> CROSSWALK = List.of(entry("Nepal", "NPL", 790),
            entry("Seychelles", "SYC", 591), entry("Singapore", "SGP", 830), entry("Serbia", "SRB", null),
            entry("Yemen", "YEM", 679));

    private static final List<StateNamePeriod> NAMES = List.of(new StateNamePeriod(345, "SRB", "Serbia", "SRB",
            2006, null, 340, List.of(), List.of(), "test"));

    @Test
    void givesAdjectivesThenTheCurrentCapital() {
        Map<String, List<Alias>> aliases = CrosswalkAliases.of(List.of(new StateAdjectives("NPL",
                List.of("Nepalese", "Nepali"), "test")), List.of(capital(790, "Kathmandu")), CROSSWALK, NAMES);

        assertThat(aliases.get("NPL")).containsExactly(new Alias("Nepalese", AliasKind.ADJECTIVE),
                new Alias("Nepali", AliasKind.ADJECTIVE), new Alias("Kathmandu", AliasKind.METONYM));
    }

    @Test
    void readsACodeAsTheCuratedNameItHasAtItsEnd() {
        assertThat(CrosswalkAliases.of(List.of(), List.of(capital(345, "Belgrade")), CROSSWALK, NAMES))
                .containsEntry("SRB", List.of(new Alias("Belgrade", AliasKind.METONYM)));
    }

    @Test
    void leavesOutExcludedCapitalsOnesNamedAsTheirStateAndSharedOnes() {
        Map<String, List<Alias>> aliases = CrosswalkAliases.of(List.of(), List.of(capital(591, "Victoria"),
                capital(830, "Singapore"), capital(679, "Sanaa"), capital(790, "Sanaa"), capital(678, "Sanaa")),
                CROSSWALK, NAMES);

        assertThat(aliases).as("Victoria is excluded, Singapore is the name, Sanaa is NPL's and YEM's here; 678"
                + " maps to no state").isEmpty();
        assertThat(CrosswalkAliases.NOT_METONYMS).contains("Male", "Victoria", "Kingston", "Georgetown", "Brussels",
                "Doha");
    }
}
