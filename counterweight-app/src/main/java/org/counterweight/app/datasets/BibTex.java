package org.counterweight.app.datasets;

import java.util.Locale;
import org.counterweight.core.model.Source;

/** Sources as BibTeX entries: datasets as {@code @misc}, articles and news reports as {@code @article}. */
public final class BibTex {
    private BibTex() {
    }

    /** Every source's entry, each followed by a blank line. */
    public static String of(CitationsResult result) {
        StringBuilder text = new StringBuilder();
        result.sources().forEach(s -> text.append(entry(s)).append(System.lineSeparator()));
        return text.toString();
    }

    /** One source's entry, keyed by its id ('.' as '_'); braces in values are escaped. */
    public static String entry(Source source) {
        String type = switch (source.kind()) {
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
            entry.append(String.format(Locale.ROOT, "  %s = {%s},%n", name, value.replace("{", "\\{")
                    .replace("}", "\\}")));
        }
    }
}
