package org.counterweight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario runs over HTTP: queued (202), followed by server-sent events to their end, read with their
 * tables, cancelled, refused with 429 when the queue is full, and a malformed upload refused with 400
 * naming file, line and field before anything is queued.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioRunsTest {
    private TestServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path folder) {
        server = new TestServer(folder, new ServerSettings(ServerSettings.LOOPBACK, 0, Optional.empty(),
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES, 1));
        http = server.http;
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aRunStreamsItsProgressThenAnswersItsTables() {
        Http.Answer queued = http.send("POST", "/api/scenarios/runs?scenario=caatsa-india&runs=20&seed=3", null);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        String id = queued.json().path("id").asText();

        Http.Answer events = http.get("/api/scenarios/runs/" + id + "/events");

        assertThat(events.contentType()).startsWith("text/event-stream");
        assertThat(events.body()).contains("event: progress").contains("event: end")
                .contains("\"state\":\"done\"").contains("\"completed\":40,\"total\":40");
        JsonNode done = http.get("/api/scenarios/runs/" + id).json();
        assertThat(done.path("state").asText()).isEqualTo("done");
        assertThat(done.path("tables").findValuesAsText("id")).contains("scenario-tests", "scenario-horizon",
                "caatsa-india-baseline-bands", "caatsa-india-scenario-bands", "caatsa-india-difference-bands");
    }

    @Test
    void aFullQueueAnswers429AndACancelledRunEnds() {
        Http.Answer first = http.send("POST", "/api/scenarios/runs?scenario=baseline&runs=5000&seed=1", null);
        assertThat(first.status()).isEqualTo(202);
        String id = first.json().path("id").asText();

        Http.Answer second = http.send("POST", "/api/scenarios/runs?scenario=baseline&runs=10", null);
        Http.Answer cancel = http.send("DELETE", "/api/scenarios/runs/" + id, null);
        Http.Answer events = http.get("/api/scenarios/runs/" + id + "/events");

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.field()).isEqualTo("scenario");
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(events.body()).contains("\"state\":\"cancelled\"");
        Http.Answer after = http.send("POST", "/api/scenarios/runs?scenario=baseline&runs=10", null);
        assertThat(after.status()).isEqualTo(202);
        assertThat(http.get("/api/scenarios/runs/" + after.json().path("id").asText() + "/events").body())
                .contains("\"state\":\"done\"");
    }

    @Test
    void aMalformedUploadAnswers400NamingFileLineAndFieldAndQueuesNothing() {
        Http.Answer answer = http.send("POST", "/api/scenarios/runs?name=mine.yaml", "scenario: mine\ncolour: red\n");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = answer.json().path("error");
        assertThat(error.path("file").asText()).isEqualTo("mine.yaml");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("field").asText()).isEqualTo("colour");
    }

    @Test
    void runParametersAreChecked() {
        assertThat(http.send("POST", "/api/scenarios/runs?scenario=baseline&runs=0", null).field()).isEqualTo("runs");
        assertThat(http.send("POST", "/api/scenarios/runs?scenario=nowhere", null).field()).isEqualTo("scenario");
        assertThat(http.send("POST", "/api/scenarios/runs", null).field()).isEqualTo("scenario");
        assertThat(http.send("POST", "/api/scenarios/runs?scenario=baseline&name=../../etc/passwd", "x: 1").field())
                .isEqualTo("scenario");
        assertThat(http.send("POST", "/api/scenarios/runs?name=..%2Fescape.yaml", "x: 1").field()).isEqualTo("name");
    }

    /** An unknown focus actor is refused before the run is queued, not reported by the run when it fails. */
    @Test
    void anUnknownFocusIsRefusedBeforeQueueing() {
        Http.Answer answer = http.send("POST", "/api/scenarios/runs?scenario=caatsa-india&runs=10&focus=XYZ", null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.field()).isEqualTo("focus");
        assertThat(answer.json().path("error").path("message").asText()).contains("XYZ");
    }

    /**
     * A cancel arriving after the run's last progress report, while its computation completes, is honoured:
     * the reply says the cancel is requested and the run ends cancelled, without tables. A cancel after the run
     * ended changes nothing, and its reply says so (the state done, no cancel requested).
     */
    @Test
    void aCancelAtTheLastStepIsHonouredAndOneAfterTheEndSaysSo() {
        ScenarioRuns.Run late = new ScenarioRuns.Run("0123456789ab", "caatsa-india");
        assertThat(late.started()).isTrue();
        late.progressed(20, 20);

        late.cancel();
        JsonNode reply = late.status();
        late.finished("[]");

        assertThat(reply.path("state").asText()).isEqualTo("running");
        assertThat(reply.path("cancelRequested").asBoolean()).isTrue();
        assertThat(late.status().path("state").asText()).isEqualTo("cancelled");
        assertThat(late.tables()).isNull();

        ScenarioRuns.Run ended = new ScenarioRuns.Run("0123456789ac", "caatsa-india");
        ended.started();
        ended.finished("[]");
        ended.cancel();
        assertThat(ended.status().path("state").asText()).isEqualTo("done");
        assertThat(ended.status().path("cancelRequested").asBoolean()).isFalse();
        assertThat(ended.tables()).isEqualTo("[]");
    }
}
