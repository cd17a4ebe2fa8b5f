-- Counterweight knowledge base, schema version 2: a cache of derived results (Monte Carlo ensembles
-- and the like), keyed by a hash of everything they were computed from. Entries never go stale:
-- different inputs give a different key. Clearing the table loses nothing but time.

CREATE TABLE result_cache (
  key VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  value VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);
