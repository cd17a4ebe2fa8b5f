package org.counterweight.app.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.report.export.ExportFiles;
import org.counterweight.report.export.TableExport;
import org.counterweight.store.DyadFrames;

/**
 * Dyad-year frames from COW state-system membership with added columns (CINC, ATOP alliances,
 * alliance similarity, strategic rivalry (Thompson-Dreyer 2012 or Thompson, Sakuwa & Suhas 2021), COW contiguity and majors, SIPRI arms flows, UNGA
 * agreement), as peacesciencer's {@code create_dyadyears()} and {@code add_*()} build them (Miller
 * 2022, Conflict Management and Peace Science 39(6)); see {@link DyadFrames}. A frame for a few
 * actors is read into memory; a larger one is written to CSV or Parquet with a dictionary naming the
 * dataset and version behind every column. Each actor asked for stands for the states holding its
 * line in each year (org.counterweight.core.actor.StateResolver): "DEU" over 1985-1995 is the German
 * Federal Republic (260) to 1990 and Germany (255) after, said in the result's warnings.
 */
public final class DyadsService {
    /** The file types a frame is written as. */
    private static final List<String> EXTENSIONS = List.of(".csv", ".parquet");

    private final Workbench workbench;

    public DyadsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * The frame in memory: for a few actors, or the whole system in one year (a whole-system frame of
     * several years has hundreds of thousands of rows: write it to a file).
     */
    public DyadFrame frame(DyadsRequest request) {
        if (request.actors().isEmpty() && request.years().last() > request.years().first()) {
            throw new InvalidRequestException("actors", "a whole-system frame of several years is large: write it to"
                    + " a CSV or Parquet file, or name a few actors to read their dyads");
        }
        try (UnitOfWork work = workbench.begin()) {
            DyadFrames frames = new DyadFrames(work.session());
            DyadFrames.Spec spec = spec(work, request);
            DyadFrames.Frame frame = frames.read(spec);
            return new DyadFrame(frame.columns(), frame.rows().stream().map(Arrays::asList).toList(),
                    frames.dictionary(spec), work.warnings());
        }
    }

    /**
     * Writes the frame to {@code out} (CSV or Parquet, by its extension) and its column dictionary
     * beside it as {@code <name>.sources.csv}, each to a temporary file renamed over the target once
     * whole, so that a failure (a full disk) leaves no empty or truncated file.
     */
    public WrittenDyadFrame write(DyadsRequest request, Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (EXTENSIONS.stream().noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
            throw new InvalidRequestException("out", "the frame is written as .csv or .parquet, got '" + out + "'");
        }
        Path target = out.toAbsolutePath();
        Path part = target.resolveSibling("." + name + ".part" + name.substring(name.lastIndexOf('.')));
        try (UnitOfWork work = workbench.begin()) {
            DyadFrames frames = new DyadFrames(work.session());
            DyadFrames.Spec spec = spec(work, request);
            long rows = frames.write(spec, part);
            ExportFiles.moveOver(part, target);
            Path dictionary = out.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".sources.csv");
            TableExport.writeCsv(DyadsTables.dictionary(frames.dictionary(spec)), dictionary);
            return new WrittenDyadFrame(out, rows, dictionary, work.warnings());
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

    private static DyadFrames.Spec spec(UnitOfWork work, DyadsRequest request) {
        work.requireCase(request.caseId());
        List<DyadFrames.Member> members = new ArrayList<>();
        for (String actor : request.actors()) {
            StateResolver.Resolution resolution = work.resolveState(request.caseId(), actor, "actors",
                    request.years().first(), request.years().last());
            for (StateResolver.Holding holding : resolution.holdings()) {
                members.add(new DyadFrames.Member(holding.actor().cowCode(), holding.years().first(),
                        holding.years().last()));
            }
        }
        String version = work.releases().nmc(request.nmcVersion(), "nmc-version").version();
        List<String> arms = work.releases().armsReleases().stream().map(DatasetCoverage::version).toList();
        String rivalries = work.releases().rivalries().map(DatasetCoverage::dataset).orElse(null);
        return new DyadFrames.Spec(request.years().first(), request.years().last(), members, request.directed(),
                request.additions(), version, arms, rivalries, request.carry() == Carry.FORWARD);
    }
}
