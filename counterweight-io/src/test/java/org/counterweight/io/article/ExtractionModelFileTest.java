package org.counterweight.io.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.counterweight.core.text.ExtractionModel;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

class ExtractionModelFileTest {
    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        double[] w = new double[16];
        w[3] = 0.125;
        w[15] = -1.0 / 3;
        ExtractionModel model = new ExtractionModel(4, w, 0.5, 1.25, -0.75);
        StringWriter out = new StringWriter();
        ExtractionModelFile.write(model, "test\nsecond line", out);
        ExtractionModel back = ExtractionModelFile.read(new StringReader(out.toString()), "m.tsv");
        assertThat(back.weights()).containsExactly(w);
        assertThat(back.bias()).isEqualTo(0.5);
        assertThat(back.plattA()).isEqualTo(1.25);
        assertThat(back.plattB()).isEqualTo(-0.75);
    }

    @Test
    void theBundledModelLoadsAndBadFilesNameTheLine() {
        assertThat(ExtractionModelFile.bundled()).hasValueSatisfying(m -> assertThat(m.bits()).isEqualTo(16));
        assertThatThrownBy(() -> ExtractionModelFile.read(new StringReader("bits\t4\nw\t99\t1\n"), "m.tsv"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.getMessage()).contains("m.tsv")
                        .contains("index 99"));
        assertThatThrownBy(() -> ExtractionModelFile.read(new StringReader("bits\t4\n"), "m.tsv"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("platt_a");
    }
}
