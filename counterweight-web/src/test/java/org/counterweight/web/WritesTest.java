package org.counterweight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
