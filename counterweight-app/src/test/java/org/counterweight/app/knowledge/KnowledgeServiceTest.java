package org.counterweight.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.ImportRequest;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Event;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Membership;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Sign;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.core.model.Supports;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.report.Report;
import org.counterweight.store.CaseImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curated knowledge of the bundled south-asia case, checked against its case file
 * ({@code data/cases/south-asia/case.yaml}) and the articles it quotes.
 */
class KnowledgeServiceTest {
    private static final CaseId SOUTH_ASIA = CaseId.SOUTH_ASIA;

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static KnowledgeService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new KnowledgeService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static List<String> ids(ActorsResult result) {
        return result.actors().stream().map(Actor::id).toList();
    }

    private static ActorsResult resolve(String text) {
        return service.actors(new ActorsRequest(SOUTH_ASIA, false, text));
    }

    private static String parameter(Throwable e) {
        return ((InvalidRequestException) e).parameter();
    }

    /** Every fact quoted from each article is listed, each with its verbatim quote from that article. */
    @Test
    void claimsOfEachArticleListEveryFactWithItsQuote() {
        List<Claim> curated = BundledCases.bundled("south-asia").caseFile().claims();
        for (String source : List.of("gillani-2021", "us-india-convergence-2022")) {
            List<Claim> facts = curated.stream().filter(c -> c.kind() == ClaimKind.FACT)
                    .filter(c -> c.evidence().stream().anyMatch(e -> e.sourceId().equals(source))).toList();
            ClaimsResult result = service.claims(new ClaimsRequest(SOUTH_ASIA, null, source, ClaimKind.FACT, null));
            assertThat(facts).hasSizeGreaterThan(10);
            assertThat(result.claims()).extracting(q -> q.claim().id())
                    .containsExactlyElementsOf(facts.stream().map(Claim::id).toList());
            for (ClaimsResult.QuotedClaim quoted : result.claims()) {
                String quote = quoted.claim().evidence().stream().filter(e -> e.sourceId().equals(source))
                        .findFirst().orElseThrow().quote();
                assertThat(quoted.evidence().sourceId()).isEqualTo(source);
                assertThat(quoted.evidence().quote()).isEqualTo(quote);
            }
            Report.Table table = KnowledgeTables.of(result).get(0);
            assertThat(table.rows()).hasSize(facts.size());
            assertThat(table.rows().get(0).get(table.columns().indexOf("quote")))
                    .isEqualTo(result.claims().get(0).evidence().quote());
            assertThat(table.notes()).containsExactly(facts.size() + " claim(s): {fact=" + facts.size() + "}");
        }
    }

    /**
     * Pakistan's recommendations: Gillani's 48-50 (bolster ties with China and Russia, stay engaged with the
     * US on Afghan peace, broaden relations beyond it) and the convergence article's 34, 35, 37 and 38.
     */
    @Test
    void recommendationsAboutPakistanComeFromBothArticles() {
        ClaimsResult result = service.claims(ClaimsRequest.of(SOUTH_ASIA, "Pakistan", null, "recommendation", null));
        assertThat(result.claims()).extracting(q -> q.claim().id()).containsExactly("gillani-2021-48",
                "gillani-2021-49", "gillani-2021-50", "convergence-2022-34", "convergence-2022-35",
                "convergence-2022-37", "convergence-2022-38");
        assertThat(result.claims()).allSatisfy(q -> assertThat(q.claim().status()).isEqualTo(ClaimStatus.CURATED));
    }

    @Test
    void unknownSourcesKindsAndStatusesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> service.claims(new ClaimsRequest(SOUTH_ASIA, null, "no-such-source", null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown source 'no-such-source'")
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("source");
        assertThatThrownBy(() -> ClaimsRequest.of(SOUTH_ASIA, null, null, "rumour", null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("fact, assessment, recommendation")
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("kind");
        assertThatThrownBy(() -> ClaimsRequest.of(SOUTH_ASIA, null, null, null, "maybe"))
                .isInstanceOf(InvalidRequestException.class).extracting(KnowledgeServiceTest::parameter)
                .isEqualTo("status");
        assertThatThrownBy(() -> service.claims(new ClaimsRequest(SOUTH_ASIA, "Atlantis", null, null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown actor 'Atlantis'")
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("actor");
        assertThatThrownBy(() -> service.relations(new RelationsRequest(new CaseId("no-such-case"), null,
                YearRange.open()))).isInstanceOf(InvalidRequestException.class)
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("case");
    }

    /**
     * The four US-India foundational agreements with their signing dates (GSOMIA 17 January 2002, LEMOA
     * 29 August 2016, COMCASA 6 September 2018, BECA 27 October 2020), each dated by a news report or
     * government source rather than by the analysts' article, which is quoted beside it.
     */
    @Test
    void agreementsOfIndiaShowTheFoundationalAgreementsWithDatesAndSources() {
        AgreementsResult result = service.agreements(new AgreementsRequest(SOUTH_ASIA, "IND", YearRange.open()));
        assertThat(result.agreements()).hasSize(16);
        for (String[] expected : new String[][] {{"GSOMIA", "2002-01-17", "business-standard-2017-gsomia"},
            {"LEMOA", "2016-08-29", "voa-2016-lemoa"}, {"COMCASA", "2018-09-06", "jagranjosh-2018-comcasa"},
            {"BECA", "2020-10-27", "ndtv-2020-beca"}}) {
            AgreementsResult.DatedAgreement dated = agreement(result, expected[0]);
            assertThat(dated.agreement().signed()).hasToString(expected[1]);
            assertThat(dated.agreement().type().label()).isEqualTo("foundational-enabler");
            assertThat(dated.dated().sourceId()).isEqualTo(expected[2]);
            assertThat(dated.dated().quote()).isNotBlank();
        }
        assertThat(agreement(result, "GSOMIA").article()).hasValueSatisfying(e -> {
            assertThat(e.sourceId()).isEqualTo("gillani-2021");
            assertThat(e.quote()).isEqualTo("General Security of Military Information Agreement (GSOMIA)");
        });
        List<Agreement> inOrder = result.agreements().stream().map(AgreementsResult.DatedAgreement::agreement).toList();
        assertThat(inOrder).isSortedAccordingTo((a, b) -> a.firstDate().compareTo(b.firstDate()));
    }

    /**
     * Agreements in effect in 2005-2010: GSOMIA (signed 2002, never lapsed) stays, the civil nuclear steps of
     * 2005, 2006 and 2008 are in, LEMOA (2016) is not.
     */
    @Test
    void agreementsAreLimitedToTheYearsAsked() {
        AgreementsResult result = service.agreements(new AgreementsRequest(SOUTH_ASIA, "IND",
                YearRange.of(2005, 2010)));
        assertThat(result.agreements()).extracting(d -> d.agreement().firstDate().toString())
                .containsExactly("2002-01-17", "2005-07-18", "2006-03-02", "2008-10-10");
        assertThatThrownBy(() -> YearRange.of(2015, 2010)).isInstanceOf(InvalidRequestException.class)
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("to");
    }

    @Test
    void agreementsShowTheAliasesTheArticleExtractorMatches() {
        Report.Table table = KnowledgeTables.of(service.agreements(new AgreementsRequest(SOUTH_ASIA, "IND",
                YearRange.open()))).get(0);
        int shortName = table.columns().indexOf("short");
        int aliases = table.columns().indexOf("aliases");
        List<Object> twoPlusTwo = table.rows().stream().filter(r -> "2+2".equals(r.get(shortName))).findFirst()
                .orElseThrow();
        assertThat((String) twoPlusTwo.get(aliases)).contains("2+2 Ministerial Dialogue; ").contains("two plus two");
        List<Object> lemoa = table.rows().stream().filter(r -> "LEMOA".equals(r.get(shortName))).findFirst()
                .orElseThrow();
        assertThat(lemoa.get(aliases)).isNull();
        assertThat(table.id()).isEqualTo("agreements");
    }

    private static AgreementsResult.DatedAgreement agreement(AgreementsResult result, String shortName) {
        return result.agreements().stream().filter(d -> shortName.equals(d.agreement().shortName())).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement " + shortName));
    }

    /** Compounds, metonyms, people and COW codes resolve to the actors the case file lists them for. */
    @Test
    void actorsResolveMetonymsCompoundsPeopleAndCodes() {
        assertThat(ids(resolve("Sino-Pak"))).containsExactly("CHN", "PAK");
        assertThat(ids(resolve("the Kremlin"))).containsExactly("RUS");
        assertThat(ids(resolve("Islamabad"))).containsExactly("PAK");
        assertThat(ids(resolve("New Delhi"))).containsExactly("IND");
        assertThat(ids(resolve("Modi"))).containsExactly("IND");
        assertThat(ids(resolve("770"))).containsExactly("PAK");
        assertThat(ids(resolve("Qamar Javed Bajwa"))).containsExactly("PAK");
        assertThat(ids(resolve("Anthony Blinken"))).containsExactly("USA");
        assertThat(KnowledgeTables.of(resolve("Sino-Pak")).get(0).notes())
                .containsExactly("'Sino-Pak' refers to CHN and PAK");
        assertThat(ids(resolve("Yugoslavia"))).containsExactly("YUG");
        assertThat(ids(resolve("East Germany"))).containsExactly("GDR");
        assertThat(ids(resolve("260"))).containsExactly("GFR");
        assertThatThrownBy(() -> resolve("Atlantis")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown actor 'Atlantis'")
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("resolve");
        assertThatThrownBy(() -> resolve("Pakistn")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("unknown state 'Pakistn'; did you mean Pakistan (PAK, 770)?");
    }

    /** India's people (Modi, Jaishankar, Doval) have a column of their own, apart from India's other aliases. */
    @Test
    void actorsListThePeopleWhoSpeakForAState() {
        ActorsResult listed = service.actors(new ActorsRequest(SOUTH_ASIA, false, null));
        Report.Table table = KnowledgeTables.of(listed).get(0);
        List<Object> india = table.rows().stream().filter(r -> "IND".equals(r.get(0))).findFirst().orElseThrow();
        assertThat((String) india.get(table.columns().indexOf("people"))).contains("Narendra Modi; Modi",
                "S. Jaishankar", "Ajit Doval");
        assertThat((String) india.get(table.columns().indexOf("other_aliases"))).doesNotContain("Modi");
        // an alias of two kinds (China's "PRC", a name and an abbreviation; Japan's name and combining form) once
        int aliases = table.columns().indexOf("other_aliases");
        for (Object[] actor : new Object[][] {{"CHN", "PRC"}, {"JPN", "Japan"}, {"AUKUS", "AUKUS"}}) {
            List<Object> row = table.rows().stream().filter(r -> actor[0].equals(r.get(0))).findFirst().orElseThrow();
            assertThat(List.of(((String) row.get(aliases)).split("; "))).as((String) actor[0])
                    .containsOnlyOnce((String) actor[1]).doesNotHaveDuplicates();
        }
        assertThat(india.get(table.columns().indexOf("cow"))).isEqualTo(750);
        Set<String> all = Set.copyOf(ids(service.actors(new ActorsRequest(SOUTH_ASIA, true, null))));
        assertThat(all).containsAll(ids(listed)).contains("ISL", "BRA").hasSizeGreaterThan(190);
        assertThat(ids(listed)).doesNotContain("ISL");
    }

    /**
     * The 2019 crisis: India's strike at Balakot on 26 February 2019 is CAMEO 195 (employ aerial weapons),
     * Goldstein -10 in the codebook; Pakistan joined the SCO on 9 June 2017; the India-Pakistan rivalry
     * (negative, since 1947) holds in 2019.
     */
    @Test
    void relationsMembershipsAndEventsAreQueryable() {
        EventsResult events = service.events(new EventsRequest(SOUTH_ASIA, "PAK", YearRange.of(2019, 2019)));
        Event balakot = events.events().stream().filter(e -> e.cameoCode().equals("195")).findFirst().orElseThrow();
        assertThat(balakot.goldstein()).isEqualTo(-10);
        assertThat(balakot.date()).hasToString("2019-02-26");
        assertThat(events.events()).allSatisfy(e -> assertThat(e.date().year()).isEqualTo(2019));
        MembershipsResult members = service.memberships(new MembershipsRequest(SOUTH_ASIA, "SCO"));
        Membership pakistan = members.memberships().stream().filter(m -> m.member().equals("PAK")).findFirst()
                .orElseThrow();
        assertThat(pakistan.period().from()).hasToString("2017-06-09");
        assertThat(members.memberships()).extracting(Membership::member).contains("IND", "CHN", "RUS");
        RelationsResult relations = service.relations(new RelationsRequest(SOUTH_ASIA, "PAK", YearRange.year(2019)));
        Relation rivalry = relations.relations().stream().filter(r -> r.id().equals("ind-pak-rivalry")).findFirst()
                .orElseThrow();
        assertThat(rivalry.sign()).isEqualTo(Sign.NEGATIVE);
        assertThat(rivalry.strength()).isEqualTo(0.9);
        assertThat(relations.relations()).allSatisfy(r -> assertThat(List.of(r.a(), r.b())).contains("PAK"))
                .allSatisfy(r -> assertThat(r.period().overlapsYear(2019)).isTrue());
        Report.Table eventTable = KnowledgeTables.of(events).get(0);
        assertThat(eventTable.notes()).anySatisfy(n -> assertThat(n).contains("Goldstein (1992)"));
    }

    private static List<String> codedEvents(String actor, int year) {
        return service.events(new EventsRequest(SOUTH_ASIA, actor, YearRange.year(year))).events().stream()
                .map(e -> e.date() + " " + e.source() + "->" + e.target() + " " + e.cameoCode()).toList();
    }

    /**
     * The present day as events, in date order, each from its source: the 2019 crisis (Pulwama on
     * 14 February, India accusing Pakistan; Balakot on 26 February; Pakistan's strikes across the LoC
     * on 27 February; the pilot handed back on 1 March), the Galwan clash of 15 June 2020 (CAMEO 190,
     * Goldstein -10 in the codebook, coded both ways), the first Quad leaders' summit (12 March 2021),
     * the Taliban taking Kabul (15 August 2021, within Afghanistan: the Taliban are not an actor) and
     * AUKUS (15 September 2021).
     */
    @Test
    void thePresentDaysEventsAreQueryable() {
        assertThat(codedEvents("PAK", 2019)).containsExactly("2019-02-14 IND->PAK 112", "2019-02-26 IND->PAK 195",
                "2019-02-27 PAK->IND 195", "2019-03-01 PAK->IND 0841");
        EventsResult galwan = service.events(new EventsRequest(SOUTH_ASIA, "China", YearRange.year(2020)));
        assertThat(galwan.events()).extracting(e -> e.source() + "->" + e.target() + " " + e.cameoCode())
                .containsExactly("CHN->IND 190", "IND->CHN 190");
        assertThat(galwan.events()).allSatisfy(e -> {
            assertThat(e.date()).hasToString("2020-06-15");
            assertThat(e.goldstein()).isEqualTo(-10);
        });
        assertThat(codedEvents("AUS", 2021)).containsExactly("2021-03-12 USA->AUS 040", "2021-09-15 USA->AUS 0312",
                "2021-09-15 GBR->AUS 0312");
        assertThat(codedEvents("AFG", 2021)).containsExactly("2021-08-15 AFG->AFG 192");
        Event quad = service.events(new EventsRequest(SOUTH_ASIA, "IND", YearRange.year(2021))).events().stream()
                .filter(e -> e.cameoCode().equals("040")).findFirst().orElseThrow();
        assertThat(quad.evidence().get(0).sourceId()).isEqualTo("quad-2021-joint-statement");
        assertThat(quad.evidence().get(0).quote()).as("cited by locator, never by an invented quote").isNull();
        Report.Table table = KnowledgeTables.of(service.events(new EventsRequest(SOUTH_ASIA, "AFG",
                YearRange.year(2021)))).get(0);
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.get(table.columns()
                .indexOf("source"))).isEqualTo("taliban-kabul-2021"));
    }

    /**
     * A relation's period and the sources of its start and end: the India-Afghanistan partnership runs
     * from the Strategic Partnership Agreement (4 October 2011) to the Taliban taking Kabul (15 August
     * 2021), each bound with its source in the table; an open relation has no end and no end source.
     */
    @Test
    void relationsShowTheirPeriodWithTheSourcesOfItsStartAndEnd() {
        Report.Table table = KnowledgeTables.of(service.relations(new RelationsRequest(SOUTH_ASIA, "AFG",
                YearRange.open()))).get(0);
        assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("ind-afg-influence", "chn-afg-economic",
                "usa-afg-partnership");
        List<Object> india = table.rows().get(0);
        assertThat(india.get(table.columns().indexOf("from"))).isEqualTo("2011-10-04");
        assertThat(india.get(table.columns().indexOf("to"))).isEqualTo("2021-08-15");
        assertThat(india.get(table.columns().indexOf("from_source"))).isEqualTo("voa-2011-ind-afg-partnership");
        assertThat(india.get(table.columns().indexOf("to_source"))).isEqualTo("taliban-kabul-2021");
        assertThat((String) india.get(table.columns().indexOf("to_evidence"))).contains("15 August 2021");
        assertThat(india.get(table.columns().indexOf("source"))).isEqualTo("gillani-2021");
        List<Relation> all = service.relations(new RelationsRequest(SOUTH_ASIA, null, YearRange.open())).relations();
        assertThat(all).filteredOn(r -> r.period().end().isPresent()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.evidence(Supports.END)).isNotEmpty());
        Report.Table open = KnowledgeTables.of(service.relations(new RelationsRequest(SOUTH_ASIA, "PAK",
                YearRange.year(2019)))).get(0);
        List<Object> rivalry = open.rows().stream().filter(r -> "ind-pak-rivalry".equals(r.get(0))).findFirst()
                .orElseThrow();
        assertThat(rivalry.get(open.columns().indexOf("to"))).isNull();
        assertThat(rivalry.get(open.columns().indexOf("to_source"))).isNull();
        assertThat(rivalry.get(open.columns().indexOf("from_source"))).isEqualTo("tss-rivalries-2021");
    }

    /** A relation over a range holds when its period overlaps any year of it; a year is checked as a year. */
    @Test
    void relationsOfARangeAreThoseOverlappingIt() {
        List<Relation> all = service.relations(new RelationsRequest(SOUTH_ASIA, null, YearRange.open())).relations();
        List<Relation> range = service.relations(new RelationsRequest(SOUTH_ASIA, null, YearRange.of(1950, 1960)))
                .relations();
        assertThat(range).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(range).containsExactlyElementsOf(all.stream().filter(r -> java.util.stream.IntStream
                .rangeClosed(1950, 1960).anyMatch(y -> r.period().overlapsYear(y))).toList());
        assertThatThrownBy(() -> YearRange.yearOr(1700, null, null)).isInstanceOf(InvalidRequestException.class)
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("year");
    }

    /**
     * Each case is read alone: a user's case extending south-asia with its own India adds nothing to
     * south-asia's actors or claims; it reads south-asia's actors (its India standing in for theirs) and
     * lists only its own claims.
     */
    @Test
    void eachCaseIsReadAlone() throws Exception {
        Path file = folder.resolve("tiny.yaml");
        Files.writeString(file, """
                case: tiny
                extends: south-asia
                title: Tiny
                sources:
                  - {id: note-1, kind: reference-work, title: A note}
                actors:
                  - {id: IND, kind: state, name: India}
                claims:
                  - id: tiny-01
                    kind: fact
                    subjects: [IND]
                    predicate: exists
                    evidence:
                      - source: note-1
                        quote: "India exists"
                """);
        List<String> before = ids(service.actors(new ActorsRequest(SOUTH_ASIA, false, null)));
        new DatasetsService(workbench).importFile(new ImportRequest("case", file, null));
        CaseId tiny = new CaseId("tiny");
        assertThat(ids(service.actors(new ActorsRequest(tiny, false, null)))).isEqualTo(before);
        assertThat(ids(service.actors(new ActorsRequest(SOUTH_ASIA, false, null)))).isEqualTo(before);
        assertThat(service.claims(new ClaimsRequest(tiny, null, null, null, null)).claims())
                .extracting(q -> q.claim().id()).containsExactly("tiny-01");
        assertThat(service.claims(new ClaimsRequest(SOUTH_ASIA, "IND", null, null, null)).claims())
                .extracting(q -> q.claim().caseId()).containsOnly("south-asia");
    }

    /**
     * A review accepts or rejects proposed claims all at once or not at all; curated claims are not reviewed.
     */
    @Test
    void proposedClaimsAreReviewedAllOrNone() {
        CaseId ingested = new CaseId("ingest-test-article");
        List<Claim> proposed = List.of(proposed("test-article-1", ingested), proposed("test-article-2", ingested));
        Source article = new Source("test-article", SourceKind.ARTICLE, "A test article", List.of(), null, null, null,
                null, null, "ingested from a test");
        CaseImporter.importCase(workbench.store(), new CaseFile(ingested.value(), "Ingested: a test article", null,
                List.of(article), List.of(), List.of(), List.of(), List.of(), List.of(), proposed), "test.txt", "h1",
                CaseImporter.EntryLines.NONE);
        assertThat(statuses(ingested)).containsOnly(ClaimStatus.PROPOSED).hasSize(2);

        assertThatThrownBy(() -> service.review(new ClaimReviewRequest(List.of("test-article-1", "gillani-2021-01"),
                ClaimStatus.ACCEPTED))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no proposed claim 'gillani-2021-01' (curated claims are not reviewed)")
                .extracting(KnowledgeServiceTest::parameter).isEqualTo("id");
        assertThat(statuses(ingested)).containsOnly(ClaimStatus.PROPOSED);

        ClaimReviewResult reviewed = service.review(new ClaimReviewRequest(List.of("test-article-1",
                "test-article-2"), ClaimStatus.ACCEPTED));
        assertThat(KnowledgeTables.of(reviewed).get(0).rows()).containsExactly(List.of("test-article-1", "accepted"),
                List.of("test-article-2", "accepted"));
        assertThat(service.claims(new ClaimsRequest(ingested, null, null, null, ClaimStatus.ACCEPTED)).claims())
                .hasSize(2);
        service.review(new ClaimReviewRequest(List.of("test-article-2"), ClaimStatus.REJECTED));
        assertThat(statuses(ingested)).containsExactly(ClaimStatus.ACCEPTED, ClaimStatus.REJECTED);
        assertThatThrownBy(() -> new ClaimReviewRequest(List.of("test-article-1"), ClaimStatus.CURATED))
                .isInstanceOf(InvalidRequestException.class);
    }

    private static Claim proposed(String id, CaseId caseId) {
        return new Claim(id, caseId.value(), ClaimKind.FACT, List.of("IND"), "partners-with", List.of("USA"), null,
                null, null, List.of(new Evidence("test-article", "India partners with the United States.", null)),
                ClaimStatus.PROPOSED, 0.7);
    }

    private static List<ClaimStatus> statuses(CaseId caseId) {
        return service.claims(new ClaimsRequest(caseId, null, null, null, null)).claims().stream()
                .map(q -> q.claim().status()).collect(Collectors.toList());
    }
}
