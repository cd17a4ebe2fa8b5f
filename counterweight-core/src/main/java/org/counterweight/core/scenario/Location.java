package org.counterweight.core.scenario;

/**
 * Where a part of a scenario was written: the file, the 1-based line and the field's path (such as
 * {@code interventions[1].actors}), so that a check made when the scenario runs (an intervention
 * against the state it acts on) names the place to fix, as a reading error does.
 *
 * @param file  the file's name ("" for a scenario built in code)
 * @param line  the 1-based line, 0 when unknown
 * @param field the field's path, "" when unknown
 */
public record Location(String file, long line, String field) {
    /** The location of a scenario part built in code, not read from a file. */
    public static final Location IN_CODE = new Location("", 0, "");

    public Location {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
    }

    /** The same place, another field below it (such as {@code .actors} of an intervention). */
    public Location field(String child) {
        return new Location(file, line, field.isEmpty() ? child : field + "." + child);
    }
}
