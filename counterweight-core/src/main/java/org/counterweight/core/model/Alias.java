package org.counterweight.core.model;

import java.util.Objects;

/** One way of referring to an actor in text. */
public record Alias(String text, AliasKind kind) {
    public Alias {
        text = Checks.text(text, "alias");
        Objects.requireNonNull(kind, "alias kind is required");
    }
}
