/**
 * Bargaining issue files: the input tables the public replications of Bueno de Mesquita's
 * expected-utility model read (CSV with the header {@code Actor,Capability,Position,Salience}, any letter
 * case, optional range columns) and the project's own YAML issue files, whose inputs are either drawn
 * from the knowledge base (a state's CINC or military expenditure) or an analyst's assumption with its
 * rationale and, where a source says it, a verbatim quote. Read into {@link
 * org.counterweight.io.bargaining.IssueFile} with errors naming the file, line and field; knowledge-base
 * references are resolved by the application layer. Format: docs/bargaining-issues.md.
 */
package org.counterweight.io.bargaining;
