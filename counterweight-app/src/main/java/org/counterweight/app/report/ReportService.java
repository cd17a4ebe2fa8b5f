package org.counterweight.app.report;

import org.counterweight.app.Progress;
import org.counterweight.app.Workbench;

/**
 * Assembles the analyst's report of the case in a year from the other services: every section shows
 * what a service computes, with the command that reproduces it as its source, and every headline
 * number is a value a service returns (a test holds the two equal).
 */
public final class ReportService {
    private final Workbench workbench;

    public ReportService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** How many stages {@link #build(ReportRequest, Progress)} tells: the snapshot, then one per section. */
    public static final int STAGES = 13;

    public ReportDocument build(ReportRequest request) {
        return build(request, Progress.NONE);
    }

    /**
     * Builds the report, telling its {@value #STAGES} stages as it goes: reading the case's snapshot, then
     * each section; the scenarios' stage counts their runs (a scenario cached in the store counts at once).
     */
    public ReportDocument build(ReportRequest request, Progress progress) {
        return new ReportAssembly(workbench, request, progress).assemble();
    }
}
