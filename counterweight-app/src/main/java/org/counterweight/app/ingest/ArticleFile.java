package org.counterweight.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.article.ArticleText;

/**
 * An article a user hands to {@link IngestService}: its name, its format and its bytes as received
 * (the CLI reads them from disk, a web server from an upload). The bytes are decoded and checked
 * (binary, invalid UTF-8, over {@value ArticleReader#MAX_BYTES} bytes) when the service reads them.
 */
public final class ArticleFile {
    private final String name;
    private final ArticleReader.Format format;
    private final byte[] content;

    /**
     * @param name    the file's name, as errors and the stored source name it
     * @param format  text, Markdown or HTML
     * @param content the file's bytes (copied)
     */
    public ArticleFile(String name, ArticleReader.Format format, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.content = content.clone();
    }

    /**
     * Reads a file from disk; its format follows its extension ({@link ArticleReader.Format#of}).
     *
     * @throws InputFormatException naming the file when it is missing or over the size bound
     */
    public static ArticleFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputFormatException(name, 0, null, "no such file: " + file);
        }
        return new ArticleFile(name, ArticleReader.Format.of(name), ArticleReader.bytes(file));
    }

    public String name() {
        return name;
    }

    public ArticleReader.Format format() {
        return format;
    }

    /**
     * The article's clean text, furniture dropped, with offsets back to the decoded file.
     *
     * @throws InputFormatException when the bytes are binary, not UTF-8 or too many
     */
    ArticleText read() {
        return ArticleReader.read(content, format, name);
    }
}
