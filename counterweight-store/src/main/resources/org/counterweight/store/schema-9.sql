-- Counterweight knowledge base, schema version 9: the history of imports. Every import gets an id and
-- a row here, kept after it is replaced or undone: what it loaded (slot, format, version, file, its
-- content's SHA-256), how many rows, when, and its state: 'loaded' (its rows are in the tables),
-- 'replaced' (another import replaced it; its rows wait in the schema "shelved" and come back when
-- that import is undone), 'superseded' (bundled data reloaded after an upgrade) or 'undone'.
-- Imports recorded before this version are entered as loaded, in the order they were made; the
-- format of users' files is the prefix of their slot (cow-nmc:NMC.csv).

CREATE TABLE import_history (
  id BIGINT PRIMARY KEY, dataset VARCHAR NOT NULL, kind VARCHAR NOT NULL, format VARCHAR, version VARCHAR,
  identity VARCHAR, file_name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, file_sha256 VARCHAR,
  row_count BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL, state VARCHAR NOT NULL, replaced_by BIGINT,
  ended_at TIMESTAMP
);

INSERT INTO import_history
SELECT row_number() OVER (ORDER BY imported_at, dataset), dataset, kind,
       CASE WHEN kind = 'user' THEN split_part(dataset, ':', 1) END, NULL, NULL, file_name, sha256, NULL, row_count,
       imported_at, 'loaded', NULL, NULL
FROM imports;

-- The case each case builds on (its case file's "extends:"), one row per extending case, held in the
-- extending case's slot: reading a case reads the cases it extends too, its own entries standing in
-- for theirs with the same id.
CREATE TABLE case_bases (
  dataset VARCHAR NOT NULL, case_id VARCHAR NOT NULL, base VARCHAR NOT NULL
);
