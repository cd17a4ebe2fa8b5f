package org.counterweight.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the YAML failures of issue 15 ("Why" points 3 and 4): duplicate keys
 * accepted, 2,000 levels of {@code [} overflowing the stack, unbounded documents.
 */
class StrictYamlTest {
    private static YamlNode parse(String text) {
        return YamlNode.parse(new StringReader(text), "f.yaml");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingTheSecondLineAndTheFirst() {
        assertThatThrownBy(() -> parse("claims: [a]\ntitle: x\nclaims: [b]\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("claims");
                    assertThat(e.getMessage()).contains("given twice").contains("first on line 1");
                });
        assertThatThrownBy(() -> parse("horizon: 30\nhorizon: 5\n")).hasMessageContaining("'horizon' is given twice");
    }

    @Test
    void duplicateKeysAreFoundAtAnyDepthAndInFlowMappings() {
        assertThatThrownBy(() -> parse("a:\n  - {x: 1, x: 2}\n")).isInstanceOfSatisfying(InputFormatException.class,
                e -> assertThat(e.field()).isEqualTo("a[0].x"));
    }

    @Test
    void twoThousandOpenBracketsGiveACleanErrorNotAStackOverflow() {
        String deep = "title: " + "[".repeat(2000) + "]".repeat(2000) + "\n";
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("nested more than " + YamlNode.MAX_DEPTH);
        String deepMaps = "a: " + "{b: ".repeat(2000) + "1" + "}".repeat(2000);
        assertThatThrownBy(() -> parse(deepMaps)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("nested more than");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            block.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThatThrownBy(() -> parse(block + " ".repeat(100) + "v\n")).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("nested more than");
    }

    @Test
    void aRecursiveAliasIsRefused() {
        assertThatThrownBy(() -> parse("a: &x [*x]\n")).isInstanceOf(InputFormatException.class);
    }

    @Test
    void aDocumentOverTheBoundIsRefusedBeforeParsing() {
        String big = "title: \"" + "x".repeat(YamlNode.MAX_DOCUMENT_CHARS) + "\"\n";
        assertThatThrownBy(() -> parse(big)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    void numbersAreStrictAndRangeChecked() {
        YamlNode root = parse("a: 0x1p3\nb: .inf\nc: 1e400\nd: 12\ne: '7'\nf: ١٢\n");
        assertThatThrownBy(() -> root.number("a", 0, 100)).hasMessageContaining("expected a decimal number");
        assertThatThrownBy(() -> root.number("b", 0, 100)).hasMessageContaining("expected a decimal number");
        assertThatThrownBy(() -> root.number("c", 0, 100)).hasMessageContaining("beyond the range");
        assertThatThrownBy(() -> root.integer("d", 1, 10)).isInstanceOfSatisfying(InputFormatException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("d");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("must be 1-10, got 12");
                });
        assertThat(root.integer("e", 1, 10)).isEqualTo(7);
        assertThatThrownBy(() -> root.integer("f", 0, 100)).hasMessageContaining("expected a whole number");
    }

    @Test
    void theTypedAccessorsStillRejectUnknownKeys() {
        assertThatThrownBy(() -> parse("a: 1\nb: 2\n").requireKeys(Set.of("a")))
                .hasMessageContaining("unknown key 'b'");
    }
}
