package org.counterweight.app.report;

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

    public ReportDocument build(ReportRequest request) {
        return new ReportAssembly(workbench, request).assemble();
    }
}
