package org.counterweight.core.events;

/**
 * The four "quad" classes of a CAMEO event, as GDELT codes them in its QuadClass field: verbal or
 * material, cooperation or conflict. The class follows from the event's root code (Schrodt 2012,
 * CAMEO codebook 1.1b3; GDELT 1.0 Event Database codebook, field QuadClass): roots 01-05 verbal
 * cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int code;

    QuadClass(int code) {
        this.code = code;
    }

    /** GDELT's QuadClass number, 1-4. */
    public int code() {
        return code;
    }

    public boolean isCooperation() {
        return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
    }

    public boolean isVerbal() {
        return this == VERBAL_COOPERATION || this == VERBAL_CONFLICT;
    }

    /** The class of GDELT's QuadClass number. */
    public static QuadClass ofCode(int code) {
        for (QuadClass quad : values()) {
            if (quad.code == code) {
                return quad;
            }
        }
        throw new IllegalArgumentException("QuadClass must be 1-4, got " + code);
    }

    /**
     * The class of a CAMEO event code from its two-digit root ("0834" and "083" have root 08).
     *
     * @throws IllegalArgumentException when the code does not start with a root 01-20
     */
    public static QuadClass ofEventCode(String eventCode) {
        if (eventCode == null || eventCode.length() < 2 || !Character.isDigit(eventCode.charAt(0))
                || !Character.isDigit(eventCode.charAt(1))) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + eventCode + "'");
        }
        int root = Integer.parseInt(eventCode.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root codes run 01-20, got '" + eventCode + "'");
        }
        if (root <= 5) {
            return VERBAL_COOPERATION;
        }
        if (root <= 8) {
            return MATERIAL_COOPERATION;
        }
        return root <= 13 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
    }
}
