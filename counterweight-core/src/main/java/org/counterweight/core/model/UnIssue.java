package org.counterweight.core.model;

/**
 * The six issue areas Voeten's UN General Assembly voting data assigns to roll calls (Voeten 2013,
 * "Data and Analyses of Voting in the UN General Assembly", in <i>Routledge Handbook of
 * International Organization</i>). A roll call may belong to several, or to none.
 */
public enum UnIssue {
    PALESTINIAN_CONFLICT("me", "Palestinian conflict"),
    NUCLEAR_WEAPONS("nu", "Nuclear weapons and nuclear material"),
    ARMS_CONTROL("di", "Arms control and disarmament"),
    HUMAN_RIGHTS("hr", "Human rights"),
    COLONIALISM("co", "Colonialism"),
    ECONOMIC_DEVELOPMENT("ec", "Economic development");

    private final String shortName;
    private final String label;

    UnIssue(String shortName, String label) {
        this.shortName = shortName;
        this.label = label;
    }

    /** The two-letter code used in the data ("me"). */
    public String shortName() {
        return shortName;
    }

    /** The issue's name as spelled in the data. */
    public String label() {
        return label;
    }

    /** The issue with this two-letter code. */
    public static UnIssue ofShortName(String shortName) {
        for (UnIssue issue : values()) {
            if (issue.shortName.equals(shortName)) {
                return issue;
            }
        }
        throw new IllegalArgumentException("unknown UN issue code '" + shortName + "'");
    }
}
