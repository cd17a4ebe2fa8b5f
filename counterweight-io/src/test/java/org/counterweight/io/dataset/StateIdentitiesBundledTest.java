package org.counterweight.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.actor.StateIdentities;
import org.counterweight.core.actor.StateIdentity;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.core.actor.StateResolver.Holding;
import org.counterweight.core.actor.StateResolver.Resolution;
import org.counterweight.core.actor.UnresolvedReferenceException;
import org.counterweight.core.actor.YearSpan;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;
import org.junit.jupiter.api.Test;

/**
 * The year-aware identities of the bundled state lists. Reference values are rows of the bundled
 * files: cow_states2016.csv ("GFR",260,...,1955,5,5,1990,10,2; "GDR",265,...,1954,3,25,1990,10,2;
 * "CZE",315,...,1918,10,28,1939,3,15 and 1945,5,10,1992,12,31; "YUG",345,...,1878,7,13,1941,4,20 and
 * 1944,10,20,2016,12,31; "RUS",365,"Russia",1816,...,2016,12,31; "GMY",255,...,1816-1945,5,8 and
 * 1990,10,3-2016,12,31), countrycode_codelist.csv (Germany: cown 255, gwn 260; Niger: NIR, 436, name
 * pattern "\bniger(?!ia)"; Pakistan: PAK, 770) and state_names_curated.csv (SUN 1922-1991, SRB from
 * 2006).
 */
class StateIdentitiesBundledTest {
    private static final List<StateSystemSpell> SPELLS = spells();
    private static final List<CountryCodeEntry> CROSSWALK = TestData.readBundled(new CountryCodeListReader(),
            "countrycode-1.8.0");
    private static final StateIdentities IDENTITIES = StateIdentities.of(SPELLS, CROSSWALK,
            TestData.readBundled(new StateNamesReader(), "state-names-curated"));
    private static final StateResolver RESOLVER = new StateResolver(new ActorDirectory(List.of(), CROSSWALK),
            IDENTITIES);

    private static List<StateSystemSpell> spells() {
        List<StateSystemSpell> spells = new ArrayList<>(TestData.readBundled(new CowStatesReader(), "cow-states-2016"));
        spells.addAll(TestData.readBundled(new GwStatesReader(), "gw-states"));
        return spells;
    }

    private static String holderId(String reference, int year) {
        return RESOLVER.resolve(reference, year, year).holdings().get(0).identity().id();
    }

    private static String unresolved(String reference, int first, int last) {
        return assertThatThrownBy(() -> RESOLVER.resolve(reference, first, last))
                .isInstanceOf(UnresolvedReferenceException.class).actual().getMessage();
    }

    @Test
    void historicalCodesResolveInTheirYearsOnly() {
        assertThat(holderId("260", 1955)).isEqualTo("GFR");
        assertThat(holderId("260", 1990)).isEqualTo("GFR");
        assertThat(unresolved("260", 1991, 1991)).contains("German Federal Republic (GFR, 260)", "1955-1990");
        assertThat(unresolved("260", 1954, 1954)).contains("1955-1990, not in 1954");
        assertThat(holderId("265", 1954)).isEqualTo("GDR");
        assertThat(unresolved("265", 2000, 2000)).contains("German Democratic Republic (GDR, 265)", "1954-1990",
                "succeeded by Germany (GMY, 255)");
        assertThat(holderId("315", 1918)).isEqualTo("CSK");
        assertThat(holderId("315", 1992)).isEqualTo("CSK");
        assertThat(RESOLVER.resolve("Czechoslovakia", 1935, 1950).notes()).containsExactly("'Czechoslovakia' names no"
                + " member of the COW state system in 1940-1944 (Czechoslovakia (CZE, 315): 1918-1939, 1945-1992)");
        assertThat(unresolved("315", 1940, 1944)).isEqualTo("'315' is Czechoslovakia (CZE, 315), which exists in the"
                + " COW state list 1918-1939, 1945-1992, not in 1940-1944; succeeded by Czech Republic (CZR, 316) and"
                + " Slovakia (SLO, 317)");
        assertThat(unresolved("315", 1993, 1993)).contains("succeeded by Czech Republic (CZR, 316) and Slovakia"
                + " (SLO, 317)");
        assertThat(holderId("345", 1878)).isEqualTo("YUG");
        assertThat(holderId("345", 2005)).isEqualTo("YUG");
        assertThat(holderId("345", 2006)).isEqualTo("SRB");
        assertThat(unresolved("345", 1942, 1943)).isEqualTo("'345' names Yugoslavia (YUG, 345): 1878-1941, 1944-2005;"
                + " Serbia (SRB, 345): from 2006: none of them in 1942-1943");
        assertThat(holderId("365", 1921)).isEqualTo("RUS");
        assertThat(holderId("365", 1922)).isEqualTo("SUN");
        assertThat(holderId("365", 1991)).isEqualTo("SUN");
        assertThat(holderId("365", 1992)).isEqualTo("RUS");
    }

    @Test
    void code365IsRussiaThenTheSovietUnionThenRussia() {
        assertThat(IDENTITIES.holder(365, 1816)).get().extracting(StateIdentity::name).isEqualTo("Russia");
        assertThat(IDENTITIES.holder(365, 1950)).get().extracting(StateIdentity::name).isEqualTo("Soviet Union");
        assertThat(IDENTITIES.holder(365, 2000)).get().extracting(StateIdentity::name).isEqualTo("Russia");
        assertThat(IDENTITIES.byId("RUS").orElseThrow().years())
                .containsExactly(new YearSpan(1816, 1921), YearSpan.from(1992));
    }

    @Test
    void historicalNamesResolveInTheirYearsAndSayWhenTheyDoNot() {
        assertThat(holderId("Yugoslavia", 1950)).isEqualTo("YUG");
        assertThat(holderId("West Germany", 1988)).isEqualTo("GFR");
        assertThat(holderId("East Germany", 1988)).isEqualTo("GDR");
        assertThat(holderId("Soviet Union", 1950)).isEqualTo("SUN");
        assertThat(holderId("USSR", 1991)).isEqualTo("SUN");

        assertThat(unresolved("USSR", 2000, 2000)).isEqualTo("'USSR' is Soviet Union (SUN, 365), which exists in the"
                + " COW state list 1922-1991, not in 2000; COW code 365 is Russia (RUS, 365) then");
        assertThat(unresolved("West Germany", 2000, 2010)).contains("1955-1990, not in 2000-2010");
        assertThat(unresolved("East Germany", 1816, 1900)).contains("1954-1990");
        Resolution yugoslavia = RESOLVER.resolve("Yugoslavia", 2000, 2010);
        assertThat(yugoslavia.holdings()).extracting(h -> h.identity().id() + " " + h.years())
                .containsExactly("YUG 2000-2005", "SRB 2006-2010");
        assertThat(yugoslavia.notes()).containsExactly("'Yugoslavia' is Yugoslavia (YUG, 345) in 2000-2005 and"
                + " Serbia (SRB, 345) in 2006-2010");
        Resolution soviet = RESOLVER.resolve("Soviet Union", 1985, 1995);
        assertThat(soviet.holdings()).extracting(Holding::years).containsExactly(new YearSpan(1985, 1991));
        assertThat(soviet.notes()).singleElement().asString().contains("no member", "1992-1995", "1922-1991");
    }

    @Test
    void deuIsTheGermanFederalRepublicTo1990AndGermanyAfter() {
        Resolution germany = RESOLVER.resolve("DEU", 1985, 1995);

        assertThat(germany.holdings()).extracting(h -> h.identity().cowCode() + " " + h.years())
                .containsExactly("260 1985-1990", "255 1991-1995");
        assertThat(germany.notes()).containsExactly("'DEU' is German Federal Republic (GFR, 260) in 1985-1990 and"
                + " Germany (GMY, 255) in 1991-1995");
        assertThat(holderId("DEU", 1988)).isEqualTo("GFR");
        assertThat(holderId("Germany", 1900)).isEqualTo("DEU");
        assertThat(RESOLVER.resolve("DEU", 1950, 1950 + 5).notes()).anySatisfy(note -> assertThat(note)
                .contains("no member of the COW state system in 1950-1954"));
    }

    @Test
    void aNamePatternIsAGuessAndSaysSo() {
        Resolution niger = RESOLVER.resolve("Nigera", 2000, 2000);

        assertThat(niger.holdings()).singleElement().extracting(h -> h.identity().cowCode()).isEqualTo(436);
        assertThat(niger.notes()).containsExactly("read 'Nigera' as Niger (NIR, 436)");
        assertThat(RESOLVER.resolve("Niger", 2000, 2000).notes()).isEmpty();
    }

    @Test
    void anUnknownNameGetsTheClosestNames() {
        assertThat(unresolved("Pakistn", 2000, 2000)).isEqualTo("unknown state 'Pakistn'; did you mean Pakistan"
                + " (PAK, 770)?");
        assertThat(unresolved("Atlantis", 2000, 2000)).startsWith("unknown actor 'Atlantis': give an ISO3 code");
    }

    /** Every state-year of the COW list: a COW code and a year of one of its spells. */
    private static final List<int[]> COW_STATE_YEARS = SPELLS.stream().filter(s -> s.system() == StateSystem.COW)
            .flatMap(s -> IntStream.rangeClosed(s.start().getYear(), s.end().getYear())
                    .mapToObj(year -> new int[] {s.code(), year})).toList();

    @Provide
    Arbitrary<int[]> cowStateYears() {
        return Arbitraries.of(COW_STATE_YEARS);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 20_000, seed = "16007")
    boolean everyCowStateYearHasExactlyOneIdentity(@ForAll("cowStateYears") int[] stateYear) {
        int code = stateYear[0];
        int year = stateYear[1];
        List<StateIdentity> holders = IDENTITIES.ofCode(code).stream().filter(i -> i.holds(year)).toList();
        List<Holding> resolved = RESOLVER.resolve(String.valueOf(code), year, year).holdings();
        return holders.size() == 1 && resolved.size() == 1 && resolved.get(0).identity() == holders.get(0);
    }
}
