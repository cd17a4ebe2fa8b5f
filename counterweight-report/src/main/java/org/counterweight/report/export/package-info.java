/**
 * Exports written beside the report, so its tables and network can be reused outside it: every
 * {@link org.counterweight.report.Report.Table} as CSV (RFC 4180) and JSON ({@link
 * org.counterweight.report.export.TableExport}), and the signed alignment network ({@link
 * org.counterweight.report.export.SignedGraph}) as GraphML 1.0 and GEXF 1.3 for yEd and Gephi ({@link
 * org.counterweight.report.export.NetworkExport}).
 *
 * <p>Pure Java: depends only on the JDK and on {@link org.counterweight.report}'s document model; no
 * JSON or XML library. Output is deterministic (no clock, no hash order), UTF-8, and numbers are
 * written with {@link java.util.Locale#ROOT} in the shortest decimal form that reads back as the same
 * {@code double}. A missing value (null, NaN, infinite) is written as a gap (empty CSV cell, JSON
 * {@code null}, no GraphML/GEXF value), never as 0 or "NaN".
 */
package org.counterweight.report.export;
