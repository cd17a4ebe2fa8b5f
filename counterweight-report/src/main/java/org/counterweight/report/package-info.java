/**
 * The analyst's report: a model of the document ({@link org.counterweight.report.Report}: sections of
 * tables, charts and text, every number with its source), rendered to one self-contained HTML file
 * with inline SVG charts (no scripts or styles from the network), and exports. Pure rendering: the
 * CLI computes the content from the knowledge base and the core.
 */
package org.counterweight.report;
