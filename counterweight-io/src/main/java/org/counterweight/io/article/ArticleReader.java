package org.counterweight.io.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.counterweight.io.InputFormatException;

/**
 * Reads an article from plain text, Markdown or HTML and drops page furniture.
 *
 * <p>HTML: comments, {@code script}, {@code style}, {@code nav}, {@code header}, {@code footer},
 * {@code form}, {@code noscript} and {@code figcaption} elements (among others) are dropped, other tags removed (block tags become line
 * breaks), entities decoded. Markdown: heading marks, emphasis, link targets and images are removed.
 * Then, line by line, furniture is dropped: "Also read: ...", "Read more", "Image courtesy/Source/
 * credit: ...", "Photo: ...", "Credit: ...", "Recent Articles", "Related posts", "Please enter your
 * comment!", "Please enter your name here", "Leave a reply", share/subscribe lines, bylines ("Author
 * Name: ...") and author-bio lines ("X is a researcher at ...", "The article was first published in ..."). Page
 * headers go too: lines of three or more short fields between "|" (navigation, "Name | February 10, 2024 |
 * Opinion", share links), bylines ("By A. Writer, Agency"), "Published/Updated ..." lines and a date alone
 * on its line; none of these ends a sentence. A dateline opening the body ("ISLAMABAD, July 5 (Reuters) -")
 * is part of its first paragraph and stays. A caption, the line
 * right above an image credit when it is short (under {@value #CAPTION_MAX_WORDS} words) and does not
 * end a sentence, goes with its credit.
 *
 * <p>Bounds: files over {@value #MAX_BYTES} bytes are refused, as are binary files (a NUL byte or
 * invalid UTF-8); an empty or blank file gives an empty article. All work is linear in the input:
 * tags and entities are scanned by hand and the line patterns are anchored and bounded.
 */
public final class ArticleReader {
    /** The largest file read: 5 MB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:also read|read more|read also|see also|related(?: posts| articles)?|recent (?:articles|posts)"
                    + "|image (?:courtesy|source|credits?)|photo(?: courtesy| credits?)?|credits?:|source:|please enter your"
                    + "|leave a (?:reply|comment)|share this|subscribe|follow us|tags:|author name:|posted in|filed under"
                    + "|advertisement|click here|you may also like|the article was (?:first |originally )?published)(?![A-Za-z]).{0,400}$");
    /** A line crediting an image; the short line right above it is that image's caption. */
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "(?i)^(?:(?:image|photo(?:graph)?|picture) (?:courtesy|source|credits?)(?![A-Za-z])|(?:photo(?:graph)?|credits?)\\s?:)"
                    + ".{0,400}$");
    private static final int CAPTION_MAX_WORDS = 12;
    private static final Pattern BIO = Pattern.compile(
            "^(?:Dr\\.?\\s|Mr\\.?\\s|Ms\\.?\\s)?[A-Z][a-z]{1,20}(?:\\s[A-Z]\\.)?(?:\\s[A-Z][a-z]{1,20}){1,3}\\s(?:is|was|has been)\\s(?:a|an|the|currently)\\s"
                    + "[^.]{0,80}\\b(?:researcher|analyst|fellow|professor|lecturer|student|scholar|journalist|writer|author|director|associate|graduate|officer)\\b.{0,1000}$");
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December)";
    /**
     * A page header that is not prose: three or more short fields between "|" (not a Markdown table row,
     * which starts with "|"), a byline, a publication line or a date alone; none ends a sentence.
     */
    private static final Pattern HEADER = Pattern.compile("^(?:[^|]{1,60}(?:\\|[^|]{1,60}){2,}"
            + "|By\\s[A-Z][\\p{L}.'\u2019-]*(?:\\s[A-Z][\\p{L}.'\u2019-]*){0,4}(?:\\s?[,|\u2013\u2014-].{0,200})?"
            + "|(?:Published|Updated|Last updated|Posted)(?:\\son)?:?\\s.{1,200}"
            + "|(?:\\d{1,2}\\s" + MONTHS + ",?\\s\\d{4}|" + MONTHS + "\\s\\d{1,2},?\\s\\d{4})(?:,?\\s\\d{1,2}:\\d{2}.{0,20})?)"
            + "(?<![.!?\"\u201d])$");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("hellip", "\u2026"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"));

    private ArticleReader() {
    }

    /**
     * The bytes of a file, to {@link #read(byte[], Format, String) read} as an article; a file over
     * {@value #MAX_BYTES} bytes is refused before it is read.
     */
    public static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(file + " is " + size + " bytes; articles over " + MAX_BYTES
                        + " bytes (5 MB) are refused");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The input formats. */
    public enum Format {
        TEXT, MARKDOWN, HTML;

        /** The format a file name's extension says: .html/.htm, .md/.markdown, else plain text. */
        public static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".html") || name.endsWith(".htm") ? HTML
                    : name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT;
        }
    }

    /** Reads bytes in a format; {@code name} is used in error messages. */
    public static ArticleText read(byte[] bytes, Format format, String name) {
        if (bytes.length > MAX_BYTES) {
            throw refused(name + " is over 5 MB; refused");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw refused(name + " looks binary (it contains NUL bytes); give a text, Markdown or HTML file");
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(name + " is not valid UTF-8 text (binary?); give a text, Markdown or HTML file");
        }
        if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
            decoded = " " + decoded.substring(1);
        }
        return clean(decoded, format);
    }

    /** Cleans decoded text; offsets of the result map back into {@code text}. */
    public static ArticleText clean(String text, Format format) {
        if (text.isBlank()) {
            return ArticleText.empty();
        }
        Builder stage = switch (format) {
            case HTML -> Html.strip(text);
            case MARKDOWN -> Markdown.strip(text);
            case TEXT -> Builder.identity(text);
        };
        return dropFurniture(stage);
    }

    private static ArticleText dropFurniture(Builder in) {
        String text = in.text();
        int n = text.length();
        List<int[]> lines = new ArrayList<>();
        for (int lineStart = 0; lineStart <= n; ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? n : lineEnd;
            lines.add(new int[] {lineStart, lineEnd});
            lineStart = lineEnd + 1;
        }
        boolean[] drop = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
            if (line.isEmpty() || line.length() >= 2000) {
                continue;
            }
            drop[k] = FURNITURE.matcher(line).matches() || BIO.matcher(line).matches() || HEADER.matcher(line).matches();
            if (k > 0 && IMAGE_CREDIT.matcher(line).matches()
                    && isCaption(text.substring(lines.get(k - 1)[0], lines.get(k - 1)[1]).strip())) {
                drop[k - 1] = true;
            }
        }
        Builder out = new Builder(n);
        for (int k = 0; k < lines.size(); k++) {
            int lineStart = lines.get(k)[0];
            int lineEnd = lines.get(k)[1];
            if (!drop[k]) {
                for (int i = lineStart; i < lineEnd; i++) {
                    out.append(text.charAt(i), in.original(i));
                }
            }
            if (lineEnd < n) {
                out.append('\n', in.original(lineEnd));
            }
        }
        out.end(in.original(n));
        String result = out.text();
        return result.isBlank() ? ArticleText.empty() : new ArticleText(result, out.offsets());
    }

    /** A caption: a short non-blank line that does not end a sentence. */
    private static boolean isCaption(String line) {
        if (line.isEmpty() || line.length() > 200 || ".!?:;\"\u201d\u2026".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        return line.split("\\s+").length < CAPTION_MAX_WORDS;
    }

    private static InputFormatException refused(String problem) {
        return new InputFormatException("article", 0, null, problem);
    }

    static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            try {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (name.startsWith("#")) {
            try {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }
}
