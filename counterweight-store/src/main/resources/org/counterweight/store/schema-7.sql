-- Counterweight knowledge base, schema version 7: curated names of COW state codes over years (COW
-- 365 is the Soviet Union in 1922-1991, 345 Serbia from 2006; ids and aliases of historical states),
-- one row each with its source. Empty years mean the code's first or last; aliases and successors
-- are joined with '|'. Read with the COW and G-W spells and the country-code list into the
-- year-aware state identities (org.counterweight.core.actor.StateIdentities).

CREATE TABLE state_names (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  abbreviation VARCHAR NOT NULL, first_year INTEGER, last_year INTEGER, gwcode INTEGER, aliases VARCHAR,
  successors VARCHAR, source VARCHAR NOT NULL
);
