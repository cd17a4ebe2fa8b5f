package org.counterweight.app.datasets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.store.StateFrames;

/**
 * State-year frames from COW state-system membership with the groups measured on a state (CINC and
 * NMC's components, COW major-power status, democracy, simulated GDP, IGO memberships, distance to the
 * nearest other member), as peacesciencer's {@code create_stateyears()} and {@code add_*()} build them
 * (Miller 2022, Conflict Management and Peace Science 39(6)); see {@link StateFrames}. Read into memory
 * or written to CSV or Parquet with the dictionary of {@link DyadsService}.
 */
public final class StatesService {
    private final Workbench workbench;

    public StatesService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The frame in memory. */
    public FrameRows frame(StatesRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            StateFrames frames = new StateFrames(work.session());
            StateFrames.Spec spec = spec(work, request);
            var frame = frames.read(spec);
            return FrameRows.of(frame, frames.dictionary(spec), work.warnings());
        }
    }

    /** Writes the frame to {@code out} (CSV or Parquet) with its dictionary beside it and, in Parquet, inside. */
    public WrittenFrame write(StatesRequest request, Path out) {
        FrameOutput.checkedName(out);
        try (UnitOfWork work = workbench.begin()) {
            StateFrames frames = new StateFrames(work.session());
            StateFrames.Spec spec = spec(work, request);
            Map<String, Object> frame = new LinkedHashMap<>();
            frame.put("kind", "state-year");
            frame.put("years", request.years().first() + "-" + request.years().last());
            frame.put("names", spec.names().label());
            return FrameOutput.write(work, out, frames.dictionary(spec), frame,
                    (file, metadata) -> frames.write(spec, file, metadata));
        }
    }

    private static StateFrames.Spec spec(UnitOfWork work, StatesRequest request) {
        work.requireCase(request.caseId());
        return new StateFrames.Spec(request.years().first(), request.years().last(), FrameOutput.members(work,
                request.caseId(), request.actors(), request.years()), request.additions(),
                work.releases().nmc(request.nmcVersion(), "nmc-version").version(), request.names());
    }
}
