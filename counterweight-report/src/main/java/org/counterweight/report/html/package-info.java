/**
 * Rendering a {@link org.counterweight.report.Report} as one self-contained HTML file: inline CSS,
 * inline SVG charts, no scripts and no external URLs, so it opens offline and prints cleanly.
 */
package org.counterweight.report.html;
