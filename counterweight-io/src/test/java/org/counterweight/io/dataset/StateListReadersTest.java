package org.counterweight.io.dataset;

import java.time.LocalDate;
import java.util.List;
import org.counterweight.core.model.ContiguityType;
import org.counterweight.core.model.Contiguity;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.MajorPowerSpell;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.RivalryType;
import org.counterweight.core.model.StateAdjectives;
import org.counterweight.core.model.StateNamePeriod;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values: data/datasets/country-codes/SOURCE.md and rivalry-contiguity-majors/SOURCE.md
 * (row counts, the South Asia rivalries), and the files' own rows for India and Pakistan.
 */
class StateListReadersTest {

    @Test
    void readsCowStateSystem() {
        List<StateSystemSpell> spells = TestData.readBundled(new CowStatesReader(), "cow-states-2016");

        assertThat(spells).hasSize(243);
        assertThat(TestData.distinct(spells, StateSystemSpell::code)).isEqualTo(217);
        assertThat(spells).allMatch(s -> s.system() == StateSystem.COW && !s.microstate());
        StateSystemSpell india = spells.stream().filter(s -> s.code() == 750).findFirst().orElseThrow();
        assertThat(india.abbreviation()).isEqualTo("IND");
        assertThat(india.start()).isEqualTo(LocalDate.of(1947, 8, 15));
        assertThat(india.end()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void readsGleditschWardSystem() {
        List<StateSystemSpell> spells = TestData.readBundled(new GwStatesReader(), "gw-states");

        assertThat(spells).hasSize(239);
        assertThat(spells).allMatch(s -> s.system() == StateSystem.GW);
        StateSystemSpell pakistan = spells.stream().filter(s -> s.code() == 770).findFirst().orElseThrow();
        assertThat(pakistan.start()).isEqualTo(LocalDate.of(1947, 8, 14));
        assertThat(pakistan.microstate()).isFalse();
        assertThat(spells).filteredOn(s -> s.code() == 221).singleElement()
                .satisfies(monaco -> assertThat(monaco.microstate()).isTrue());
    }

    @Test
    void impossibleDayNamesDayColumn() {
        TestData.assertBadInput(new CowStatesReader(), "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,"
                + "endday,version\nIND,750,India,1947,2,30,2016,12,31,2016\n", 2, "stday");
    }

    @Test
    void endBeforeStartIsAnErrorOnTheRow() {
        TestData.assertBadInput(new GwStatesReader(), "gwcode,gw_abb,gw_name,microstate,start,end\n"
                + "750,IND,India,0,1947-08-15,1940-01-01\n", 2, null);
    }

    @Test
    void readsCountryCodeList() {
        List<CountryCodeEntry> entries = TestData.readBundled(new CountryCodeListReader(), "countrycode-1.8.0");

        assertThat(entries).hasSize(292);
        CountryCodeEntry afghanistan = entries.get(0);
        assertThat(afghanistan.name()).isEqualTo("Afghanistan");
        assertThat(afghanistan.iso3()).isEqualTo("AFG");
        assertThat(afghanistan.isoNumeric()).isEqualTo(4);
        assertThat(afghanistan.cowCode()).isEqualTo(700);
        assertThat(afghanistan.gwCode()).isEqualTo(700);
        assertThat(afghanistan.region()).isEqualTo("South Asia");
        CountryCodeEntry aland = entries.stream().filter(e -> "ALA".equals(e.iso3())).findFirst().orElseThrow();
        assertThat(aland.cowCode()).isNull();
        assertThat(aland.cowAbb()).isNull();
        assertThat(entries).filteredOn(e -> "IND".equals(e.iso3())).singleElement()
                .satisfies(india -> assertThat(india.cowCode()).isEqualTo(750));
    }

    /** The curated names as state_names_curated.csv gives them: five rows, the Soviet Union's first. */
    @Test
    void readsCuratedStateNames() {
        List<StateNamePeriod> names = TestData.readBundled(new StateNamesReader(), "state-names-curated");

        assertThat(names).extracting(StateNamePeriod::id).containsExactly("SUN", "SRB", "CSK", "GFR", "GDR");
        StateNamePeriod soviet = names.get(0);
        assertThat(soviet.cowCode()).isEqualTo(365);
        assertThat(soviet.firstYear()).isEqualTo(1922);
        assertThat(soviet.lastYear()).isEqualTo(1991);
        assertThat(soviet.aliases()).containsExactly("USSR", "Union of Soviet Socialist Republics");
        assertThat(names.get(1).lastYear()).isNull();
        assertThat(names.get(2).wholeCode()).isTrue();
        assertThat(names.get(2).successors()).containsExactly(316, 317);
    }

    @Test
    void aBadSuccessorNamesItsColumn() {
        TestData.assertBadInput(new StateNamesReader(), "ccode,id,name,abbreviation,first_year,last_year,gwcode,"
                + "aliases,successors,source\n315,CSK,Czechoslovakia,CZE,,,,,316|Slovakia,ISO 3166-3\n", 2,
                "successors");
    }

    /**
     * The curated adjectives as state_adjectives_curated.csv gives them: one row per state of the
     * crosswalk with a COW code, plus Serbia, less the ten the South Asia case curates.
     */
    @Test
    void readsCuratedStateAdjectives() {
        List<StateAdjectives> states = TestData.readBundled(new StateAdjectivesReader(), "state-adjectives-curated");

        assertThat(states).hasSize(185);
        assertThat(states).extracting(StateAdjectives::iso3).doesNotContain("USA", "IND", "PAK", "CHN", "RUS",
                "AFG", "UKR", "AUS", "JPN", "GBR").contains("SRB");
        assertThat(adjectives(states, "NPL")).containsExactly("Nepalese", "Nepali");
        assertThat(adjectives(states, "SAU")).containsExactly("Saudi", "Saudi Arabian");
        assertThat(adjectives(states, "ARE")).containsExactly("Emirati");
        assertThat(adjectives(states, "UZB")).containsExactly("Uzbek", "Uzbekistani");
        assertThat(adjectives(states, "KOR")).containsExactly("South Korean");
        assertThat(adjectives(states, "COG")).isEmpty();
        assertThat(states).allMatch(s -> !s.source().isBlank());
    }

    private static List<String> adjectives(List<StateAdjectives> states, String iso3) {
        return states.stream().filter(s -> s.iso3().equals(iso3)).findFirst().orElseThrow().adjectives();
    }

    @Test
    void aBadStateCodeOrAnEmptyAdjectiveNamesItsColumn() {
        TestData.assertBadInput(new StateAdjectivesReader(), "iso3,adjectives,source\nNPL,Nepalese|Nepali,a source\n"
                + "Iran,Iranian,a source\n", 3, "iso3");
        TestData.assertBadInput(new StateAdjectivesReader(), "iso3,adjectives,source\nNPL,Nepalese||Nepali,a source\n",
                2, "adjectives");
        TestData.assertBadInput(new StateAdjectivesReader(), "iso3,adjectives,source\nNPL,Nepalese,a source\n"
                + "IRN,Iranian,\n", 3, "source");
    }

    @Test
    void anAdjectiveGivenForTwoStatesIsAnError() {
        TestData.assertBadInput(new StateAdjectivesReader(), "iso3,adjectives,source\nCOG,Congolese,a source\n"
                + "COD,Congolese,a source\n", 3, "adjectives");
    }

    @Test
    void readsRivalries() {
        List<Rivalry> rivalries = TestData.readBundled(new RivalryReader(), "td-rivalries");

        assertThat(rivalries).hasSize(197);
        Rivalry indiaPakistan = rivalries.stream().filter(r -> r.number() == 106).findFirst().orElseThrow();
        assertThat(indiaPakistan.name()).isEqualTo("India-Pakistan");
        assertThat(indiaPakistan.ccode1()).isEqualTo(750);
        assertThat(indiaPakistan.ccode2()).isEqualTo(770);
        assertThat(indiaPakistan.startYear()).isEqualTo(1947);
        assertThat(indiaPakistan.endYear()).isEqualTo(2010);
        assertThat(indiaPakistan.region()).isEqualTo("South Asia");
        assertThat(indiaPakistan.types()).containsExactly(RivalryType.POSITIONAL, RivalryType.SPATIAL);
        Rivalry afghanistanPakistan = rivalries.stream().filter(r -> r.number() == 105).findFirst().orElseThrow();
        assertThat(afghanistanPakistan.types()).containsExactly(RivalryType.SPATIAL, RivalryType.INTERVENTIONARY);
        assertThat(rivalries).filteredOn(r -> r.number() == 190).singleElement()
                .satisfies(r -> assertThat(r.startYear()).isEqualTo(1996));
    }

    /**
     * Thompson, Sakuwa &amp; Suhas (2021), as SOURCE.md of rivalries-tss-2021 counts them: 264 rivalries, 56
     * still going in 2020; India-Pakistan is number 107, 1947-2020, positional and spatial; France-Netherlands
     * (number 13, 1668-1713) is the one without a type.
     */
    @Test
    void readsThompsonSakuwaSuhasRivalries() {
        List<Rivalry> rivalries = TestData.readBundled(new TssRivalryReader(), "tss-rivalries-2021");

        assertThat(rivalries).hasSize(264);
        assertThat(rivalries).filteredOn(r -> r.endYear() == 2020).hasSize(56);
        Rivalry indiaPakistan = rivalries.stream().filter(r -> r.number() == 107).findFirst().orElseThrow();
        assertThat(indiaPakistan.name()).isEqualTo("India-Pakistan");
        assertThat(indiaPakistan.ccode1()).isEqualTo(750);
        assertThat(indiaPakistan.ccode2()).isEqualTo(770);
        assertThat(indiaPakistan.startYear()).isEqualTo(1947);
        assertThat(indiaPakistan.endYear()).isEqualTo(2020);
        assertThat(indiaPakistan.region()).isNull();
        assertThat(indiaPakistan.types()).containsExactly(RivalryType.POSITIONAL, RivalryType.SPATIAL);
        assertThat(rivalries).filteredOn(r -> r.number() == 109).singleElement().satisfies(r -> assertThat(
                r.types()).containsExactly(RivalryType.POSITIONAL, RivalryType.SPATIAL, RivalryType.INTERVENTIONARY));
        assertThat(rivalries).filteredOn(r -> r.types().isEmpty()).singleElement()
                .satisfies(r -> assertThat(r.number()).isEqualTo(13));
    }

    @Test
    void tssTypeFlagOtherThanOneNamesColumn() {
        TestData.assertBadInput(new TssRivalryReader(), "tssr_id,rivalry,ccode1,ccode2,start,end,positional,spatial,"
                + "ideological,interventionary\n107,India-Pakistan,750,770,1947,2020,1,2,,\n", 2, "spatial");
    }

    @Test
    void unknownRivalryTypeNamesColumn() {
        TestData.assertBadInput(new RivalryReader(), "rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,"
                + "type1,type2,type3\n106,India-Pakistan,750,770,1947,2010,South Asia,positional,economic,\n",
                2, "type2");
    }

    @Test
    void readsContiguity() {
        List<Contiguity> spells = TestData.readBundled(new ContiguityReader(), "cow-contiguity-3.2");

        assertThat(spells).hasSize(1_874);
        assertThat(spells.stream().filter(c -> c.type() == ContiguityType.NONE).count()).isEqualTo(180);
        assertThat(spells.stream().filter(c -> c.type() == ContiguityType.LAND).count()).isEqualTo(948);
        assertThat(spells.stream().filter(c -> c.type() == ContiguityType.SEA_400).count()).isEqualTo(390);
        Contiguity indiaPakistan = spells.stream().filter(c -> c.ccode1() == 750 && c.ccode2() == 770)
                .findFirst().orElseThrow();
        assertThat(indiaPakistan.type()).isEqualTo(ContiguityType.LAND);
        assertThat(indiaPakistan.start()).isEqualTo(LocalDate.of(1947, 8, 1));
    }

    @Test
    void contiguityTypeOutOfRangeNamesColumn() {
        TestData.assertBadInput(new ContiguityReader(), "ccode1,ccode2,conttype,stdate,enddate\n"
                + "750,770,6,1947-08-01,2016-12-01\n", 2, "conttype");
    }

    @Test
    void badDateNamesColumn() {
        TestData.assertBadInput(new ContiguityReader(), "ccode1,ccode2,conttype,stdate,enddate\n"
                + "750,770,1,1947-08-01,2016/12/01\n", 2, "enddate");
    }

    @Test
    void readsMajorPowers() {
        List<MajorPowerSpell> spells = TestData.readBundled(new MajorPowersReader(), "cow-majors-2016");

        assertThat(spells).hasSize(14);
        assertThat(TestData.distinct(spells, MajorPowerSpell::ccode)).isEqualTo(9);
        assertThat(spells).filteredOn(s -> s.ccode() == 365).hasSize(2);
        assertThat(spells).filteredOn(s -> s.ccode() == 2).singleElement()
                .satisfies(us -> assertThat(us.start()).isEqualTo(LocalDate.of(1898, 8, 13)));
        assertThat(spells).filteredOn(s -> s.ccode() == 365)
                .noneMatch(s -> s.contains(LocalDate.of(1920, 1, 1)));
    }
}
