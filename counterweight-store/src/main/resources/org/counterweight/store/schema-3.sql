-- Counterweight knowledge base, schema version 3: the aliases of agreements (other surface forms
-- analysts use for them, matched case-sensitively by the article gazetteer), one row each, in the
-- order the case file gives them. A store migrated from version 2 starts with none, which is
-- correct: no case file read before could declare any. Its bundled cases are imported again on the
-- next start, as import hashes cover the schema version (and a case file that gained aliases has
-- new content anyway).

CREATE TABLE agreement_aliases (
  dataset VARCHAR NOT NULL, agreement_id VARCHAR NOT NULL, alias VARCHAR NOT NULL, position INTEGER NOT NULL
);
