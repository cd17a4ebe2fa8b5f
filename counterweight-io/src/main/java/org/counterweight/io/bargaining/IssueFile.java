package org.counterweight.io.bargaining;

import java.util.List;

/**
 * A bargaining issue as read from a file.
 *
 * @param file      the file's name, as errors name it
 * @param format    CSV (a replication table) or YAML (an issue file)
 * @param id        the issue's id (a table: its file name without the extension)
 * @param title     what is bargained over
 * @param question  the question the issue answers, or null
 * @param caseId    the case whose knowledge base and sources it reads, or null (a table reads none)
 * @param year      the year knowledge-base inputs are read for, or null when none are
 * @param scale     the issue's scale, or null (a table: the span of its positions)
 * @param rounds    the rounds the file suggests, or null
 * @param statusQuo Q, or null for the model's default
 * @param toward    T, or null for the model's default
 * @param actors    at least two, names unique
 */
public record IssueFile(String file, Format format, String id, String title, String question, String caseId,
        Integer year, Scale scale, Integer rounds, Double statusQuo, Double toward, List<IssueActor> actors) {
    public IssueFile {
        actors = List.copyOf(actors);
    }

    /** Which kind of file. */
    public enum Format {
        /** {@code Actor,Capability,Position,Salience} with optional range columns. */
        CSV,
        /** The project's issue file. */
        YAML
    }

    /**
     * An issue file's scale with what its ends mean.
     *
     * @param min  the lowest position
     * @param max  the highest position
     * @param low  what the lowest position means ("full CAATSA sanctions"), or null
     * @param high what the highest position means ("a waiver"), or null
     */
    public record Scale(double min, double max, String low, String high) {
    }
}
