package org.counterweight.cli;

/** How results are printed. */
enum OutputFormat {
    TABLE, CSV, JSON
}
