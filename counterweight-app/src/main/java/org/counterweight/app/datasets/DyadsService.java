package org.counterweight.app.datasets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.store.DyadFrames;

/**
 * Dyad-year frames from COW state-system membership with added columns (CINC and NMC's components, ATOP
 * alliances, alliance similarity, strategic rivalry (Thompson-Dreyer 2012 or Thompson, Sakuwa & Suhas
 * 2021), COW contiguity and majors, SIPRI arms flows, UNGA agreement, democracy, GML and COW MIDs, peace
 * years, capital and minimum distance, shared IGOs, simulated GDP), as peacesciencer's
 * {@code create_dyadyears()} and {@code add_*()} build them (Miller 2022, Conflict Management and Peace
 * Science 39(6)), with peacesciencer's names by default; see {@link DyadFrames}. A frame for a few
 * actors is read into memory; a larger one is written to CSV or Parquet with a dictionary naming the
 * dataset and version behind every column. Each actor asked for stands for the states holding its
 * line in each year (org.counterweight.core.actor.StateResolver): "DEU" over 1985-1995 is the German
 * Federal Republic (260) to 1990 and Germany (255) after, said in the result's warnings.
 */
public final class DyadsService {
    private final Workbench workbench;

    public DyadsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * The frame in memory: for a few actors, or the whole system in one year (a whole-system frame of
     * several years has hundreds of thousands of rows: write it to a file).
     */
    public FrameRows frame(DyadsRequest request) {
        if (request.actors().isEmpty() && request.years().last() > request.years().first()) {
            throw new InvalidRequestException("actors", "a whole-system frame of several years is large: write it to"
                    + " a CSV or Parquet file, or name a few actors to read their dyads");
        }
        try (UnitOfWork work = workbench.begin()) {
            DyadFrames frames = new DyadFrames(work.session());
            DyadFrames.Spec spec = spec(work, request);
            DyadFrames.Frame frame = frames.read(spec);
            return FrameRows.of(frame, frames.dictionary(spec), work.warnings());
        }
    }

    /**
     * Writes the frame to {@code out} (CSV or Parquet, by its extension) and its column dictionary
     * beside it as {@code <name>.sources.csv}; a Parquet file holds the dictionary and the sources'
     * citations in its footer too ({@link FrameMetadata}).
     */
    public WrittenFrame write(DyadsRequest request, Path out) {
        FrameOutput.checkedName(out);
        try (UnitOfWork work = workbench.begin()) {
            DyadFrames frames = new DyadFrames(work.session());
            DyadFrames.Spec spec = spec(work, request);
            Map<String, Object> frame = new LinkedHashMap<>();
            frame.put("kind", request.directed() ? "directed dyad-year" : "non-directed dyad-year (ccode1 < ccode2)");
            frame.put("years", request.years().first() + "-" + request.years().last());
            frame.put("names", spec.names().label());
            frame.put("carry", request.carry().name().toLowerCase(java.util.Locale.ROOT));
            return FrameOutput.write(work, out, frames.dictionary(spec), frame,
                    (file, metadata) -> frames.write(spec, file, metadata));
        }
    }

    private static DyadFrames.Spec spec(UnitOfWork work, DyadsRequest request) {
        work.requireCase(request.caseId());
        List<DyadFrames.Member> members = FrameOutput.members(work, request.caseId(), request.actors(),
                request.years());
        String version = work.releases().nmc(request.nmcVersion(), "nmc-version").version();
        List<String> arms = work.releases().armsReleases().stream().map(DatasetCoverage::version).toList();
        String rivalries = work.releases().rivalries().map(DatasetCoverage::dataset).orElse(null);
        return new DyadFrames.Spec(request.years().first(), request.years().last(), members, request.directed(),
                request.additions(), version, arms, rivalries, request.carry() == Carry.FORWARD, request.names());
    }
}
