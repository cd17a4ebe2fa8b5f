package org.counterweight.app;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Objects;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.Utf8Text;

/**
 * A file a user hands to a service (an edge list, a portfolio, a scenario): its name, for messages
 * that point at its lines, and its text. Interfaces read it (the CLI from disk, a web server from an
 * upload); services parse it.
 *
 * @param name the file's name, as errors name it
 * @param text its content
 */
public record UserFile(String name, String text) {
    /** Files larger than this are refused: no user table the services read is anywhere near it. */
    public static final long MAX_BYTES = 64L << 20;

    public UserFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads a file as strict UTF-8 ({@link Utf8Text}: an encoding error names the byte and line).
     *
     * @throws InputFormatException naming the file when it is missing, too large or not UTF-8
     */
    public static UserFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new UserFile(name, Utf8Text.read(file, name, MAX_BYTES));
    }

    /** The text as a reader. */
    public Reader reader() {
        return new StringReader(text);
    }
}
