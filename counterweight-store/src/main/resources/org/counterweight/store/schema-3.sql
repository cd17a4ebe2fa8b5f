-- Counterweight knowledge base, schema version 3: the aliases of agreements (other surface forms
-- analysts use for them, matched case-sensitively by the article gazetteer), one row each, in the
-- order the case file gives them. Stores migrated from version 2 start with none: no case imported
-- before could declare any, and a case file that now does has a new content hash, so it is
-- imported again.

CREATE TABLE agreement_aliases (
  dataset VARCHAR NOT NULL, agreement_id VARCHAR NOT NULL, alias VARCHAR NOT NULL, position INTEGER NOT NULL
);
