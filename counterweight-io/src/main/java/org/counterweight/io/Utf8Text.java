package org.counterweight.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Files read as strict UTF-8, with a size bound checked before reading: a file in another encoding
 * is refused in words that say where ("not UTF-8 at byte 1,234 (line 40): byte 0xE9"), never with
 * the decoder's {@code MalformedInputException: Input length = 1}. A leading byte-order mark is
 * dropped.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /**
     * Reads a file.
     *
     * @param name     the file's name in messages
     * @param maxBytes the largest file accepted
     * @throws InputFormatException when the file is missing, larger than {@code maxBytes}, unreadable or not UTF-8
     */
    public static String read(Path path, String name, long maxBytes) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputFormatException(name, 0, null, "no such file: " + path);
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputFormatException(name, 0, null, tooLarge(size, maxBytes));
            }
            return decode(Files.readAllBytes(path), name);
        } catch (IOException e) {
            throw new InputFormatException(name, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The refusal of a file of {@code size} bytes over {@code maxBytes}. */
    public static String tooLarge(long size, long maxBytes) {
        return String.format(Locale.ROOT, "the file has %,d bytes; at most %,d are accepted", size, maxBytes);
    }

    /**
     * Decodes bytes as strict UTF-8.
     *
     * @throws InputFormatException naming the byte offset and line of the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputFormatException(name, line, null, String.format(Locale.ROOT,
                    "not UTF-8 at byte %,d: byte 0x%02X does not belong there (is the file in another encoding,"
                            + " such as Latin-1 or UTF-16? save it as UTF-8)", at, bytes[at] & 0xFF));
        }
        out.flip();
        if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }
}
