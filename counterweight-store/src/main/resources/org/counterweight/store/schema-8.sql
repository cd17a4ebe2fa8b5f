-- Counterweight knowledge base, schema version 8: curated ends of carried treaty obligations (a state
-- discontinuity such as the fall of the Islamic Republic of Afghanistan on 2021-08-15), one row each
-- with its source and locator. ATOP obligations carried past ATOP's last year that involve the state
-- hold up to the end's year and not after it (org.counterweight.core.model.ObligationEnd).

CREATE TABLE obligation_ends (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, state VARCHAR NOT NULL, end_date DATE NOT NULL,
  event VARCHAR NOT NULL, reason VARCHAR NOT NULL, source VARCHAR NOT NULL, locator VARCHAR NOT NULL
);
