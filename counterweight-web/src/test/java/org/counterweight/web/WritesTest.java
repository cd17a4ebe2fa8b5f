package org.counterweight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.events.EventFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Writes on a server started with writes allowed: 401 without the token or with a wrong one, 200 with it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesTest {
    private TestServer server;
    private ServerSettings settings;
    private Http http;

    @BeforeAll
    void start(@TempDir Path folder) {
        settings = ServerSettings.withWrites(0);
        server = new TestServer(folder, settings);
        http = server.http;
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theTokenIsRandomAndLong() {
        assertThat(settings.writeToken().orElseThrow()).matches("[0-9a-f]{32}")
                .isNotEqualTo(ServerSettings.withWrites(0).writeToken().orElseThrow());
    }

    @Test
    void aWriteWithoutTheTokenAnswers401() {
        Http.Answer none = http.send("POST", "/api/claims/review?id=x&decision=reject", null);
        Http.Answer wrong = http.send("POST", "/api/claims/review?id=x&decision=reject", null,
                "Authorization", "Bearer 0123");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.field()).isEqualTo("Authorization");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void aWriteWithTheTokenIsDone() {
        String id = http.get("/api/claims?status=curated").json().path("rows").get(0).path("id").asText();
        String bearer = "Bearer " + settings.writeToken().orElseThrow();

        Http.Answer refused = http.send("POST", "/api/claims/review?id=" + id + "&decision=accept", null,
                "Authorization", bearer);
        Http.Answer unknown = http.send("POST", "/api/claims/review?id=no-such-claim&decision=accept", null,
                "Authorization", bearer);

        assertThat(refused.status()).as(refused.body()).isIn(200, 400);
        assertThat(http.get("/api/claims?status=curated").cache()).as("a write empties the cache").isEqualTo("miss");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("id");
    }

    @Test
    void anImportNeedsItsBodyAndTakesNoPath() {
        String bearer = "Bearer " + settings.writeToken().orElseThrow();

        Http.Answer empty = http.send("POST", "/api/import?dataset=case", null, "Authorization", bearer);
        Http.Answer path = http.send("POST", "/api/import?dataset=case&name=%2Fetc%2Fpasswd", "x: 1",
                "Authorization", bearer);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.field()).isEqualTo("body");
        assertThat(path.status()).isEqualTo(400);
        assertThat(path.field()).isEqualTo("name");
    }

    /**
     * A refused import names the file as uploaded, never the server's temporary copy, and an unknown
     * dataset is answered with every dataset an import takes, event data included.
     */
    @Test
    void anImportErrorNamesTheUploadedFileAndEveryKnownDataset() throws IOException {
        String bearer = "Bearer " + settings.writeToken().orElseThrow();
        String gdelt = Files.readString(Path.of("../data/datasets/event-data/gdelt1_events_sample_daily_20160728.tsv"));

        Http.Answer notEvents = http.send("POST", "/api/import?dataset=gdelt&name=x.tsv", "hello\tworld\n",
                "Authorization", bearer);
        Http.Answer otherFamily = http.send("POST", "/api/import?dataset=icews&name=day.tsv", gdelt,
                "Authorization", bearer);
        Http.Answer unknown = http.send("POST", "/api/import?dataset=nosuch&name=x.tsv", "x", "Authorization",
                bearer);

        assertThat(notEvents.status()).isEqualTo(400);
        assertThat(notEvents.json().path("error").path("file").asText()).isEqualTo("x.tsv");
        assertThat(notEvents.json().path("error").path("message").asText()).startsWith("x.tsv, line 1: not an event"
                + " file");
        assertThat(otherFamily.status()).isEqualTo(400);
        assertThat(otherFamily.json().path("error").path("message").asText()).startsWith("day.tsv is gdelt1 data");
        assertThat(List.of(notEvents.body(), otherFamily.body()))
                .noneMatch(body -> body.contains("counterweight-upload"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("dataset");
        assertThat(unknown.json().path("error").path("message").asText()).contains("known: case, cow-nmc")
                .endsWith(", gdelt, icews, events");
    }

    /**
     * An event file uploaded with the token goes into the event store: the coverage lists it and the dyad
     * reads it. USA to RUS in 2016-07 in the GDELT daily sample: 3 events, Goldstein 3.4 - 8.0 + 3.0 = -1.6
     * (EventsServiceTest, computed from the raw file); June is not covered.
     */
    @Test
    void anEventFileUploadedWithTheTokenIsReadByTheEventsEndpoints() throws IOException {
        String gdelt = Files.readString(Path.of("../data/datasets/event-data/gdelt1_events_sample_daily_20160728.tsv"));
        String bearer = "Bearer " + settings.writeToken().orElseThrow();

        Http.Answer imported = http.send("POST", "/api/import?dataset=gdelt&name=gdelt-2016-07-28.tsv", gdelt,
                "Authorization", bearer);
        Http.Answer notEvents = http.send("POST", "/api/import?dataset=icews&name=notes.txt", "hello\tworld\n",
                "Authorization", bearer);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get(0).path("rows").get(0).path("events").asInt()).isEqualTo(509);
        assertThat(notEvents.status()).isEqualTo(400);
        JsonNode files = http.get("/api/coverage").json().get(2).path("rows");
        assertThat(files).anySatisfy(f -> {
            assertThat(f.path("file").asText()).isEqualTo("gdelt-2016-07-28.tsv");
            assertThat(f.path("covered_months").asText()).isEqualTo("2016-07");
        });
        JsonNode rows = http.get("/api/events-dyad?a=USA&b=RUS&from=2016&to=2016").json().path("rows");
        JsonNode july = null;
        JsonNode june = null;
        for (JsonNode row : rows) {
            if (row.path("source").asText().equals("USA") && row.path("period").asText().equals("2016-07")) {
                july = row;
            }
            if (row.path("source").asText().equals("USA") && row.path("period").asText().equals("2016-06")) {
                june = row;
            }
        }
        assertThat(july.path("events").asInt()).isEqualTo(3);
        assertThat(july.path("goldstein_sum").asDouble()).isEqualTo(-1.6);
        assertThat(july.path("basis").asText()).isEqualTo("event-based");
        assertThat(june.path("events").isNull()).isTrue();
        assertThat(june.path("basis").asText()).startsWith("not covered");
    }

    /**
     * A tie that imported events alone decide (core.network.EventTieRule) reaches the API with its basis: after
     * {@link EventFixtures#year2022} is uploaded, JPN-UKR in 2022 is positive with weight 0.1342857 (35 events,
     * mean Goldstein (30 x 1.9 - 5 x 2.0) / 35 = +1.342857, computed by hand in EventFixtures) and basis
     * event-based; in 2016 no tie is event-based (the tie datasets still cover it).
     */
    @Test
    void anEventBasedTieIsAnsweredWithItsBasis(@TempDir Path folder) throws IOException {
        String file = Files.readString(EventFixtures.year2022(folder));
        Http.Answer imported = http.send("POST", "/api/import?dataset=gdelt&name=" + EventFixtures.YEAR_2022_FILE,
                file, "Authorization", "Bearer " + settings.writeToken().orElseThrow());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode tie = null;
        for (JsonNode row : http.get("/api/ties?year=2022").json().path("rows")) {
            if (List.of(row.path("a").asText(), row.path("b").asText()).containsAll(List.of("JPN", "UKR"))) {
                tie = row;
            }
        }
        assertThat(tie).as("the JPN-UKR tie of 2022").isNotNull();
        assertThat(tie.path("basis").asText()).isEqualTo("event-based");
        assertThat(tie.path("sign").asText()).isEqualTo("+");
        assertThat(tie.path("weight").asDouble()).isCloseTo(0.1342857, offset(1e-6));
        assertThat(tie.path("evidence").asText()).contains("35 events");
        assertThat(http.get("/api/ties?year=2016").json().path("rows")).noneSatisfy(r -> assertThat(
                r.path("basis").asText()).isEqualTo("event-based"));
    }
}
