package org.counterweight.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 "Why" point 8: a file in a wrong encoding is reported in words, with where. */
class Utf8TextTest {
    @Test
    void latin1IsReportedWithTheByteAndLine() {
        byte[] latin1 = "scenario: a\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Utf8Text.decode(latin1, "s.yaml")).isInstanceOfSatisfying(InputFormatException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("not UTF-8 at byte 22").contains("0xE9")
                            .doesNotContain("MalformedInput");
                });
    }

    @Test
    void utf16IsReportedAndTheByteOrderMarkOfUtf8Dropped() {
        assertThatThrownBy(() -> Utf8Text.decode("a: b".getBytes(StandardCharsets.UTF_16), "s.yaml"))
                .hasMessageContaining("not UTF-8 at byte 0");
        assertThat(Utf8Text.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, "s")).isEqualTo("a");
    }

    @Test
    void aFileOverTheBoundIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("big.yaml"), "x".repeat(100));
        assertThatThrownBy(() -> Utf8Text.read(file, "big.yaml", 99)).hasMessageContaining("100 bytes");
        assertThat(Utf8Text.read(file, "big.yaml", 100)).hasSize(100);
        assertThatThrownBy(() -> Utf8Text.read(folder.resolve("none"), "none", 99)).hasMessageContaining("no such file");
    }
}
