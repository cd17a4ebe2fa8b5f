package org.counterweight.cli;

import java.util.List;
import java.util.Locale;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.store.CaseQueries.StoredSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cite", description = "Citations of the bundled datasets and sources (plain or BibTeX).")
final class CiteCommand extends StoreCommand {
    @Option(names = "--bibtex", description = "Print BibTeX entries instead of a table.")
    boolean bibtex;

    @Option(names = "--all", description = "Also cite the case's articles, documents and news reports, not only datasets.")
    boolean all;

    @Override
    List<ResultTable> run(Workbench workbench) {
        List<Source> sources = workbench.cases().sources().stream().map(StoredSource::source)
                .filter(s -> all || s.kind() == SourceKind.DATASET).toList();
        if (bibtex) {
            sources.forEach(s -> out().println(bibtex(s)));
            out().flush();
            return List.of();
        }
        ResultTable table = new ResultTable(null, "id", "version", "citation", "terms");
        sources.forEach(s -> table.add(s.id(), s.version(), s.citationText(), s.terms()));
        return List.of(table);
    }

    static String bibtex(Source source) {
        String type = switch (source.kind()) {
            case DATASET -> "@misc";
            case ARTICLE, NEWS_REPORT -> "@article";
            default -> "@misc";
        };
        StringBuilder entry = new StringBuilder(type).append('{').append(source.id().replace('.', '_')).append(",\n");
        field(entry, "title", source.title());
        if (!source.authors().isEmpty()) {
            field(entry, "author", String.join(" and ", source.authors()));
        }
        field(entry, "publisher", source.publisher());
        field(entry, "year", source.date() == null ? null : String.valueOf(source.date().year()));
        field(entry, "version", source.version());
        field(entry, "url", source.url());
        field(entry, "note", source.citationText());
        return entry.append("}\n").toString();
    }

    private static void field(StringBuilder entry, String name, String value) {
        if (value != null) {
            entry.append(String.format(Locale.ROOT, "  %s = {%s},%n", name, value.replace("{", "\\{").replace("}", "\\}")));
        }
    }
}
