package org.counterweight.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.counterweight.io.InputFormatException;

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
     * Reads a file as strict UTF-8.
     *
     * @throws InputFormatException naming the file when it is missing, too large or not text
     */
    public static UserFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputFormatException(name, 0, null, "no such file: " + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputFormatException(name, 0, null, "larger than " + (MAX_BYTES >> 20) + " MB");
            }
            return new UserFile(name, StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            throw new InputFormatException(name, 0, null, "not UTF-8 text (binary file?)", e);
        } catch (IOException e) {
            throw new InputFormatException(name, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The text as a reader. */
    public Reader reader() {
        return new StringReader(text);
    }
}
