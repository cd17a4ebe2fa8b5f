package org.counterweight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.store.DyadFrames;
import org.counterweight.store.DyadFrames.Addition;
import org.counterweight.store.DyadFrames.ColumnSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dyads", description = {"Dyad-year frames from COW state-system membership, as peacesciencer's"
        + " create_dyadyears() with add_* columns. Writes FILE.csv or FILE.parquet and, beside it,"
        + " FILE.sources.csv naming the dataset and version behind every column."})
final class DyadsCommand extends StoreCommand {
    @Option(names = "--from", paramLabel = "Y", required = true, description = "First year (1816 or later).")
    int from;

    @Option(names = "--to", paramLabel = "Y", required = true, description = "Last year.")
    int to;

    @Option(names = "--actors", paramLabel = "A,B,...", split = ",", description = "Only dyads among these states.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--directed", description = "Directed dyads (both A-B and B-A); default non-directed (ccode1 < ccode2).")
    boolean directed;

    @Option(names = "--with", paramLabel = "COLS", split = ",",
            description = "Columns to add: cinc, alliance, similarity, rivalry, contiguity, majors, arms, unga.")
    List<String> with = new ArrayList<>();

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version for cinc (default: the newest loaded).")
    String nmcVersion;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE.csv or FILE.parquet instead of printing.")
    Path out;

    @Override
    List<ResultTable> run(Workbench workbench) {
        DyadFrames frames = new DyadFrames(workbench.session());
        DyadFrames.Spec spec = spec(workbench);
        if (out == null) {
            if (actors.isEmpty() && to - from > 0) {
                throw new UserInputException("a whole-system frame is large: give --out FILE.csv|FILE.parquet, or"
                        + " --actors to print a few dyads");
            }
            DyadFrames.Frame frame = frames.read(spec);
            ResultTable table = new ResultTable(null, frame.columns().toArray(String[]::new));
            frame.rows().forEach(table::add);
            frames.dictionary(spec).forEach(c -> table.note(c.column() + ": " + c.dataset() + " (" + c.coverage() + ")"));
            return List.of(table);
        }
        long rows = frames.write(spec, out);
        Path dictionary = dictionaryPath(out);
        writeDictionary(frames.dictionary(spec), dictionary);
        ResultTable table = new ResultTable(null, "file", "rows", "columns_described_in");
        table.add(out.toString(), rows, dictionary.toString());
        return List.of(table);
    }

    DyadFrames.Spec spec(Workbench workbench) {
        Set<Addition> additions = EnumSet.noneOf(Addition.class);
        with.forEach(w -> additions.add(Addition.fromLabel(w)));
        List<Integer> codes = actors.stream().map(a -> workbench.cowCode(a.strip(), "--actors")).toList();
        String version = nmcVersion != null ? nmcVersion : workbench.datasets().nmcVersions().stream()
                .map(DatasetCoverage::version).findFirst().orElseThrow(() -> new UserInputException("no NMC data loaded"));
        return new DyadFrames.Spec(from, to, codes, directed, additions, version);
    }

    static Path dictionaryPath(Path out) {
        String name = out.getFileName().toString();
        return out.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".sources.csv");
    }

    static void writeDictionary(List<ColumnSource> columns, Path file) {
        org.counterweight.report.Report.Table.Builder table = org.counterweight.report.Report.Table.builder(
                "sources", null, "column", "dataset", "meaning", "coverage");
        columns.forEach(c -> table.row(c.column(), c.dataset(), c.meaning(), c.coverage()));
        org.counterweight.report.export.TableExport.writeCsv(table.build(null), file);
    }
}
