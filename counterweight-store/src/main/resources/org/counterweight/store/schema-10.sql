-- Counterweight knowledge base, schema version 10: the covariates of peacesciencer-style frames, each
-- from its bundled dataset (data/datasets/*/SOURCE.md): democracy scores and simulated GDP by
-- state-year, MIDs by directed dyad-year (GML 2.2.1 and COW 5.0, one dispute per dyad-year; a
-- dyad-year without a dispute is absent), capital spells with coordinates (peacesciencer's and the
-- curated corrections), CShapes minimum distances as runs of years, COW IGO shared memberships by
-- non-directed dyad-year and memberships by state-year. Missing values are NULL, never 0.

CREATE TABLE democracy (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, year INTEGER NOT NULL, v2x_polyarchy DOUBLE, polity2 DOUBLE,
  xm_qudsest DOUBLE
);

CREATE TABLE economy (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, year INTEGER NOT NULL, wbgdp2011est DOUBLE, wbpopest DOUBLE,
  sdpest DOUBLE, wbgdppc2011est DOUBLE
);

CREATE TABLE disputes (
  dataset VARCHAR NOT NULL, dispnum INTEGER NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL,
  year INTEGER NOT NULL, onset BOOLEAN NOT NULL, hostlev1 INTEGER NOT NULL, hostlev2 INTEGER NOT NULL,
  hostlev INTEGER NOT NULL, fatality INTEGER NOT NULL
);

CREATE TABLE capitals (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, capital VARCHAR NOT NULL, start_date DATE NOT NULL,
  end_date DATE NOT NULL, lat DOUBLE NOT NULL, lng DOUBLE NOT NULL, source VARCHAR NOT NULL, quote VARCHAR
);

CREATE TABLE min_distances (
  dataset VARCHAR NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, first_year INTEGER NOT NULL,
  last_year INTEGER NOT NULL, mindist DOUBLE NOT NULL
);

CREATE TABLE igo_dyads (
  dataset VARCHAR NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL,
  dyadigos INTEGER NOT NULL
);

CREATE TABLE igo_states (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, year INTEGER NOT NULL, sum_igo_full INTEGER NOT NULL,
  sum_igo_associate INTEGER NOT NULL, sum_igo_observer INTEGER NOT NULL, sum_igo_anytype INTEGER NOT NULL
);
