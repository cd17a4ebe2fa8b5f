/**
 * Reading analysts' prose: sentence splitting, gazetteer matching of actors and agreements, pronouns
 * read as the actors of the people they refer to, dates,
 * amounts, relation statements, stance (assessment, recommendation) and CAMEO event coding, all by
 * rules and lexicons, with character offsets into the text given.
 *
 * <p>Pure JDK: depends only on {@code org.counterweight.core.model} and
 * {@code org.counterweight.core.actor} (and {@code org.counterweight.core.estimation}'s quantiles and
 * {@code org.counterweight.core.ensemble}'s seeds for {@link org.counterweight.core.text.ScoreBootstrap}). Regular expressions have no nested unbounded quantifiers,
 * sentences are capped at 2,000 characters and texts over 64 KiB are read in blocks, so text of
 * any size and content is read in linear time. Evaluation against hand annotations and the
 * throughput benchmark: docs/ingestion.md.
 *
 * <p>The confidence of a finding and the strength of a relation cue are the rule author's ordinal
 * judgement (a name 0.95, a person 0.9, an adjective 0.85, a relation paired through the text's
 * topic 0.4...), not calibrated probabilities: no annotated corpus large enough to calibrate them
 * exists here. Use them to rank and filter, not as frequencies.
 */
package org.counterweight.core.text;
