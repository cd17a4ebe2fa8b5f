-- Counterweight knowledge base, schema version 11: curated English adjectives of sovereign states
-- (data/datasets/country-codes/SOURCE.md, state_adjectives_curated.csv), one row per state by ISO3
-- with its source; the adjectives are joined with '|' (NULL when none is safe to match). Read with
-- the current capitals into the aliases of the states that reach the actor directory through the
-- country-code crosswalk (org.counterweight.core.actor.CrosswalkAliases).

CREATE TABLE state_adjectives (
  dataset VARCHAR NOT NULL, iso3 VARCHAR NOT NULL, adjectives VARCHAR, source VARCHAR NOT NULL
);
