package org.counterweight.io.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.counterweight.io.InputFormatException;

/**
 * One event dump file and its detected layout. Files are read as a stream of lines, never whole:
 * plain, gzipped ({@code .gz}) or zipped ({@code .zip}, the first entry, as GDELT ships them).
 *
 * @param path   the file
 * @param format its layout, detected from its first line
 */
public record EventFile(Path path, EventFileFormat format) {

    /**
     * The event files named by {@code spec}: one file, every file in a folder (sorted by name), or a
     * glob ({@code dumps/2016*.export.CSV.zip}). Each file's layout is detected before any is read, so
     * a file that is not an event dump stops the whole import before anything is written.
     *
     * @throws InputFormatException naming the file (line 1) that is not an event dump, or a spec that
     *                              names no file
     */
    public static List<EventFile> resolve(String spec) {
        List<Path> paths = paths(spec);
        if (paths.isEmpty()) {
            throw new InputFormatException(spec, 0, null, "no file matches");
        }
        List<EventFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(detect(path));
        }
        return files;
    }

    /** The file's layout, from its first line. */
    public static EventFile detect(Path path) {
        try (BufferedReader reader = open(path)) {
            String first = reader.readLine();
            if (first == null) {
                throw new InputFormatException(name(path), 0, null, "the file is empty");
            }
            return new EventFile(path, EventFileFormat.detect(first).orElseThrow(() -> new InputFormatException(
                    name(path), 1, null, "not an event file: the first line has " + first.split("\t", -1).length
                            + " tab-separated columns; GDELT 1.0 events have 57 or 58, GDELT 2.0 events 61, GDELT"
                            + " 2.0 mentions 16, ICEWS events 20 (with a header starting 'Event ID')")));
        } catch (IOException e) {
            throw new InputFormatException(name(path), 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the file's bytes (as stored, zipped or not), in hex: an import's identity. */
    public String sha256() {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What one pass over a file's bytes finds, for engines that read the text themselves.
     *
     * @param sha256     the SHA-256 of the file's bytes as stored ({@link #sha256()})
     * @param text       the file's text, uncompressed: the file itself, or the copy written by {@link #scan}
     * @param header     whether line 1 is the layout's header
     * @param blankLines the 1-based numbers of the empty lines (skipped by every reader), in order
     */
    public record Scan(String sha256, Path text, boolean header, List<Long> blankLines) {
        public Scan {
            blankLines = List.copyOf(blankLines);
        }
    }

    /**
     * Reads the file once: hashes its bytes and finds its empty lines; a gzipped or zipped file is
     * uncompressed into {@code folder} on the way (engines such as DuckDB read plain text and gzip,
     * not zip). Lines end with LF or CR LF; a line holding only CR is empty, as for {@link #read}.
     */
    public Scan scan(Path folder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            boolean compressed = isCompressed();
            Path text = compressed ? folder.resolve(name() + ".txt") : path;
            List<Long> blank = new ArrayList<>();
            long line = 1;
            try (InputStream raw = new java.security.DigestInputStream(Files.newInputStream(path), digest);
                    InputStream in = compressed ? uncompressed(raw) : raw;
                    java.io.OutputStream copy = compressed ? Files.newOutputStream(text)
                            : java.io.OutputStream.nullOutputStream()) {
                byte[] buffer = new byte[1 << 16];
                long length = 0;
                byte previous = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    copy.write(buffer, 0, read);
                    for (int i = 0; i < read; i++) {
                        byte b = buffer[i];
                        if (b == '\n') {
                            if (length == 0 || length == 1 && previous == '\r') {
                                blank.add(line);
                            }
                            line++;
                            length = 0;
                        } else {
                            length++;
                        }
                        previous = b;
                    }
                }
                raw.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw damaged(line, e);
            }
            String first;
            try (BufferedReader reader = open(path)) {
                first = reader.readLine();
            }
            boolean header = first != null && format.isHeader(first.split("\t", 2));
            return new Scan(HexFormat.of().formatHex(digest.digest()), text, header, blank);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A compressed file that cannot be uncompressed past a point: bad input (exit 2), not a fault of
     * the disk. {@code line} is the line being read when the damage was found.
     */
    private InputFormatException damaged(long line, IOException e) {
        return new InputFormatException(name(path), line, null, "the compressed file is damaged or cut short"
                + " (" + (e.getMessage() == null ? "it ends too early" : e.getMessage()) + ")", e);
    }

    /** Whether the file is gzipped or zipped (its text is then uncompressed by {@link #scan}). */
    public boolean isCompressed() {
        String lower = name().toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") || lower.endsWith(".zip");
    }

    /** The first 16 hex digits of {@link #sha256()}: the id its stored rows carry ({@code import_id}). */
    public static String importId(String sha256) {
        return sha256.substring(0, 16);
    }

    /** The file's name, as errata, coverage notes and errors give it. */
    public String name() {
        return name(path);
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    /**
     * Streams every data line through {@code parser} into {@code sink}, skipping a header line.
     *
     * @return the number of data lines read
     */
    public long read(EventLineParser parser, EventSink sink) {
        long lineNumber = 0;
        try (BufferedReader reader = open(path)) {
            long lines = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && format.isHeader(line.split("\t", 2))) {
                    continue;
                }
                if (line.isEmpty()) {
                    continue;
                }
                lines++;
                parser.parse(format, name(), lineNumber, line, sink);
            }
            return lines;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw damaged(lineNumber, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".gz") || name.endsWith(".zip")) {
                in = uncompressed(in, path);
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private InputStream uncompressed(InputStream in) throws IOException {
        return uncompressed(in, path);
    }

    /** The text of a gzipped stream, or of a zip archive's first entry (as GDELT ships its files). */
    private static InputStream uncompressed(InputStream in, Path path) throws IOException {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        try {
            entry = zip.getNextEntry();
        } catch (IllegalArgumentException e) { // an entry name that is not UTF-8
            zip.close();
            throw new InputFormatException(name(path), 0, null, "the zip archive is damaged: its first entry's"
                    + " name cannot be read", e);
        }
        if (entry == null) {
            zip.close();
            throw new InputFormatException(name(path), 0, null, "the zip archive holds no file");
        }
        return zip;
    }

    private static List<Path> paths(String spec) {
        Path plain = Paths.get(spec);
        try {
            if (Files.isRegularFile(plain)) {
                return List.of(plain);
            }
            if (Files.isDirectory(plain)) {
                try (Stream<Path> listing = Files.list(plain)) {
                    return listing.filter(Files::isRegularFile).sorted().toList();
                }
            }
            int wildcard = indexOfWildcard(spec);
            if (wildcard < 0) {
                return List.of();
            }
            int slash = spec.lastIndexOf('/', wildcard);
            Path folder = slash < 0 ? Paths.get(".") : Paths.get(spec.substring(0, slash + 1));
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + spec.substring(slash + 1));
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(folder.relativize(p))).sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new InputFormatException(spec, 0, null, "cannot list: " + e.getMessage(), e);
        }
    }

    private static int indexOfWildcard(String spec) {
        for (int i = 0; i < spec.length(); i++) {
            if ("*?[{".indexOf(spec.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
