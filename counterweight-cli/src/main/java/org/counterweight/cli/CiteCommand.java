package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.BibTex;
import org.counterweight.app.datasets.CitationsRequest;
import org.counterweight.app.datasets.CitationsResult;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cite", description = "Citations of the bundled datasets and sources (plain or BibTeX).",
        footerHeading = "%nExamples:%n", footer = {"  counterweight cite --bibtex          # citations of everything"
                + " bundled"})
final class CiteCommand extends ServiceCommand {
    @Option(names = "--bibtex", description = "Print BibTeX entries instead of a table.")
    boolean bibtex;

    @Option(names = "--all", description = "Also cite the case's articles, documents and news reports, not only"
            + " datasets.")
    boolean all;

    @Override
    List<Report.Table> run(Workbench workbench) {
        CitationsResult result = new DatasetsService(workbench).citations(new CitationsRequest(all));
        if (bibtex) {
            out().print(BibTex.of(result));
            out().flush();
            return List.of();
        }
        return DatasetsTables.of(result);
    }
}
