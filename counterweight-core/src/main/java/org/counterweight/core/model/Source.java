package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An article, document or dataset that facts are taken from.
 *
 * @param id        stable lower-case id ({@code gillani-2021}, {@code cow-nmc-7.0})
 * @param kind      article, official document, news report, reference work or dataset
 * @param title     the title as published
 * @param authors   authors or publishing body; may be empty when the page names none
 * @param publisher publisher or distributor
 * @param date      publication or release date, as precise as known; null when unknown
 * @param version   edition, release or version; null when not versioned
 * @param url       where it was obtained; null when not known
 * @param citation  the citation to print ({@code cite}); derived from the other fields when null
 * @param terms     the terms of use
 */
public record Source(String id, SourceKind kind, String title, List<String> authors, String publisher,
        PartialDate date, String version, String url, String citation, String terms) {

    public Source {
        id = Checks.slug(id, "source id");
        Objects.requireNonNull(kind, "source kind is required");
        title = Checks.text(title, "source title");
        authors = Checks.list(authors, "authors");
        publisher = Checks.optionalText(publisher);
        version = Checks.optionalText(version);
        url = Checks.optionalText(url);
        citation = Checks.optionalText(citation);
        terms = Checks.optionalText(terms);
    }

    /** The citation to print: the given one, or authors (date). title. publisher. version. */
    public String citationText() {
        if (citation != null) {
            return citation;
        }
        StringBuilder text = new StringBuilder();
        text.append(authors.isEmpty() ? (publisher == null ? "Anonymous" : publisher) : String.join(", ", authors));
        text.append(" (").append(date == null ? "n.d." : date.toString()).append("). ");
        text.append(title).append('.');
        if (publisher != null && !authors.isEmpty()) {
            text.append(' ').append(publisher).append('.');
        }
        if (version != null) {
            text.append(" Version ").append(version).append('.');
        }
        if (url != null) {
            text.append(' ').append(url);
        }
        return text.toString();
    }
}
