package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreOptionsTest {
    @Test
    void theDefaultKnowledgeBaseIsUnderHomeAsTheShellSetsIt() {
        assertThat(StoreOptions.defaultPath(Map.of("HOME", "/tmp/fresh-home"), "/root"))
                .isEqualTo(Path.of("/tmp/fresh-home/.counterweight/counterweight.duckdb"));
    }

    @Test
    void theEnvironmentVariableComesFirstAndUserHomeIsTheLastResort() {
        assertThat(StoreOptions.defaultPath(Map.of("HOME", "/tmp/h", StoreOptions.ENVIRONMENT_VARIABLE, "/data/kb.duckdb"),
                "/root")).isEqualTo(Path.of("/data/kb.duckdb"));
        assertThat(StoreOptions.defaultPath(Map.of(), "/root")).isEqualTo(Path.of("/root/.counterweight/counterweight.duckdb"));
        assertThat(StoreOptions.defaultPath(Map.of("HOME", " "), "/root"))
                .isEqualTo(Path.of("/root/.counterweight/counterweight.duckdb"));
    }
}
