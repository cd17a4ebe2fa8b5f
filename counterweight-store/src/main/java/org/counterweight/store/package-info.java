/**
 * The knowledge base on embedded DuckDB: a versioned schema ({@link org.counterweight.store.Schema}),
 * transactional and idempotent imports ({@link org.counterweight.store.ImportBatch}: rows are
 * staged in temporary tables and swapped in within one transaction, keyed by the content hash of
 * what was imported), and the queries the drivers ask. Storage failures surface as
 * {@link org.counterweight.store.StoreException}. Depends on the core model and the io readers.
 */
package org.counterweight.store;
