package org.counterweight.app.ingest;

import java.util.List;
import java.util.Objects;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.text.MentionKind;

/**
 * One hand-annotated article (docs/ingest-gold-format.md): its text as ingested and every finding an
 * annotator marked in it.
 *
 * @param id          the article's id ({@code gillani-2021})
 * @param text        the article text, exactly as ingested
 * @param date        the article's date, anchoring relative dates, or null
 * @param author      the author, or null
 * @param annotations the annotations, in file order
 */
public record GoldArticle(String id, String text, PartialDate date, String author, List<Annotation> annotations) {
    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
    }

    /**
     * One annotation.
     *
     * @param start offset in {@link #text()} of the annotated surface text
     * @param end   offset after it
     * @param value the normalised value, in the format of {@link org.counterweight.core.text.Mention#value()}
     */
    public record Annotation(MentionKind kind, int start, int end, String value) {
    }
}
