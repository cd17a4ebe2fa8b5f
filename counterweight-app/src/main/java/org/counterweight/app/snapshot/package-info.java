/**
 * The snapshot stage: a case over a span of years as analyses read it
 * ({@link org.counterweight.app.snapshot.CaseSnapshot}), its actors, the signed ties between its
 * states with the evidence behind each (after the tie datasets end, also from the imported events of
 * the event store), and capabilities and expenditure with their basis, loaded
 * from the store in a few batched queries and then free of I/O.
 */
package org.counterweight.app.snapshot;
