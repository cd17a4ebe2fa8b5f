/**
 * Reading analysts' prose: sentence splitting, gazetteer matching of actors and agreements, dates,
 * amounts, relation statements, stance (assessment, recommendation) and CAMEO event coding, all by
 * rules and lexicons, with character offsets into the text given.
 *
 * <p>Pure JDK: depends only on {@code org.counterweight.core.model} and
 * {@code org.counterweight.core.actor}. Every regular expression here is linear in its input (no
 * nested unbounded quantifiers), so text of any size is scanned in linear time.
 */
package org.counterweight.core.text;
