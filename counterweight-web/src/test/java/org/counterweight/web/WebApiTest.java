package org.counterweight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API over HTTP as a client sees it: every read endpoint answers 200 with the CLI's table JSON,
 * every kind of bad parameter answers 400 naming the field, and the server's own refusals (404, 413,
 * 403 in read-only mode) are JSON errors too. Scenario runs and writes have their own test classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest {
    private TestServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path folder) {
        server = new TestServer(folder, new ServerSettings(ServerSettings.LOOPBACK, 0,
                java.util.Optional.empty(), 64 * 1024, 2));
        http = server.http;
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Each read endpoint with a request a person would make, and the id of the first table it answers. */
    static Stream<Arguments> reads() {
        return Stream.of(
                Arguments.of("/api/actors", "actors"),
                Arguments.of("/api/actors?resolve=New%20Delhi", "actors"),
                Arguments.of("/api/agreements?actor=IND", "agreements"),
                Arguments.of("/api/claims?kind=fact&actor=PAK", "claims"),
                Arguments.of("/api/relations?year=2015&actor=PAK", "relations"),
                Arguments.of("/api/memberships?actor=IND", "memberships"),
                Arguments.of("/api/events?from=2017", "events"),
                Arguments.of("/api/ties?year=2015", "balance-ties"),
                Arguments.of("/api/balance?year=2015", "balance-ties"),
                Arguments.of("/api/overview?year=2015", "overview-states"),
                Arguments.of("/api/capabilities?actor=PAK&from=2000&to=2010", "capabilities"),
                Arguments.of("/api/power?actors=IND,PAK&from=2010&to=2012", "power-distribution"),
                Arguments.of("/api/arms?recipient=PAK", "arms-shares"),
                Arguments.of("/api/dependence?recipient=PAK&from=2000&to=2019", "dependence-windows"),
                Arguments.of("/api/similarity?a=IND&b=USA&from=2000&to=2002", "similarity"),
                Arguments.of("/api/landscape?year=2015&starts=50", "landscape-minima"),
                Arguments.of("/api/calibration?bootstrap=19", "calibration-series"),
                Arguments.of("/api/scenarios", "scenarios"),
                Arguments.of("/api/bargaining?issue=s400-caatsa&rounds=3", "bargaining-rounds"),
                Arguments.of("/api/bargaining?issue=pakistan-alignment&runs=50&seed=2", "bargaining-rounds"),
                Arguments.of("/api/sources", "sources"),
                Arguments.of("/api/citations", "citations"),
                Arguments.of("/api/status", "store-imports"),
                Arguments.of("/api/coverage", "coverage-years"),
                Arguments.of("/api/events-dyad?a=IND&b=PAK&from=2016&to=2017&by=year", "event-dyad"),
                Arguments.of("/api/events-dyad?a=USA&b=CHN&by=year", "event-dyad"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void everyReadEndpointAnswersTheTablesTheCliPrints(String path, String firstTable) {
        Http.Answer answer = http.get(path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode json = answer.json();
        JsonNode first = json.isArray() ? json.get(0) : json;
        assertThat(first.path("id").asText()).isEqualTo(firstTable);
        assertThat(first.path("source").asText()).isEqualTo("GET " + path.replace("%20", " ")
                .replace(" ", "%20"));
        assertThat(first.has("title")).isTrue();
        assertThat(first.path("columns").isArray()).isTrue();
        assertThat(first.path("rows").isArray()).isTrue();
        assertThat(first.path("notes").isArray()).isTrue();
        for (JsonNode row : first.path("rows")) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            List<String> columns = new ArrayList<>();
            first.path("columns").forEach(c -> columns.add(c.asText()));
            assertThat(keys).containsExactlyElementsOf(columns);
        }
    }

    @Test
    void tiesCarryTheirSignBasisAndEvidence() {
        JsonNode ties = http.get("/api/ties?year=2015").json();

        JsonNode indPak = null;
        for (JsonNode row : ties.path("rows")) {
            if (row.path("a").asText().equals("IND") && row.path("b").asText().equals("PAK")) {
                indPak = row;
            }
        }
        assertThat(indPak).isNotNull();
        assertThat(indPak.path("sign").asText()).isEqualTo("-");
        assertThat(indPak.path("basis").asText()).isEqualTo("curated");
        assertThat(indPak.path("evidence").asText()).contains("relation ind-pak-rivalry");
    }

    /** obligations=commitments leaves out the non-aggression tie ATOP gives the UK and Russia in 2023. */
    @Test
    void tiesTakeAnObligationScope() {
        List<String> all = pairs(http.get("/api/ties?year=2023").json());
        List<String> commitments = pairs(http.get("/api/ties?year=2023&obligations=commitments").json());
        assertThat(all).contains("GBR-RUS");
        assertThat(commitments).doesNotContain("GBR-RUS").hasSizeLessThan(all.size());
    }

    private static List<String> pairs(JsonNode ties) {
        List<String> pairs = new java.util.ArrayList<>();
        ties.path("rows").forEach(row -> pairs.add(row.path("a").asText() + "-" + row.path("b").asText()));
        return pairs;
    }

    @Test
    void withoutEventDataEveryPeriodIsNotCoveredAndNoneIsZero() {
        JsonNode dyad = http.get("/api/events-dyad?a=IND&b=PAK&from=2016&to=2017&by=year").json();
        JsonNode coverage = http.get("/api/coverage").json();

        assertThat(dyad.path("rows")).hasSize(4).allSatisfy(row -> {
            assertThat(row.path("basis").asText()).startsWith("not covered");
            assertThat(row.path("events").isNull()).isTrue();
            assertThat(row.path("goldstein_sum").isNull()).isTrue();
        });
        assertThat(dyad.path("notes").toString()).contains("No event file is imported");
        JsonNode years = coverage.get(0).path("rows").get(0);
        assertThat(years.path("first_year").asInt()).isEqualTo(1947);
        assertThat(years.path("last_year").asInt()).isGreaterThanOrEqualTo(2022);
        assertThat(coverage.get(2).path("id").asText()).isEqualTo("coverage-events");
        assertThat(coverage.get(2).path("rows")).isEmpty();
    }

    /**
     * The docs' example on a knowledge base without event data: the years are open and no imported file
     * gives them, so the table has no rows and says why (as the CLI's events-dyad prints it).
     */
    @Test
    void withoutEventDataOpenYearsAnswerAnEmptyTableSayingSo() {
        Http.Answer answer = http.get("/api/events-dyad?a=USA&b=CHN&by=year");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("rows")).isEmpty();
        assertThat(answer.json().path("notes").toString()).contains("No event file is imported: import GDELT or"
                + " ICEWS files first.");
    }

    /**
     * A bloc is written A+B; a URL query decodes a literal + to a space, so a space joins a bloc too, and
     * %2B is a + as sent: the docs' examples keep every member.
     */
    @Test
    void aBlocIsWrittenWithAPlusAnEscapedPlusOrASpace() {
        assertThat(blocs("/api/power?actors=USA+IND,PAK&from=2019&to=2019")).containsExactly("USA+IND", "PAK");
        for (String actors : List.of("USA+IND,CHN+PAK", "USA%2BIND,CHN%2BPAK", "USA%20IND,CHN%20PAK")) {
            assertThat(blocs("/api/power?actors=" + actors + "&measure=milex&from=2019&to=2019")).as(actors)
                    .containsExactly("USA+IND", "CHN+PAK");
        }
    }

    private List<String> blocs(String path) {
        Http.Answer answer = http.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> blocs = new ArrayList<>();
        answer.json().get(0).path("rows").forEach(row -> blocs.add(row.path("actor").asText()));
        return blocs;
    }

    /** A boolean given without a value is true, as a command-line flag: ?noCarry, noCarry= and noCarry=true agree. */
    @Test
    void aBooleanGivenWithoutAValueIsTrue() {
        JsonNode carried = http.get("/api/ties?year=2022").json().path("rows");
        JsonNode notCarried = http.get("/api/ties?year=2022&noCarry=true").json().path("rows");

        assertThat(notCarried).isNotEqualTo(carried);
        assertThat(http.get("/api/ties?year=2022&noCarry").json().path("rows")).isEqualTo(notCarried);
        assertThat(http.get("/api/ties?year=2022&noCarry=").json().path("rows")).isEqualTo(notCarried);
        assertThat(http.get("/api/ties?year=2022&noCarry=false").json().path("rows")).isEqualTo(carried);
    }

    /**
     * A malformed escape (not % and two hexadecimal digits, or bytes that are not UTF-8: %Ca, %FF) is refused
     * naming its parameter, or the query when it is in a name, not dropped or misread. Sent raw: java.net.URI
     * refuses to build some of these requests.
     */
    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({"/api/ties?year=2015&%ZZ=1, query", "/api/ties?year=%ZZ, year",
            "/api/ties?year=2015&noCarry=%, noCarry", "/api/actors?resolve=New%2, resolve",
            "/api/ties?year=2015&no%Carry, query", "/api/actors?resolve=%FF, resolve"})
    void aMalformedPercentEncodingAnswers400NamingTheParameter(String target, String field) {
        Http.Answer answer = RawHttp.get(server.server.port(), target);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.field()).isEqualTo(field);
        assertThat(answer.json().path("error").path("message").asText()).startsWith("malformed percent-encoding");
    }

    /** A bad request of each kind, and the field its 400 must name. */
    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("/api/actors?bogus=1", "bogus"),
                Arguments.of("/api/ties", "year"),
                Arguments.of("/api/ties?year=abc", "year"),
                Arguments.of("/api/ties?year=1700", "year"),
                Arguments.of("/api/ties?year=2015&year=2016", "year"),
                Arguments.of("/api/ties?year=2015&noCarry=maybe", "noCarry"),
                Arguments.of("/api/ties?year=2015&obligations=treaties", "obligations"),
                Arguments.of("/api/balance?year=2023&obligations=ALL2", "obligations"),
                Arguments.of("/api/landscape?year=2023&obligations=defence", "obligations"),
                Arguments.of("/api/claims?kind=rumour", "kind"),
                Arguments.of("/api/capabilities?actor=ATLANTIS", "actor"),
                Arguments.of("/api/capabilities", "actor"),
                Arguments.of("/api/power?actors=IND,,PAK", "actors"),
                Arguments.of("/api/power?actors=IND,PAK&measure=gdp", "measure"),
                Arguments.of("/api/arms", "recipient"),
                Arguments.of("/api/arms?recipient=PAK&supplier=USA", "recipient"),
                Arguments.of("/api/calibration?bootstrap=100000", "bootstrap"),
                Arguments.of("/api/bargaining", "issue"),
                Arguments.of("/api/bargaining?issue=s400-caatsa&variant=bdm", "variant"),
                Arguments.of("/api/bargaining?issue=s400-caatsa&runs=20000", "runs"),
                Arguments.of("/api/actors?case=" + "x".repeat(Query.MAX_VALUE_LENGTH + 1), "case"),
                Arguments.of("/api/actors?case=nowhere", "case"),
                Arguments.of("/api/scenarios/runs/not-an-id", "id"),
                Arguments.of("/api/events-dyad?a=IND", "b"),
                Arguments.of("/api/events-dyad?a=ATLANTIS&b=PAK&from=2016&to=2016", "a"),
                Arguments.of("/api/events-dyad?a=IND&b=PAK&by=fortnight", "by"),
                Arguments.of("/api/events-dyad?a=USA&b=USA", "b"),
                Arguments.of("/api/events-dyad?a=USA&b=2&from=2016&to=2016", "b"),
                Arguments.of("/api/events-dyad?a=PAK&b=PAK&list=2016-07", "b"),
                Arguments.of("/api/coverage?case=nowhere", "case"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("badRequests")
    void badParametersAnswer400NamingTheField(String path, String field) {
        Http.Answer answer = http.get(path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.field()).isEqualTo(field);
        assertThat(answer.json().path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheWithTheSameBody() {
        Http.Answer first = http.get("/api/events?actor=PAK");
        Http.Answer again = http.get("/api/events?actor=PAK");

        assertThat(first.cache()).isEqualTo("miss");
        assertThat(again.cache()).isEqualTo("hit");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(http.get("/api/events?actor=PAK&bogus=1").status()).isEqualTo(400);
    }

    @Test
    void unknownPathsAndMethodsAnswerJsonErrors() {
        assertThat(http.get("/api/nothing").status()).isEqualTo(404);
        assertThat(http.get("/api/nothing").json().path("error").path("status").asInt()).isEqualTo(404);
        assertThat(http.get("/api/scenarios/runs/0123456789ab").status()).isEqualTo(404);
    }

    @Test
    void aBodyOverTheLimitAnswers413() {
        Http.Answer answer = http.send("POST", "/api/scenarios/runs?name=big.yaml", "#".repeat(70 * 1024));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.field()).isEqualTo("body");
    }

    @Test
    void writesAnswer403WhenTheServerIsReadOnly() {
        Http.Answer review = http.send("POST", "/api/claims/review?id=x&decision=accept", null,
                "Authorization", "Bearer anything");
        Http.Answer upload = http.send("POST", "/api/import?dataset=case", "x: 1");

        assertThat(review.status()).isEqualTo(403);
        assertThat(upload.status()).isEqualTo(403);
    }

    @Test
    void aRequestForAnotherHostIsRefused() {
        Http.Answer answer = http.send("GET", "/api/actors", null, "X-Ignored", "1");
        assertThat(answer.status()).isEqualTo(200);
        // java.net.http will not send a forged Host header; the check is exercised with a raw socket.
        assertThat(RawHttp.status(server.server.port(), "GET /api/actors HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n")).isEqualTo(421);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode doc = http.get("/openapi.json").json();

        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        reads().map(a -> ((String) a.get()[0]).split("\\?")[0]).forEach(p -> assertThat(paths).contains(p));
        assertThat(paths).contains("/api/scenarios/runs", "/api/scenarios/runs/{id}", "/api/scenarios/runs/{id}/events",
                "/api/claims/review", "/api/import", "/api/config");
        assertThat(doc.path("paths").path("/api/events-dyad").path("get").path("parameters").findValuesAsText("name"))
                .containsExactly("a", "b", "case", "from", "to", "by", "count", "list");
        assertThat(doc.path("paths").path("/api/events").path("get").path("responses").path("200").path("content")
                .has("application/json")).as("a table, not an event stream").isTrue();
        assertThat(doc.path("paths").path("/api/scenarios/runs/{id}/events").path("get").path("responses")
                .path("200").path("content").has("text/event-stream")).isTrue();
        JsonNode ties = doc.path("paths").path("/api/ties").path("get");
        assertThat(ties.path("parameters").findValuesAsText("name")).contains("year", "case", "noCarry",
                "obligations");
        assertThat(doc.path("paths").path("/api/import").path("post").has("security")).isTrue();
    }

    @Test
    void thePagesAndTheExplorerAreServedFromTheJar() {
        for (String page : List.of("/", "/app.js", "/app.css", "/explorer.html", "/explorer.js",
                "/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js")) {
            Http.Answer answer = http.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
        }
        Http.Answer index = http.get("/");
        assertThat(index.body()).doesNotContain("http://", "https://");
        assertThat(http.get("/explorer.html").body()).doesNotContain("https://");
    }

    @Test
    void configSaysWhatTheServerAllows() {
        JsonNode config = http.get("/api/config").json();

        assertThat(config.path("writesAllowed").asBoolean()).isFalse();
        assertThat(Map.of("runQueue", config.path("runQueue").asInt())).containsEntry("runQueue", 2);
    }
}
