package org.counterweight.app.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * @param kinds       the kinds the annotator covered (the file's {@code kinds:}, all kinds when it has
 *                    none): only these are scored, so an article annotated for relations, events and
 *                    agreements does not count every actor the extractor finds as spurious
 */
public record GoldArticle(String id, String text, PartialDate date, String author, List<Annotation> annotations,
        Set<MentionKind> kinds) {
    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
        kinds = kinds.isEmpty() ? EnumSet.allOf(MentionKind.class) : EnumSet.copyOf(kinds);
        for (Annotation a : annotations) {
            if (!kinds.contains(a.kind())) {
                throw new IllegalArgumentException("article " + id + " annotates " + a.kind().label()
                        + " but its kinds are " + kinds);
            }
        }
    }

    /** An article annotated for every kind. */
    public GoldArticle(String id, String text, PartialDate date, String author, List<Annotation> annotations) {
        this(id, text, date, author, annotations, Set.of());
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
