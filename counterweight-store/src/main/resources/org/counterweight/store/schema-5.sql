-- Counterweight knowledge base, schema version 5: what each SIPRI arms-transfer release holds in
-- full (a recipient's imports or a supplier's exports over a span of years), so that imports of
-- several releases add to each other instead of the newest hiding the rest: each
-- supplier-recipient-year is read from the newest release covering its recipient or its supplier.
-- Bundled extracts are imported again on the next start (import hashes cover the schema version)
-- and declare their coverage then. Files users imported before are given the coverage their rows
-- show: a TIV table slot with one recipient held that recipient's imports, else one with one
-- supplier that supplier's exports, over the years with deliveries (the title's years are not
-- stored; importing the file again records them exactly); a long-form slot held each of its
-- recipients over the years it spans.

CREATE TABLE arms_coverage (
  dataset VARCHAR NOT NULL, release VARCHAR NOT NULL, side VARCHAR NOT NULL, country VARCHAR NOT NULL,
  ccode INTEGER, first_year INTEGER NOT NULL, last_year INTEGER NOT NULL
);

INSERT INTO arms_coverage
SELECT t.dataset, t.release, 'RECIPIENT', t.recipient, any_value(t.recipient_ccode), s.first_year, s.last_year
FROM arms_transfers t
JOIN (SELECT dataset, release, min(year) AS first_year, max(year) AS last_year FROM arms_transfers
      WHERE dataset LIKE 'sipri-tiv:%' GROUP BY dataset, release) s ON s.dataset = t.dataset AND s.release = t.release
GROUP BY t.dataset, t.release, t.recipient, s.first_year, s.last_year;

INSERT INTO arms_coverage
SELECT dataset, any_value(release),
       CASE WHEN count(DISTINCT recipient) = 1 THEN 'RECIPIENT' ELSE 'SUPPLIER' END,
       CASE WHEN count(DISTINCT recipient) = 1 THEN any_value(recipient) ELSE any_value(supplier) END,
       CASE WHEN count(DISTINCT recipient) = 1 THEN any_value(recipient_ccode) ELSE any_value(supplier_ccode) END,
       min(year), max(year)
FROM arms_transfers WHERE dataset LIKE 'sipri-tiv-table:%'
GROUP BY dataset HAVING count(DISTINCT recipient) = 1 OR count(DISTINCT supplier) = 1;
