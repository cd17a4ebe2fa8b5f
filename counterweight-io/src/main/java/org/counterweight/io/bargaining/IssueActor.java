package org.counterweight.io.bargaining;

/**
 * One actor of an issue file.
 *
 * @param line       the line it starts on
 * @param name       its name in tables
 * @param capability its capability on the issue
 * @param position   its position on the issue's scale
 * @param salience   the issue's salience to it, in [0, 1]
 */
public record IssueActor(long line, String name, InputSpec capability, InputSpec position, InputSpec salience) {
}
