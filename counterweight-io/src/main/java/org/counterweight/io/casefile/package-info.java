/**
 * Reading curated case files (YAML, see {@code docs/case-file-format.md}) into a validated
 * {@link org.counterweight.core.model.CaseFile}: references resolved, quotes checked verbatim
 * against the bundled article texts, CAMEO codes looked up for their Goldstein values.
 */
package org.counterweight.io.casefile;
