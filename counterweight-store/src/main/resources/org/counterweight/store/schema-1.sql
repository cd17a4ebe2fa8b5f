-- Counterweight knowledge base, schema version 1.
-- Every table that holds imported rows has a leading "dataset" column naming the import slot
-- (a bundled dataset id such as cow-nmc-7.0, or case:<id> for a case file); an import replaces
-- exactly the rows of its slot. Missing values are NULL, never 0; *_status columns say why.

CREATE TABLE imports (
  dataset VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  row_count BIGINT NOT NULL,
  imported_at TIMESTAMP NOT NULL
);

CREATE TABLE sources (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL, title VARCHAR NOT NULL,
  authors VARCHAR, publisher VARCHAR, date VARCHAR, version VARCHAR, url VARCHAR,
  citation VARCHAR NOT NULL, terms VARCHAR, notes_resource VARCHAR
);

CREATE TABLE actors (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL, name VARCHAR NOT NULL,
  cow INTEGER, gw INTEGER, cameo VARCHAR
);

CREATE TABLE actor_aliases (
  dataset VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, alias VARCHAR NOT NULL, kind VARCHAR NOT NULL
);

CREATE TABLE evidence (
  dataset VARCHAR NOT NULL, owner_kind VARCHAR NOT NULL, owner_id VARCHAR NOT NULL, position INTEGER NOT NULL,
  source_id VARCHAR NOT NULL, quote VARCHAR, locator VARCHAR
);

CREATE TABLE agreements (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL, short_name VARCHAR, type VARCHAR NOT NULL,
  parties VARCHAR NOT NULL, announced VARCHAR, signed VARCHAR, signed_year INTEGER, in_force VARCHAR,
  lapsed VARCHAR, lapsed_year INTEGER, description VARCHAR
);

CREATE TABLE agreement_parties (
  dataset VARCHAR NOT NULL, agreement_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, position INTEGER NOT NULL
);

CREATE TABLE memberships (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, member VARCHAR NOT NULL, organisation VARCHAR NOT NULL,
  role VARCHAR NOT NULL, from_date VARCHAR NOT NULL, from_year INTEGER NOT NULL, to_date VARCHAR, to_year INTEGER
);

CREATE TABLE relations (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, a VARCHAR NOT NULL, b VARCHAR NOT NULL, type VARCHAR NOT NULL,
  sign INTEGER NOT NULL, strength DOUBLE NOT NULL, from_date VARCHAR NOT NULL, from_year INTEGER NOT NULL,
  to_date VARCHAR, to_year INTEGER, note VARCHAR
);

CREATE TABLE events (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, date VARCHAR NOT NULL, year INTEGER NOT NULL,
  source_actor VARCHAR NOT NULL, target_actor VARCHAR NOT NULL, cameo VARCHAR NOT NULL, goldstein DOUBLE NOT NULL,
  description VARCHAR
);

CREATE TABLE claims (
  dataset VARCHAR NOT NULL, id VARCHAR NOT NULL, case_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
  subjects VARCHAR NOT NULL, predicate VARCHAR NOT NULL, objects VARCHAR NOT NULL,
  when_from VARCHAR, when_to VARCHAR, value_amount DOUBLE, value_unit VARCHAR, attributed_to VARCHAR,
  status VARCHAR NOT NULL, confidence DOUBLE NOT NULL
);

CREATE TABLE nmc (
  dataset VARCHAR NOT NULL, version VARCHAR NOT NULL, ccode INTEGER NOT NULL, stateabb VARCHAR NOT NULL,
  year INTEGER NOT NULL, milex DOUBLE, milper DOUBLE, irst DOUBLE, pec DOUBLE, tpop DOUBLE, upop DOUBLE, cinc DOUBLE
);

CREATE TABLE milex (
  dataset VARCHAR NOT NULL, release VARCHAR NOT NULL, country VARCHAR NOT NULL, ccode INTEGER, year INTEGER NOT NULL,
  price_base_year INTEGER NOT NULL, constant_usd_m DOUBLE, constant_status VARCHAR NOT NULL,
  share_of_gdp DOUBLE, share_status VARCHAR NOT NULL
);

CREATE TABLE arms_transfers (
  dataset VARCHAR NOT NULL, release VARCHAR NOT NULL, supplier VARCHAR NOT NULL, supplier_ccode INTEGER,
  recipient VARCHAR NOT NULL, recipient_ccode INTEGER, year INTEGER NOT NULL, tiv DOUBLE NOT NULL
);

CREATE TABLE arms_export_totals (
  dataset VARCHAR NOT NULL, release VARCHAR NOT NULL, supplier VARCHAR NOT NULL, supplier_ccode INTEGER,
  year INTEGER NOT NULL, tiv DOUBLE NOT NULL
);

CREATE TABLE atop_ddy (
  dataset VARCHAR NOT NULL, version VARCHAR NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL,
  year INTEGER NOT NULL, defense BOOLEAN NOT NULL, offense BOOLEAN NOT NULL, neutral BOOLEAN NOT NULL,
  nonaggression BOOLEAN NOT NULL, consultation BOOLEAN NOT NULL
);

CREATE TABLE state_spells (
  dataset VARCHAR NOT NULL, system VARCHAR NOT NULL, code INTEGER NOT NULL, abbreviation VARCHAR NOT NULL,
  name VARCHAR NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL, microstate BOOLEAN NOT NULL
);

CREATE TABLE country_codes (
  dataset VARCHAR NOT NULL, name VARCHAR NOT NULL, iso_name VARCHAR, cow_name VARCHAR, iso2 VARCHAR, iso3 VARCHAR,
  iso_numeric INTEGER, cow_abb VARCHAR, cow_code INTEGER, gw_abb VARCHAR, gw_code INTEGER, fips VARCHAR,
  region VARCHAR, continent VARCHAR, un_region VARCHAR, un_subregion VARCHAR, name_regex VARCHAR
);

CREATE TABLE rivalries (
  dataset VARCHAR NOT NULL, number INTEGER NOT NULL, name VARCHAR NOT NULL, ccode1 INTEGER NOT NULL,
  ccode2 INTEGER NOT NULL, start_year INTEGER NOT NULL, end_year INTEGER NOT NULL, region VARCHAR, types VARCHAR
);

CREATE TABLE contiguity (
  dataset VARCHAR NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, type INTEGER NOT NULL,
  start_date DATE NOT NULL, end_date DATE NOT NULL
);

CREATE TABLE major_powers (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL
);

CREATE TABLE un_roll_calls (
  dataset VARCHAR NOT NULL, rcid INTEGER NOT NULL, session INTEGER NOT NULL, important BOOLEAN, date DATE,
  resolution VARCHAR, amendment BOOLEAN, paragraph BOOLEAN, short_title VARCHAR, description VARCHAR, issues VARCHAR
);

CREATE TABLE un_votes (
  dataset VARCHAR NOT NULL, rcid INTEGER NOT NULL, ccode INTEGER NOT NULL, vote VARCHAR NOT NULL
);

CREATE TABLE un_ideal_points (
  dataset VARCHAR NOT NULL, ccode INTEGER NOT NULL, year INTEGER NOT NULL, ideal_point_fp DOUBLE,
  ideal_point_all DOUBLE, ideal_point_legacy DOUBLE, n_votes_fp INTEGER, n_votes_all INTEGER, n_votes_legacy INTEGER,
  q5_fp DOUBLE, q95_fp DOUBLE, q5_all DOUBLE, q95_all DOUBLE
);

CREATE TABLE un_agreement (
  dataset VARCHAR NOT NULL, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL,
  agree DOUBLE NOT NULL, n_joint_votes INTEGER NOT NULL
);

CREATE TABLE cameo_codes (
  dataset VARCHAR NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL, level INTEGER NOT NULL,
  root_code INTEGER NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL, description VARCHAR
);

CREATE TABLE arms_deals (
  dataset VARCHAR NOT NULL, release VARCHAR NOT NULL, recipient VARCHAR NOT NULL, recipient_ccode INTEGER,
  supplier VARCHAR NOT NULL, supplier_ccode INTEGER, order_year INTEGER NOT NULL, order_year_uncertain BOOLEAN NOT NULL,
  number_ordered INTEGER, number_ordered_uncertain BOOLEAN NOT NULL, designation VARCHAR, description VARCHAR,
  number_delivered INTEGER, number_delivered_uncertain BOOLEAN NOT NULL, delivery_years VARCHAR, status VARCHAR,
  comments VARCHAR, tiv_per_unit DOUBLE, tiv_total_order DOUBLE, tiv_delivered DOUBLE
);
