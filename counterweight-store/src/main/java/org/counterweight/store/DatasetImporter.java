package org.counterweight.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.dataset.BundledDataset;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.UnRollCallReader;

/**
 * Imports datasets: the bundled ones (by id, from the classpath) and users' own files (by format).
 * Every import is one transaction and is skipped when the same content is already stored.
 */
public final class DatasetImporter {
    /** Which format reads each bundled dataset that has rows to load; the others are registered as sources only. */
    private static final Map<String, DatasetFormat> BUNDLED_FORMATS = Map.ofEntries(
            Map.entry("cow-nmc-7.0", DatasetFormat.COW_NMC), Map.entry("cow-nmc-6.0", DatasetFormat.COW_NMC),
            Map.entry("atop-5.1", DatasetFormat.ATOP), Map.entry("sipri-milex-2024", DatasetFormat.SIPRI_MILEX),
            Map.entry("sipri-tiv-2022", DatasetFormat.SIPRI_TIV),
            Map.entry("sipri-tiv-totals-2022", DatasetFormat.SIPRI_TIV_TOTALS),
            Map.entry("cow-states-2016", DatasetFormat.COW_STATES), Map.entry("gw-states", DatasetFormat.GW_STATES),
            Map.entry("countrycode-1.8.0", DatasetFormat.COUNTRYCODE),
            Map.entry("state-names-curated", DatasetFormat.STATE_NAMES),
            Map.entry("state-adjectives-curated", DatasetFormat.STATE_ADJECTIVES),
            Map.entry("obligation-ends-curated", DatasetFormat.OBLIGATION_ENDS),
            Map.entry("td-rivalries", DatasetFormat.TD_RIVALRIES),
            Map.entry("tss-rivalries-2021", DatasetFormat.TSS_RIVALRIES),
            Map.entry("cow-contiguity-3.2", DatasetFormat.COW_CONTIGUITY),
            Map.entry("cow-majors-2016", DatasetFormat.COW_MAJORS), Map.entry("unga-votes", DatasetFormat.UNGA_VOTES),
            Map.entry("unga-ideal-points-2025-07", DatasetFormat.UNGA_IDEAL_POINTS),
            Map.entry("unga-agreement-derived", DatasetFormat.UNGA_AGREEMENT),
            Map.entry("cameo-codebook", DatasetFormat.CAMEO_CODEBOOK),
            Map.entry("democracy-peacesciencer", DatasetFormat.DEMOCRACY), Map.entry("sdp-gdp-2020", DatasetFormat.SDP_GDP),
            Map.entry("gml-mid-2.2.1", DatasetFormat.GML_MIDS), Map.entry("cow-mid-5.0", DatasetFormat.COW_MIDS),
            Map.entry("capitals-2024", DatasetFormat.CAPITALS),
            Map.entry("capitals-corrections-curated", DatasetFormat.CAPITAL_CORRECTIONS),
            Map.entry("cshapes-mindist-2.0", DatasetFormat.MIN_DISTANCE),
            Map.entry("cow-igo-3.0-dyads", DatasetFormat.IGO_DYADS),
            Map.entry("cow-igo-3.0-states", DatasetFormat.IGO_STATES));

    /** Files larger than this are refused before reading (the largest bundled file is about 16 MB). */
    static final long MAX_FILE_BYTES = 2L << 30;

    private DatasetImporter() {
    }

    /** What an import did, and names in the file that could not be mapped to codes. */
    public record Outcome(ImportResult result, Set<String> unmappedNames) {
    }

    /**
     * Imports every bundled dataset whose content is not yet stored; returns what changed. The listener
     * is told of each import as it begins.
     */
    static List<ImportResult> importBundled(KnowledgeBase store, BundledData.Listener listener) {
        List<ImportResult> results = new ArrayList<>();
        List<BundledDataset> all = BundledDatasets.all();
        for (int i = 0; i < all.size(); i++) {
            BundledDataset dataset = all.get(i);
            int index = i + 1;
            results.add(importBundled(store, dataset, () -> listener.importing(dataset.id(), false, index, all.size())));
        }
        return results;
    }

    /**
     * The content hash of each bundled dataset and the SHA-256 of its first file's bytes, computed once
     * per process: bundled resources do not change while it runs, and every store opened checks them
     * (reading and hashing 16 MB each time).
     */
    private static final Map<String, String[]> BUNDLED_HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] hashes(BundledDataset dataset) {
        return BUNDLED_HASHES.computeIfAbsent(dataset.id(), id -> {
            List<byte[]> contents = contents(dataset);
            return new String[] {hash(contents), fileHash(contents.get(0))};
        });
    }

    /** Whether every bundled dataset is loaded as bundled (or was replaced by a user's file). */
    static boolean bundledLoaded(KnowledgeBase store) {
        Map<String, String> loaded = store.importedHashes();
        return BundledDatasets.all().stream().allMatch(d -> hashes(d)[0].equals(loaded.get(d.id()))
                || store.replacedByUser(d.id()));
    }

    static ImportResult importBundled(KnowledgeBase store, BundledDataset dataset) {
        return importBundled(store, dataset, () -> {
        });
    }

    /** Imports a bundled dataset unless it is stored as bundled; {@code starting} runs when an import begins. */
    private static ImportResult importBundled(KnowledgeBase store, BundledDataset dataset, Runnable starting) {
        String[] hashes = hashes(dataset);
        DatasetFormat format = BUNDLED_FORMATS.get(dataset.id());
        Optional<ImportBatch> started = store.beginImport(new ImportBatch.Origin(dataset.id(), "bundled",
                format == null ? null : format.label(), dataset.source().version(), dataset.resource(), hashes[0],
                hashes[1]));
        if (started.isEmpty()) {
            return new ImportResult(dataset.id(), false, 0);
        }
        starting.run();
        List<byte[]> contents = contents(dataset);
        try (ImportBatch batch = started.get()) {
            batch.stage(CaseImporter.SOURCES, sink -> sink.accept(dataset.source()));
            if (format == DatasetFormat.UNGA_VOTES) {
                stageUnVotes(batch, dataset, contents);
            } else if (format != null) {
                format.stage(batch, reader(contents.get(0), dataset.resource()), dataset.resource(),
                        dataset.source().version());
            }
            return batch.commit();
        }
    }

    private static List<byte[]> contents(BundledDataset dataset) {
        return dataset.resources().stream().map(DatasetImporter::resource).toList();
    }

    /** Votes, roll calls and their issue labels: three files of one dataset. */
    private static void stageUnVotes(ImportBatch batch, BundledDataset dataset, List<byte[]> contents) {
        List<String> files = dataset.resources();
        int votes = indexOf(files, "un_votes.csv");
        int rollCalls = indexOf(files, "un_roll_calls.csv");
        int issues = indexOf(files, "un_roll_call_issues.csv");
        DatasetFormat.UNGA_VOTES.stage(batch, reader(contents.get(votes), files.get(votes)), files.get(votes), null);
        var issueMap = UnRollCallReader.readIssues(reader(contents.get(issues), files.get(issues)), files.get(issues));
        batch.stage(DatasetTables.UN_ROLL_CALLS, sink -> new UnRollCallReader(issueMap)
                .read(reader(contents.get(rollCalls), files.get(rollCalls)), files.get(rollCalls), sink));
    }

    private static int indexOf(List<String> files, String name) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).endsWith("/" + name)) {
                return i;
            }
        }
        throw new IllegalStateException("bundled UN votes lack " + name);
    }

    /**
     * Imports a user's file in a known format into slot {@code <format>:<file name>}, unless the
     * dataset version it holds is loaded already: the same bytes (whatever the file is called), or
     * rows all held with the same values, make it a no-op that names the import holding them.
     *
     * @param version the dataset version, required when {@link DatasetFormat#needsVersion()}
     * @param replace whether to replace imports loaded that hold the same dataset version with other
     *                content (they are kept aside: undoing this import brings them back)
     * @throws InputFormatException naming the file, line and field on bad input (a duplicate key, a
     *         state code not in the COW list, no data rows); nothing is written
     * @throws ImportConflictException when the file clashes with an import loaded and {@code replace} is false
     */
    public static Outcome importFile(KnowledgeBase store, DatasetFormat format, Path file, String version,
            boolean replace) {
        String fileName = file.getFileName().toString();
        if (format.needsVersion() && (version == null || version.isBlank())) {
            throw new InputFormatException(fileName, 0, null, "say which version the file is with --version ("
                    + format.versionHint() + ")");
        }
        byte[] content = read(file);
        String fileHash = fileHash(content);
        Optional<ImportEntry> loaded = store.loadedContent(format.label(), version, fileHash);
        if (loaded.isPresent() && !replace) {
            ImportEntry holder = loaded.get();
            return new Outcome(new ImportResult(holder.dataset(), false, holder.rows(), holder.id(), holder,
                    List.of()), Set.of());
        }
        String slot = format.label() + ":" + fileName;
        Optional<ImportBatch> started = store.beginImport(new ImportBatch.Origin(slot, "user", format.label(),
                version, file.toAbsolutePath().toString(),
                hash(List.of(content, String.valueOf(version).getBytes(StandardCharsets.UTF_8))), fileHash));
        if (started.isEmpty()) {
            return new Outcome(new ImportResult(slot, false, 0), Set.of());
        }
        try (ImportBatch batch = started.get()) {
            DatasetLayout layout = DatasetLayout.of(format);
            batch.check(layout, fileName, content).replacing(replace);
            Set<String> unmapped = new LinkedHashSet<>(format.stage(batch, reader(content, fileName), fileName, version));
            batch.stage(CaseImporter.SOURCES, sink -> sink.accept(new Source(slug(slot), SourceKind.DATASET,
                    format.description(), List.of(), null, null, version, null,
                    "User-imported file " + fileName + " (" + format.description() + ")", null)));
            return new Outcome(batch.commit(), unmapped);
        }
    }

    /** As {@link #importFile(KnowledgeBase, DatasetFormat, Path, String, boolean)}, replacing nothing. */
    public static Outcome importFile(KnowledgeBase store, DatasetFormat format, Path file, String version) {
        return importFile(store, format, file, version, false);
    }

    /** SHA-256 of a file's bytes alone: the same whatever the file is called and whichever schema reads it. */
    static String fileHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "user-import" : slug;
    }

    private static byte[] read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputFormatException(fileName, 0, null, "no such file: " + file);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InputFormatException(fileName, 0, null, "file is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB: not a dataset this importer reads");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFormatException(fileName, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DatasetImporter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("bundled resource missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A strict UTF-8 reader: malformed bytes are an input error, not silently replaced. A file whose
     * name ends in {@code .gz} is decompressed first (the hash covers the compressed bytes).
     */
    static Reader reader(byte[] content, String fileName) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(decompressed(content, fileName), decoder) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (CharacterCodingException e) {
                    throw new InputFormatException(fileName, 0, null, "not UTF-8 text (binary file?)", e);
                }
            }
        };
    }

    private static InputStream decompressed(byte[] content, String fileName) {
        InputStream bytes = new ByteArrayInputStream(content);
        if (!fileName.endsWith(".gz")) {
            return bytes;
        }
        try {
            return new java.util.zip.GZIPInputStream(bytes, 1 << 16);
        } catch (IOException e) {
            throw new InputFormatException(fileName, 0, null, "not a gzip file: " + e.getMessage(), e);
        }
    }

    /** SHA-256 over the contents and the schema version (a new schema reloads everything). */
    static String hash(List<byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("schema-" + Schema.currentVersion()).getBytes(StandardCharsets.UTF_8));
            for (byte[] content : contents) {
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
