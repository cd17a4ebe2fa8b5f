-- Counterweight knowledge base, schema version 4: cached results are typed. Each entry names the
-- codec that wrote it (kind and format version) and holds its bytes, instead of comma-joined text
-- read back by position. Entries of version 3 are dropped: the cache only saves time.

DROP TABLE result_cache;

CREATE TABLE result_cache (
  key VARCHAR PRIMARY KEY,
  codec VARCHAR NOT NULL,
  payload BLOB NOT NULL,
  created_at TIMESTAMP NOT NULL
);
