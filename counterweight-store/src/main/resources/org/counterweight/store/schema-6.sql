-- Counterweight knowledge base, schema version 6: what each piece of evidence supports in its entry
-- (existence, start or end: the sources of a relation's validity interval). Rows stored before say
-- nothing more than that the entry exists, so they read 'existence'. Bundled cases are imported
-- again on the next start, as import hashes cover the schema version, and gain their start and end
-- sources then.

ALTER TABLE evidence ADD COLUMN supports VARCHAR DEFAULT 'existence';
