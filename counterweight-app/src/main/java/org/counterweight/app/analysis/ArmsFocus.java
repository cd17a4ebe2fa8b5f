package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.arms.PartnerShares.Direction;

/**
 * Whose arms trade a request is about: the imports of a recipient (by supplier) or the exports of a
 * supplier (by recipient), from one SIPRI arms-transfer release.
 *
 * @param actor     the recipient or supplier as the user wrote it (ISO3 code, COW code, name)
 * @param direction {@link Direction#IMPORTS} for a recipient, {@link Direction#EXPORTS} for a supplier
 * @param release   the one SIPRI release to read, or null for every release loaded, merged (each
 *                  supplier-recipient-year from the newest release covering it)
 */
public record ArmsFocus(String actor, Direction direction, String release) {
    public ArmsFocus {
        Objects.requireNonNull(direction, "direction");
        if (actor == null || actor.isBlank()) {
            throw new InvalidRequestException(direction == Direction.IMPORTS ? "recipient" : "supplier",
                    "name a state");
        }
    }

    /** The imports of {@code actor}. */
    public static ArmsFocus recipient(String actor, String release) {
        return new ArmsFocus(actor, Direction.IMPORTS, release);
    }

    /** The exports of {@code actor}. */
    public static ArmsFocus supplier(String actor, String release) {
        return new ArmsFocus(actor, Direction.EXPORTS, release);
    }

    public boolean imports() {
        return direction == Direction.IMPORTS;
    }

    /** The request parameter that names the actor: {@code recipient} or {@code supplier}. */
    public String parameter() {
        return imports() ? "recipient" : "supplier";
    }
}
