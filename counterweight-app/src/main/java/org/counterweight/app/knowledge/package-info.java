/**
 * The curated knowledge of a case, as people browse it: its actors (and what a name, code, metonym,
 * person or compound refers to), agreements with the sources of their dates, claims with their exact
 * quotes (and the review of machine-proposed claims), relations, memberships and events. Every query
 * reads the one case its request names; {@link org.counterweight.app.knowledge.KnowledgeService}
 * answers them and {@link org.counterweight.app.knowledge.KnowledgeTables} turns the answers into
 * tables.
 */
package org.counterweight.app.knowledge;
