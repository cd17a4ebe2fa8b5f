package org.counterweight.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --format table|csv|json}, {@code --table ID} and {@code --out-dir DIR}: how a command's tables
 * are printed or written. A CSV file holds one table, so several tables are never written into one CSV
 * stream: {@code --out-dir} writes each to its own file, {@code --table} picks one, and a CSV print of a
 * command with several tables holds its first and names the others on the error stream.
 */
final class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, csv or json (default: ${DEFAULT-VALUE}). CSV holds one table: with"
                    + " several, the first is printed and the others are named on stderr (use --table or --out-dir).",
            converter = FormatConverter.class)
    OutputFormat format;

    @Option(names = "--table", paramLabel = "ID", description = "Print only the table with this id (e.g."
            + " balance-summary); the ids are in the JSON output and the notes of a CSV print.")
    String table;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write each table to its own file in DIR,"
            + " ID.csv (table and csv formats) or ID.json (json), and print where.")
    Path outDir;

    /** Accepts lower-case names. */
    static final class FormatConverter extends LabelConverter<OutputFormat> {
        FormatConverter() {
            super(OutputFormat.class, "--format");
        }
    }
}
