/**
 * The domain model of the knowledge base: actors, sources, evidence and claims, agreements,
 * memberships, relations, events, and the dataset records (capabilities, military expenditure,
 * arms transfers). All types are immutable records validated on construction; they depend on
 * nothing but the JDK.
 *
 * <p>Gaps are explicit: an absent measurement is {@link java.util.OptionalDouble#empty()} or a
 * {@link org.counterweight.core.model.ValueStatus} other than {@code VALUE}, never a zero.
 */
package org.counterweight.core.model;
