/**
 * Reading the outside world into the domain model: case files, public datasets in their published
 * layouts, and the data bundled with Counterweight. Every reader reports bad input as an
 * {@link org.counterweight.io.InputFormatException} naming the file, line and field.
 * Depends on the core model only (and SnakeYAML Engine for case files).
 */
package org.counterweight.io;
