/**
 * The {@code counterweight} command line, an interface over counterweight-app: one picocli command
 * class per subcommand, shared options as mixins ({@code --case}, {@code --year}, {@code --from}
 * {@code --to}, {@code --runs} {@code --seed} {@code --threads}, {@code --db}, {@code --format}), each
 * with help and examples. A command parses its options into a request, calls one service and renders
 * the service's tables as text, CSV or JSON (or writes the files it asked for). A request the service
 * refuses exits with code 2 naming the option at fault, bad input files with code 2 naming file, line
 * and field, other failures with 1.
 */
package org.counterweight.cli;
