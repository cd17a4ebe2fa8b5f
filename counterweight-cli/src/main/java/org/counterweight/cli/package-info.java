/**
 * The {@code counterweight} command line: one picocli command class per subcommand, shared options
 * as mixins, results rendered as table, CSV or JSON. Commands only parse arguments, call the store
 * and the core, and render; bad input exits with code 2, other failures with 1.
 */
package org.counterweight.cli;
