/**
 * A small RFC 4180 reader that keeps line numbers for error messages, and typed access to the
 * fields of a row. Used by every dataset reader.
 */
package org.counterweight.io.csv;
