#!/usr/bin/env python3
"""Builds TIV-Import-PAK-2015-2019.csv, an imports-to-Pakistan TIV table in SIPRI's layout
(title, note lines, 'Generated:' line, header with one column per year and Total, one row per
supplier, blank line, Total row), from the bundled long extract
data/datasets/sipri-arms-transfers/tiv_flows_to_south_asia_china_1950_2021.csv (recipient Pakistan,
2015-2019, every supplier). The layout follows SIPRI's 28 July 2022 exports as stored in GitHub
360-info/report-arms-trade, data/trademap-raw/ (e.g. TIV-Export-PAK-1950-2021.csv).
Run from the repository root: python3 counterweight-io/src/test/resources/sipri/make_pakistan_fixture.py
"""
import collections
import csv
import io

YEARS = list(range(2015, 2020))
SRC = "data/datasets/sipri-arms-transfers/tiv_flows_to_south_asia_china_1950_2021.csv"
OUT = "counterweight-io/src/test/resources/sipri/TIV-Import-PAK-2015-2019.csv"

cells = collections.defaultdict(dict)
for r in csv.DictReader(open(SRC, newline="")):
    if r["recipient"] == "Pakistan" and 2015 <= int(r["year"]) <= 2019:
        cells[r["supplier"]][int(r["year"])] = int(r["tiv_millions"])

width = len(YEARS) + 2
pad = lambda first: [first] + [""] * (width - 1)
rows = [pad("TIV of arms imports to Pakistan, 2015-2019"),
        pad("Figures are SIPRI Trend Indicator Values (TIVs) expressed in millions."),
        pad("Figures may not add up due to the conventions of rounding."),
        pad("A '0' indicates that the value of deliveries is less than 0.5m"),
        pad("For more information, see http://www.sipri.org/databases/armstransfers/sources-and-methods/"),
        pad(""), pad(""),
        pad("Source: SIPRI Arms Transfers Database"),
        pad("Generated: 28 July 2022"),
        pad(""),
        [""] + [str(y) for y in YEARS] + ["Total"]]
for supplier in sorted(cells):
    row = cells[supplier]
    rows.append([supplier] + [str(row[y]) if y in row else "" for y in YEARS] + [str(sum(row.values()))])
rows.append(pad(""))
totals = [sum(cells[s].get(y, 0) for s in cells) for y in YEARS]
rows.append(["Total"] + [str(t) for t in totals] + [str(sum(totals))])

buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows(rows)
open(OUT, "w", newline="").write(buf.getvalue())
