package org.counterweight.io.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.counterweight.core.text.ExtractionModel;
import org.counterweight.io.InputFormatException;

/**
 * The weights of an {@link ExtractionModel} as a tab-separated text file: comment lines starting with
 * {@code #}, then {@code bits}, {@code bias}, {@code platt_a} and {@code platt_b} lines, then one
 * {@code w INDEX WEIGHT} line per non-zero weight. Numbers are written with {@link Double#toString}
 * so a file read back gives the same model. The model trained on the development articles ships as
 * {@link #BUNDLED} (see docs/ingestion.md for how it was trained).
 */
public final class ExtractionModelFile {
    /** The classpath resource of the bundled model. */
    public static final String BUNDLED = "/org/counterweight/io/article/extraction-model.tsv";

    private ExtractionModelFile() {
    }

    /** The bundled model, or empty when the build has none. */
    public static Optional<ExtractionModel> bundled() {
        InputStream in = ExtractionModelFile.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(read(reader, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name the file's name, for errors
     * @throws InputFormatException naming the file, line and field at fault
     */
    public static ExtractionModel read(Reader input, String name) throws IOException {
        BufferedReader lines = new BufferedReader(input);
        Integer bits = null;
        Double bias = null;
        Double plattA = null;
        Double plattB = null;
        double[] weights = null;
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "bits" -> {
                        bits = Integer.parseInt(f[1]);
                        if (bits < 4 || bits > 24) {
                            throw new InputFormatException(name, number, "bits", "must be 4 to 24, got " + bits);
                        }
                        weights = new double[1 << bits];
                    }
                    case "bias" -> bias = Double.parseDouble(f[1]);
                    case "platt_a" -> plattA = Double.parseDouble(f[1]);
                    case "platt_b" -> plattB = Double.parseDouble(f[1]);
                    case "w" -> {
                        if (weights == null) {
                            throw new InputFormatException(name, number, "w", "weights before the bits line");
                        }
                        int index = Integer.parseInt(f[1]);
                        if (index < 0 || index >= weights.length) {
                            throw new InputFormatException(name, number, "w", "index " + index + " outside 0.."
                                    + (weights.length - 1));
                        }
                        weights[index] = Double.parseDouble(f[2]);
                    }
                    default -> throw new InputFormatException(name, number, f[0], "unknown line kind '" + f[0] + "'");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InputFormatException(name, number, f[0], "bad number or missing field: " + line, e);
            }
        }
        if (bits == null || bias == null || plattA == null || plattB == null) {
            throw new InputFormatException(name, number, "bits", "needs bits, bias, platt_a and platt_b lines");
        }
        return new ExtractionModel(bits, weights, bias, plattA, plattB);
    }

    /** Writes a model, with {@code comment} (one or more lines) at the top. */
    public static void write(ExtractionModel model, String comment, Writer out) throws IOException {
        for (String c : comment.split("\n")) {
            out.write("# " + c + "\n");
        }
        out.write("bits\t" + model.bits() + "\n");
        out.write("bias\t" + model.bias() + "\n");
        out.write("platt_a\t" + model.plattA() + "\n");
        out.write("platt_b\t" + model.plattB() + "\n");
        double[] w = model.weights();
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                out.write("w\t" + i + "\t" + w[i] + "\n");
            }
        }
    }
}
