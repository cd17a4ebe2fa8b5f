package org.counterweight.core.text;

import java.util.Locale;

/** What a finding is; the labels are those of the gold annotation format. */
public enum MentionKind {
    ACTOR, AGREEMENT, DATE, NUMBER, RELATION, EVENT, ASSESSMENT, RECOMMENDATION;

    /** The lower-case label ({@code actor}, {@code agreement}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label, case-insensitively. */
    public static MentionKind parse(String label) {
        for (MentionKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown finding kind '" + label + "'; expected one of actor, agreement,"
                + " date, number, relation, event, assessment, recommendation");
    }
}
