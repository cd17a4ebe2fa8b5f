package org.counterweight.io.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.counterweight.io.InputFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads bundled files from the classpath and checks errors on small inline inputs. */
final class TestData {
    static final String BAD_FILE = "bad.csv";

    private TestData() {
    }

    /** The resource path of a dataset's {@code index}th file. */
    static String resource(String id, int index) {
        return BundledDatasets.get(id).orElseThrow(() -> new AssertionError("no dataset " + id))
                .resources().get(index);
    }

    static <T> List<T> readBundled(DatasetReader<T> reader, String id) {
        return readBundled(reader, id, 0);
    }

    static <T> List<T> readBundled(DatasetReader<T> reader, String id, int index) {
        String resource = resource(id, index);
        try (Reader input = BundledDatasets.open(resource)) {
            return reader.readAll(input, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> void streamBundled(DatasetReader<T> reader, String id, Consumer<? super T> sink) {
        String resource = resource(id, 0);
        try (Reader input = BundledDatasets.open(resource)) {
            reader.read(input, resource, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many distinct keys the rows have. */
    static <T> long distinct(List<T> rows, Function<? super T, ?> key) {
        return rows.stream().map(key).distinct().count();
    }

    static <T> List<T> readText(DatasetReader<T> reader, String text) {
        return reader.readAll(new StringReader(text), BAD_FILE);
    }

    /** Asserts that reading {@code text} fails naming {@link #BAD_FILE}, {@code line} and {@code field}. */
    static void assertBadInput(DatasetReader<?> reader, String text, long line, String field) {
        assertFails(() -> readText(reader, text), line, field);
    }

    static void assertFails(ThrowingCallable call, long line, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.file()).isEqualTo(BAD_FILE);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
