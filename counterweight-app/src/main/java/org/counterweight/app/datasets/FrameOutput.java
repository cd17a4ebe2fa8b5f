package org.counterweight.app.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.YearRange;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.report.export.ExportFiles;
import org.counterweight.report.export.TableExport;
import org.counterweight.store.CaseQueries.StoredSource;
import org.counterweight.store.DyadFrames;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * What the dyad-year and state-year frame services share: the states a frame is restricted to, year by
 * year, and writing a frame with its dictionary beside it ({@code FILE.sources.csv}) and, in Parquet,
 * in its footer ({@link FrameMetadata}).
 */
final class FrameOutput {
    /** The file types a frame is written as. */
    private static final List<String> EXTENSIONS = List.of(".csv", ".parquet");

    private FrameOutput() {
    }

    /** Refuses an output file that is neither .csv nor .parquet. */
    static String checkedName(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (EXTENSIONS.stream().noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
            throw new InvalidRequestException("out", "the frame is written as .csv or .parquet, got '" + out + "'");
        }
        return name;
    }

    /**
     * The states standing for each actor asked for, in their years ("DEU" over 1985-1995 is the German
     * Federal Republic to 1990 and Germany after); what was read how goes to the unit's warnings.
     */
    static List<DyadFrames.Member> members(UnitOfWork work, CaseId caseId, List<String> actors, YearRange years) {
        List<DyadFrames.Member> members = new ArrayList<>();
        for (String actor : actors) {
            StateResolver.Resolution resolution = work.resolveState(caseId, actor, "actors", years.first(),
                    years.last());
            for (StateResolver.Holding holding : resolution.holdings()) {
                members.add(new DyadFrames.Member(holding.actor().cowCode(), holding.years().first(),
                        holding.years().last()));
            }
        }
        return members;
    }

    /** Writes a frame's rows to a file, with the Parquet metadata; returns the rows written. */
    @FunctionalInterface
    interface FrameWriter {
        long write(Path file, Map<String, String> metadata);
    }

    /**
     * Writes a frame with {@code writer} and its dictionary beside it, each to a temporary file renamed
     * over the target once whole, so that a failure (a full disk) leaves no empty or truncated file.
     *
     * @param frame what the frame is, for the metadata (kind, years, names)
     */
    static WrittenFrame write(UnitOfWork work, Path out, List<ColumnSource> dictionary, Map<String, Object> frame,
            FrameWriter writer) {
        String name = checkedName(out);
        Path target = out.toAbsolutePath();
        Path part = target.resolveSibling("." + name + ".part" + name.substring(name.lastIndexOf('.')));
        try {
            long rows = writer.write(part, FrameMetadata.of(frame, dictionary, work.cases().sources().stream()
                    .map(StoredSource::source).toList()));
            ExportFiles.moveOver(part, target);
            Path sources = out.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".sources.csv");
            TableExport.writeCsv(DyadsTables.dictionary(dictionary), sources);
            return new WrittenFrame(out, rows, sources, work.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the write's own error, if any, is the one to report
            }
        }
    }
}
