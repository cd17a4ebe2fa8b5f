package org.counterweight.io;

/**
 * Bad input: names the file, the 1-based line (0 when the problem is the whole file) and the field.
 * The CLI maps it to exit code 2.
 */
public final class InputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String field;

    public InputFormatException(String file, long line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public InputFormatException(String file, long line, String field, String problem, Throwable cause) {
        super(format(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String format(String file, long line, String field, String problem) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (field != null) {
            text.append(", field '").append(field).append('\'');
        }
        return text.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** The field (column or key), or null. */
    public String field() {
        return field;
    }
}
