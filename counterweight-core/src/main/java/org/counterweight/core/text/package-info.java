/**
 * Reading analysts' prose: sentence splitting, gazetteer matching of actors and agreements, dates,
 * amounts, relation statements, stance (assessment, recommendation) and CAMEO event coding, all by
 * rules and lexicons, with character offsets into the text given.
 *
 * <p>Pure JDK: depends only on {@code org.counterweight.core.model} and
 * {@code org.counterweight.core.actor}. Regular expressions have no nested unbounded quantifiers,
 * sentences are capped at 2,000 characters and texts over 64 KiB are read in blocks, so text of
 * any size and content is read in linear time. Evaluation against hand annotations and the
 * throughput benchmark: docs/ingestion.md.
 */
package org.counterweight.core.text;
