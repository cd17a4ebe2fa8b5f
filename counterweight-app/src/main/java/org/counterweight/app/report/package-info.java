/**
 * The analyst's report of a case in a year, assembled from the other services' results: the
 * alignment network, timeline, power, arms, similarity, balance, landscape and scenario sections and
 * the evidence and data appendices, each table with the command that reproduces it. The document
 * model and its rendering (HTML, SVG, exports) belong to {@code counterweight-report}; writing the
 * files is the interface's.
 */
package org.counterweight.app.report;
