package org.counterweight.cli;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json}. */
final class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, csv or json (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    OutputFormat format;

    /** Accepts lower-case names. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return org.counterweight.core.model.Labels.parse(OutputFormat.class, value, "--format");
        }
    }
}
