package org.counterweight.core.model;

/**
 * One event type of the CAMEO codebook (Conflict and Mediation Event Observations; Gerner, Schrodt,
 * Yilmaz &amp; Abu-Jabr 2002, "Conflict and Mediation Event Observations (CAMEO): A New Event Data
 * Framework for the Analysis of Foreign Policy Interactions", ISA; codebook v1.1b3, Schrodt 2012) with
 * its Goldstein (1992) conflict-cooperation weight, as distributed with ICEWS.
 *
 * <p>The quad class follows the usual CAMEO grouping of root codes: 01-05 verbal cooperation (1),
 * 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
 *
 * @param code        the CAMEO code as text, leading zeros kept ("010" is not "10")
 * @param name        the event type's name
 * @param level       0 for the 20 root codes, 1 and 2 for finer codes
 * @param rootCode    the root code 1-20
 * @param goldstein   Goldstein (1992, "A Conflict-Cooperation Scale for WEIS Events Data", <i>Journal of
 *                    Conflict Resolution</i> 36(2):369-85) weight, -10 (most conflictual) to +10
 * @param description the codebook's description, or null (root codes have none)
 */
public record CameoCode(String code, String name, int level, int rootCode, double goldstein, String description) {

    public CameoCode {
        code = Checks.text(code, "code");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2-4 digits, got '" + code + "'");
        }
        name = Checks.text(name, "name");
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("level must be 0-2, got " + level);
        }
        if (rootCode < 1 || rootCode > 20) {
            throw new IllegalArgumentException("root code must be 1-20, got " + rootCode);
        }
        if (Integer.parseInt(code.substring(0, 2)) != rootCode) {
            throw new IllegalArgumentException("code " + code + " does not start with root code " + rootCode);
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein weight must be in [-10, 10], got " + goldstein);
        }
        description = Checks.optionalText(description);
    }

    /** The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
        return quadClassOfRoot(rootCode);
    }

    /** The quad class of a root code 1-20. */
    public static int quadClassOfRoot(int rootCode) {
        if (rootCode < 1 || rootCode > 20) {
            throw new IllegalArgumentException("root code must be 1-20, got " + rootCode);
        }
        if (rootCode <= 5) {
            return 1;
        }
        if (rootCode <= 8) {
            return 2;
        }
        return rootCode <= 13 ? 3 : 4;
    }
}
