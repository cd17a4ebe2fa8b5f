// Counterweight workbench UI: plain JavaScript over the JSON API, no libraries, nothing fetched from
// elsewhere. Every page reads the tables the API answers (the CLI's --format json) and shows each
// value with its basis and source. Text from the data is set as text, never as HTML.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const SIGN_COLOUR = { '+': '#1f6fb2', '-': '#c0392b' };
const SERIES_COLOURS = ['#1f6fb2', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#2c3e50'];

const state = { config: null, sources: null, coverage: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** GETs an API path; answers its tables as an array (one table or several). */
async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) {
    const e = body.error || {};
    throw new Error((e.field ? e.field + ': ' : '') + (e.message || response.status)
      + (e.file ? ' (' + e.file + (e.line ? ', line ' + e.line : '') + ')' : ''));
  }
  return body;
}

async function tables(path) {
  const body = await api(path);
  return Array.isArray(body) ? body : [body];
}

async function sources() {
  if (!state.sources) {
    const [t] = await tables('/api/sources');
    state.sources = Object.fromEntries(t.rows.map(r => [r.id, r]));
  }
  return state.sources;
}

/**
 * What the knowledge base covers for the case (/api/coverage): the years of its views, each source's span
 * and how a later year is shown, and the imported event files. Read once; an import empties it.
 */
async function coverage() {
  if (!state.coverage) {
    const [years, spans, events] = await tables('/api/coverage');
    const row = years.rows[0];
    state.coverage = { first: row.first_year, last: row.last_year, rule: years.notes[0] || '', spans, events };
  }
  return state.coverage;
}

function sourceLine(id) {
  if (!id) return null;
  const s = state.sources && state.sources[id];
  return el('span', { class: 'muted' }, 'Source: ', s ? s.title + (s.date ? ' (' + s.date + ')' : '') + ' [' + id + ']' : id);
}

/** Replaces a node's children, leaving out the absent ones (replaceChildren would write null as "null"). */
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined));
}

function show(...children) {
  fill(document.getElementById('main'), ...children);
}

function failure(e) {
  return el('p', { class: 'error', role: 'alert' }, String(e.message || e));
}

/**
 * A cell as the CLI's tables print it (app.Rounding.text): a number that is not whole to at most 10
 * significant digits in plain decimals, a whole number without a decimal point, a gap empty.
 */
function cellText(v) {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number' || Number.isInteger(v) || !isFinite(v)) return String(v);
  const rounded = Number(v.toPrecision(10));
  if (Math.abs(rounded) >= 1e-6) return String(rounded);
  // below 1e-6 String() writes an exponent: plain decimals, as BigDecimal.toPlainString() does
  return rounded.toFixed(Math.min(100, 9 - Math.floor(Math.log10(Math.abs(rounded))))).replace(/\.?0+$/, '');
}

/**
 * A table in a box that scrolls sideways when the table is wider. Its cells wrap at spaces only (app.css), so
 * a quote, and any other text longer than 40 characters, gets a column wide enough to read (td.quote, td.long:
 * 16rem at least) rather than a few words a line.
 */
function tableView(t, columns) {
  const cols = columns || t.columns;
  const cls = (c, text) => /quote|evidence/.test(c) ? 'quote' : text.length > 40 && text.includes(' ') ? 'long' : null;
  return el('div', { class: 'table-wrap' }, el('table', {},
    el('thead', {}, el('tr', {}, cols.map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, t.rows.map(r => el('tr', {}, cols.map(c => {
      const text = cellText(r[c]);
      return el('td', { class: cls(c, text) }, text);
    }))))));
}

function notes(t) {
  return t.notes.length ? el('ul', { class: 'muted' }, t.notes.map(n => el('li', {}, n))) : null;
}

// ---------------------------------------------------------------- tooltip
const tooltip = el('div', { class: 'tooltip', role: 'status', hidden: true });
function tip(event, text) {
  if (!tooltip.isConnected) document.body.append(tooltip);
  tooltip.textContent = text;
  tooltip.hidden = false;
  const x = Math.min(event.clientX + 12, window.innerWidth - tooltip.offsetWidth - 8);
  tooltip.style.left = Math.max(4, x) + 'px';
  tooltip.style.top = (event.clientY + 14) + 'px';
}
function untip() { tooltip.hidden = true; }

// ---------------------------------------------------------------- network explorer
function basisKind(basis) {
  if (basis.startsWith('carried')) return 'carried';
  if (basis.startsWith('curated')) return 'curated';
  if (basis.startsWith('event')) return 'event';
  return 'observed';
}
const BASIS_STYLE = {
  observed: { width: 2.5, dash: null },
  carried: { width: 2.5, dash: '10 7' },
  curated: { width: 6, dash: null },
  event: { width: 2.5, dash: '2 5' },
};

function legend() {
  const item = (label, colour, style) => el('span', {}, svgLegendLine(colour, style), ' ', label);
  return el('div', { class: 'legend' },
    item('positive (alignment)', SIGN_COLOUR['+'], BASIS_STYLE.observed),
    item('negative (hostility)', SIGN_COLOUR['-'], BASIS_STYLE.observed),
    item('observed (dataset of the year)', '#555', BASIS_STYLE.observed),
    item('carried past a dataset\'s end', '#555', BASIS_STYLE.carried),
    item('curated (case file, with quote)', '#555', BASIS_STYLE.curated),
    el('span', { 'data-legend': 'event', hidden: true }, svgLegendLine('#555', BASIS_STYLE.event), ' ',
      'event-based (imported events alone decide)'));
}

function svgLegendLine(colour, style) {
  return svg('svg', { width: 36, height: 12, 'aria-hidden': 'true' },
    svg('line', { x1: 2, y1: 6, x2: 34, y2: 6, stroke: colour, 'stroke-width': Math.min(style.width, 5),
      'stroke-dasharray': style.dash }));
}

async function networkPage() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  show(el('h2', {}, 'Network explorer'), el('p', { class: 'muted' }, 'Loading...'));
  let cov;
  try {
    cov = await coverage();
  } catch (e) {
    show(el('h2', {}, 'Network explorer'), failure(e));
    return;
  }
  const curated = cov.spans.rows.find(r => r.source.startsWith('case:'));
  const clamp = y => Math.min(cov.last, Math.max(cov.first, y));
  let year = clamp(Number(params.get('year')) || (curated ? curated.last_year : cov.last));
  const output = el('output', { for: 'year' }, year);
  const slider = el('input', { type: 'range', id: 'year', min: cov.first, max: cov.last, value: year,
    'aria-label': 'Year' });
  // which ATOP obligation types are ties: every type, or commitments only (docs/architecture.md, "Obligation scope")
  const scope = el('select', { id: 'obligations' },
    el('option', { value: 'all' }, 'every type'),
    el('option', { value: 'commitments' }, 'commitments only (no neutrality or non-aggression pacts)'));
  scope.value = params.get('obligations') === 'commitments' ? 'commitments' : 'all';
  const drawing = el('div', { id: 'network' }, el('p', { class: 'muted' }, 'Loading the ties of ' + year + '...'));
  const evidence = el('div', { id: 'evidence', class: 'evidence' },
    el('p', { class: 'muted' }, 'Click a tie (a line between two actors) to read the evidence behind it.'));
  const caption = el('div', { class: 'muted' });
  const key = legend();
  const strip = el('div', { id: 'coverage' });
  show(el('h2', {}, 'Network explorer'),
    el('div', { class: 'split' },
      el('section', { class: 'panel' },
        el('div', { class: 'controls' }, el('label', { for: 'year' }, 'Year ', slider, output),
          el('span', { class: 'muted', id: 'year-range' }, cov.first + '–' + cov.last + ': the years the knowledge'
            + ' base covers for this case'),
          el('label', { for: 'obligations' }, 'ATOP obligations as ties: ', scope)),
        key, drawing,
        el('details', { class: 'coverage-details', open: true }, el('summary', {}, 'What each source covers, and the'
          + ' year shown'), strip),
        caption),
      el('section', { class: 'panel', 'aria-label': 'Evidence' }, el('h3', {}, 'Evidence'), evidence)));
  fill(strip, coverageStrip(cov, year));
  await sources().catch(() => null);
  let pending = 0;
  const draw = async () => {
    const ticket = ++pending;
    fill(drawing, el('p', { class: 'muted' }, 'Loading ' + year + '...'));
    try {
      const [t] = await tables('/api/ties?year=' + year + '&obligations=' + scope.value);
      if (ticket !== pending) return;
      drawNetwork(drawing, t, year, evidence);
      key.querySelector('[data-legend=event]').hidden = !t.rows.some(r => basisKind(r.basis) === 'event');
      fill(caption, el('p', {}, t.rows.length + ' ties in ' + year + '. ' + t.source), notes(t));
    } catch (e) {
      if (ticket === pending) fill(drawing, failure(e));
    }
  };
  let timer = null;
  scope.addEventListener('change', draw);
  slider.addEventListener('input', () => {
    year = Number(slider.value);
    output.textContent = year;
    fill(strip, coverageStrip(cov, year));
    clearTimeout(timer);
    timer = setTimeout(draw, 150);
  });
  await draw();
}

/**
 * Each source's span on the case's years, as bars: solid where it observes, dashed where a later year is
 * carried forward, nothing where it is not covered; the year shown is marked. Text stays HTML, so it
 * reads at any width.
 */
function coverageStrip(cov, year) {
  const years = cov.last - cov.first + 1;
  const at = y => (100 * (Math.min(cov.last + 1, Math.max(cov.first, y)) - cov.first) / years) + '%';
  const width = (from, to) => 'left:' + at(from) + ';width:calc(' + at(to) + ' - ' + at(from) + ')';
  const rows = cov.spans.rows.map(r => {
    const carried = r.after_last_year.startsWith('carried');
    const text = r.source + (r.version && r.version !== 'curated' ? ' (' + r.version + ')' : '') + ': ' + r.gives
      + ', ' + r.first_year + '–' + r.last_year + '; after ' + r.last_year + ': ' + r.after_last_year;
    const track = el('div', { class: 'cov-track' },
      el('div', { class: 'cov-seg', style: width(r.first_year, r.last_year + 1) }),
      carried && r.last_year < cov.last ? el('div', { class: 'cov-seg carried', style: width(r.last_year + 1,
        cov.last + 1) }) : null,
      el('div', { class: 'cov-year', style: 'left:' + at(year + 0.5) }));
    return el('div', { class: 'cov-row', 'aria-label': text, onmousemove: e => tip(e, text), onmouseleave: untip },
      el('span', { class: 'cov-label' }, r.source, el('span', { class: 'muted' }, ' ' + r.first_year + '–'
        + r.last_year)), track);
  });
  const step = years > 50 ? 20 : years > 20 ? 10 : 5;
  const marks = [];
  for (let y = Math.ceil(cov.first / step) * step; y <= cov.last; y += step) marks.push(y);
  const axis = el('div', { class: 'cov-row cov-axis muted' }, el('span', { class: 'cov-label' }, 'year'),
    el('div', { class: 'cov-ticks' }, marks.map(y => el('span', { style: 'left:' + at(y + 0.5) }, y))));
  return el('div', { class: 'coverage' }, rows, axis,
    el('p', { class: 'muted' }, 'Solid: observed; dashed: carried forward past the last year; blank: not covered. '
      + cov.rule));
}

function drawNetwork(container, t, year, evidence) {
  const actors = [...new Set(t.rows.flatMap(r => [r.a, r.b]))];
  const focus = ['PAK', 'IND', 'USA', 'CHN', 'RUS'];
  actors.sort((x, y) => (focus.indexOf(x) + 1 || 99) - (focus.indexOf(y) + 1 || 99) || x.localeCompare(y));
  const size = 600;
  const centre = size / 2;
  const radius = 230;
  const at = {};
  actors.forEach((a, i) => {
    const angle = -Math.PI / 2 + 2 * Math.PI * i / actors.length;
    at[a] = [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)];
  });
  const picture = svg('svg', { class: 'network', viewBox: '0 0 ' + size + ' ' + size, role: 'img',
    'aria-label': 'Ties between actors in ' + year });
  for (const row of t.rows) {
    const [x1, y1] = at[row.a];
    const [x2, y2] = at[row.b];
    const kind = basisKind(row.basis);
    const style = BASIS_STYLE[kind];
    const label = row.a + '–' + row.b + ': ' + (row.sign === '+' ? 'positive' : 'negative') + ', weight '
      + cellText(row.weight) + ', ' + row.basis;
    const group = svg('g', { class: 'tie', tabindex: 0, role: 'button', 'aria-label': label,
      'data-pair': row.a + '-' + row.b, 'data-basis': kind, 'data-sign': row.sign },
      svg('line', { x1, y1, x2, y2, stroke: SIGN_COLOUR[row.sign] || '#555',
        'stroke-width': style.width * (0.5 + row.weight / 2), 'stroke-dasharray': style.dash,
        'stroke-opacity': kind === 'curated' ? 0.9 : 0.75, 'stroke-linecap': 'round' }),
      svg('line', { class: 'hit', x1, y1, x2, y2, stroke: 'transparent', 'stroke-width': 16 }));
    const open = () => {
      picture.querySelectorAll('.tie.selected').forEach(n => n.classList.remove('selected'));
      group.classList.add('selected');
      showEvidence(evidence, row, year);
    };
    group.addEventListener('click', open);
    group.addEventListener('mousemove', e => tip(e, label + ' (click for the evidence)'));
    group.addEventListener('mouseleave', untip);
    group.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    picture.append(group);
  }
  for (const a of actors) {
    const [x, y] = at[a];
    picture.append(svg('g', { class: 'node' }, svg('circle', { cx: x, cy: y, r: 34 }), svg('text', { x, y }, a)));
  }
  fill(container, picture);
}

async function showEvidence(target, tie, year) {
  const pair = [tie.a, tie.b];
  // Items are separated by '; ' before their sign ('+ relation ...; - TSS ...'); a ';' inside brackets stays.
  const split = s => (s || '').split(/; (?=[+-] )/).filter(Boolean);
  fill(target,
    el('h3', {}, tie.a + ' – ' + tie.b + ' in ' + year),
    el('dl', {},
      el('dt', {}, 'Sign'), el('dd', {}, tie.sign === '+' ? 'positive (alignment)' : 'negative (hostility)'),
      el('dt', {}, 'Weight'), el('dd', {}, cellText(tie.weight)),
      el('dt', {}, 'Basis'), el('dd', {}, tie.basis)),
    el('h3', {}, 'Decided by'), el('ul', {}, split(tie.evidence).map(e => el('li', {}, e))),
    tie.overruled ? el('div', {}, el('h3', {}, 'Overruled'), el('ul', {}, split(tie.overruled).map(e => el('li', {}, e))))
      : null,
    el('div', { id: 'evidence-details' }, el('p', { class: 'muted' }, 'Loading the curated evidence...')));
  const details = target.querySelector('#evidence-details');
  try {
    const [relations] = await tables('/api/relations?year=' + year + '&actor=' + encodeURIComponent(tie.a));
    const [agreements] = await tables('/api/agreements?actor=' + encodeURIComponent(tie.a) + '&to=' + year);
    const ofPair = r => pair.includes(r.a) && pair.includes(r.b);
    const related = relations.rows.filter(ofPair);
    const signed = agreements.rows.filter(r => (r.parties || '').split(' ').includes(tie.b)
      && tie.evidence.includes(r.short || r.agreement));
    const cards = [];
    for (const r of related) {
      cards.push(el('div', { class: 'card relation' },
        el('strong', {}, 'Relation ' + r.id), ' ', el('span', { class: 'pill' }, r.type + ' ' + r.sign + ' ' + r.strength),
        el('div', {}, 'Holds ' + r.from + (r.to ? ' to ' + r.to : ' to now (no end recorded)')),
        el('blockquote', { class: 'quote' }, r.evidence), sourceLine(r.source),
        r.from_evidence ? el('div', {}, 'Start (' + (r.from_source || '') + '): ', el('q', {}, r.from_evidence)) : null,
        r.to_evidence ? el('div', {}, 'End (' + (r.to_source || '') + '): ', el('q', {}, r.to_evidence)) : null,
        r.note ? el('p', { class: 'muted' }, r.note) : null));
    }
    for (const a of signed) {
      cards.push(el('div', { class: 'card agreement' },
        el('strong', {}, 'Agreement ' + a.agreement), ' ', el('span', { class: 'pill' }, a.type),
        el('div', {}, 'Date ' + a.date + (a.in_force ? ', in force ' + a.in_force : '')
          + (a.lapsed ? ', lapsed ' + a.lapsed : '')),
        a.date_evidence ? el('blockquote', { class: 'quote' }, a.date_evidence) : null, sourceLine(a.date_source),
        a.article_quote ? el('blockquote', { class: 'quote' }, a.article_quote) : null, sourceLine(a.article_source)));
    }
    const restsOn = basisKind(tie.basis) === 'event'
      ? 'the imported GDELT or ICEWS events named above (their count and Goldstein mean); see the Events page'
      : 'the datasets named above (ATOP obligations, strategic rivalries); see their citations under Sources';
    fill(details, cards.length ? el('h3', {}, 'Curated evidence, with quotes and sources') : el('p', {
      class: 'muted' }, 'No curated relation or agreement: this tie rests on ' + restsOn + '.'), ...cards);
  } catch (e) {
    fill(details, failure(e));
  }
}

// ---------------------------------------------------------------- line and band charts
function scale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return v => r0 + (v - d0) / span * (r1 - r0);
}

/** The step of 1, 2 or 5 times a power of ten that divides lo..hi into at most about n intervals. */
function niceStep(lo, hi, n) {
  const step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n || 1)));
  return [1, 2, 5, 10].map(m => m * step).find(s => (hi - lo) / s <= n) || step * 10;
}

/** The multiples of the step from lo to hi (an x axis: ticks within the data). */
function ticks(lo, hi, n, step = niceStep(lo, hi, n)) {
  const out = [];
  for (let k = Math.ceil(lo / step - 1e-9); k <= Math.floor(hi / step + 1e-9); k++) out.push(+(k * step).toPrecision(12));
  return out;
}

/**
 * A value axis covering lo..hi: widened to whole steps, so its first and last ticks lie at or beyond the
 * smallest and largest value and no value is drawn past the last gridline. Answers {lo, hi, ticks}.
 */
function valueAxis(lo, hi, n) {
  if (lo === hi) { lo -= 1; hi += 1; }
  const step = niceStep(lo, hi, n);
  const from = +(Math.floor(lo / step + 1e-9) * step).toPrecision(12);
  const to = +(Math.ceil(hi / step - 1e-9) * step).toPrecision(12);
  return { lo: from, hi: to, ticks: ticks(from, to, n, step) };
}

/** The width a chart is drawn at for the width it gets: the drawing's own width up to 720, never below 300. */
function chartWidth(available) {
  return Math.round(Math.min(720, Math.max(300, available)));
}

/** Estimated width in px of a character of chart text (13 px, .chart text), on the wide side. */
const CHAR_W = 7.5;

/**
 * Something drawn for the width its container gets, and drawn again when that width changes: as the report
 * draws a narrow variant of each chart for phones, a chart's text keeps its size on a small screen instead
 * of shrinking with the whole picture (a 720-wide chart shown 340 wide draws 13 px text at 6 px).
 * draw(width) answers the content for a width in CSS px.
 */
function fitted(draw) {
  const box = el('div', { class: 'fitted' });
  let drawn = null;
  new ResizeObserver(() => {
    const width = box.clientWidth;
    if (!width || width === drawn) return;
    drawn = width;
    fill(box, draw(width));
  }).observe(box);
  return box;
}

/**
 * Rows of text above a plot, counted up from the plot: place(from, to) answers the nearest row where the span
 * from..to (px) keeps 6 px from every span already there, and takes it; clear(x, row) says whether a rule at x
 * can rise from the plot to that row without crossing any text in the rows below it.
 */
function textRows() {
  const rows = [];
  return {
    place(from, to) {
      let r = 0;
      while (rows[r] && rows[r].some(([a, b]) => from < b + 6 && a < to + 6)) r++;
      (rows[r] = rows[r] || []).push([from, to]);
      return r;
    },
    clear(x, row) {
      return rows.slice(0, row).every(spans => spans.every(([a, b]) => x < a - 3 || x > b + 3));
    },
    get count() { return rows.length; },
  };
}

/**
 * A line chart drawn for the width it gets: series is [{name, points: [[x, y, basis]...], colour}], bands
 * optional [{from: [[x, lo, hi]], colour}], ends optional [{year, label}]: where a dataset's coverage ends,
 * drawn as a dashed rule after that year. The y axis reaches past every value with a tick at each end. Its
 * title and the ends' labels have rows of their own above the plot, where no point can be drawn over them.
 * Points show their value, unit, basis and source on hover (and as an SVG title for screen readers); a point
 * whose basis is carried forward is drawn hollow.
 */
function lineChart({ series, bands = [], ends = [], unit, source, yLabel, format = v => v.toPrecision(3) }) {
  const xs = series.flatMap(s => s.points.map(p => p[0])).concat(bands.flatMap(b => b.from.map(p => p[0])));
  const ys = series.flatMap(s => s.points.map(p => p[1]))
    .concat(bands.flatMap(b => b.from.flatMap(p => [p[1], p[2]]))).filter(v => v !== null && isFinite(v));
  if (!xs.length || !ys.length) return el('p', { class: 'muted' }, 'No values to draw (not covered).');
  const yAxis = valueAxis(Math.min(...ys), Math.max(...ys), 5);
  const title = yLabel + (unit ? ' (' + unit + ')' : '');
  const draw = available => {
    const w = chartWidth(available);
    const m = { l: Math.max(40, 12 + CHAR_W * Math.max(...yAxis.ticks.map(v => format(v).length))), r: 16, b: 40 };
    const x = scale(Math.min(...xs), Math.max(...xs), m.l, w - m.r);
    // above the plot: the title in the row nearest it, each end's label where it overlaps nothing
    const rows = textRows();
    rows.place(4, 4 + CHAR_W * title.length);
    const labels = ends.map(e => {
      const at = x(e.year + 0.5);
      const width = CHAR_W * e.label.length;
      const before = at - 4 - width >= 4;
      return { e, at, before, row: before ? rows.place(at - 4 - width, at - 4) : rows.place(at + 4, at + 4 + width) };
    });
    const line = 17;
    m.t = 28 + line * (rows.count - 1);
    const h = m.t + (w < 560 ? 230 : 284) + m.b;
    const baseline = row => m.t - 14 - line * row;
    const y = scale(yAxis.lo, yAxis.hi, h - m.b, m.t);
    const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': yLabel });
    const axis = svg('g', { class: 'axis' });
    for (const v of yAxis.ticks) {
      axis.append(svg('line', { x1: m.l, x2: w - m.r, y1: y(v), y2: y(v), 'stroke-opacity': 0.3 }),
        svg('text', { x: m.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, format(v)));
    }
    for (const v of ticks(Math.min(...xs), Math.max(...xs), Math.max(2, Math.floor((w - m.l - m.r) / 60)))) {
      axis.append(svg('text', { x: x(v), y: h - m.b + 20, 'text-anchor': 'middle' }, v));
    }
    axis.append(svg('text', { x: 4, y: baseline(0) }, title));
    chart.append(axis);
    for (const { e, at, before, row } of labels) {
      // the rule rises to its label's row where no other text is in the way
      chart.append(svg('g', { class: 'coverage-end', 'data-year': e.year },
        svg('line', { x1: at, x2: at, y1: rows.clear(at, row) ? baseline(row) - 10 : m.t, y2: h - m.b, stroke: '#5a6474',
          'stroke-dasharray': '5 4' }),
        svg('text', { x: before ? at - 4 : at + 4, y: baseline(row), 'text-anchor': before ? 'end' : 'start' }, e.label)));
    }
    for (const b of bands) {
      const upper = b.from.filter(p => p[1] !== null && p[2] !== null);
      const d = upper.map((p, i) => (i ? 'L' : 'M') + x(p[0]) + ',' + y(p[2])).join('')
        + upper.slice().reverse().map(p => 'L' + x(p[0]) + ',' + y(p[1])).join('') + 'Z';
      chart.append(svg('path', { d, fill: b.colour, 'fill-opacity': b.opacity || 0.2, stroke: 'none' }));
    }
    for (const s of series) {
      const pts = s.points.filter(p => p[1] !== null && isFinite(p[1]));
      chart.append(svg('path', { d: pts.map((p, i) => (i ? 'L' : 'M') + x(p[0]) + ',' + y(p[1])).join(''),
        fill: 'none', stroke: s.colour, 'stroke-width': 2.5, 'stroke-dasharray': s.dash || null }));
      for (const p of pts) {
        const text = s.name + ', ' + p[0] + ': ' + format(p[1]) + (unit ? ' ' + unit : '') + (p[2] ? ' (' + p[2] + ')' : '')
          + (source ? ' — ' + source : '');
        const carried = typeof p[2] === 'string' && p[2].startsWith('carried');
        chart.append(svg('circle', { cx: x(p[0]), cy: y(p[1]), r: 4, fill: carried ? '#fff' : s.colour,
          stroke: s.colour, 'stroke-width': 1.5, class: 'point', 'data-basis': p[2] || null,
          onmousemove: e => tip(e, text), onmouseleave: untip }, svg('title', {}, text)));
      }
    }
    return chart;
  };
  const key = el('div', { class: 'legend' }, series.map(s => el('span', {},
    svgLegendLine(s.colour, { width: 3, dash: s.dash }), ' ', s.name)));
  return el('figure', { style: 'margin:0' }, fitted(draw), key,
    source ? el('figcaption', { class: 'muted' }, 'Source: ' + source) : null);
}

// ---------------------------------------------------------------- timeline
async function timelinePage() {
  show(el('h2', {}, 'Timeline of agreements and events'), el('div', { class: 'panel', id: 'timeline' },
    el('p', { class: 'muted' }, 'Loading...')));
  const panel = document.getElementById('timeline');
  try {
    await sources();
    const [agreements] = await tables('/api/agreements');
    const [events] = await tables('/api/events');
    const items = agreements.rows.filter(r => r.date).map(r => ({ date: r.date, kind: 'agreement', label: r.short
      || r.agreement, text: r.agreement + ' (' + r.parties + ')', quote: r.date_evidence, source: r.date_source }))
      .concat(events.rows.map(r => ({ date: r.date, kind: 'event', label: r.source_actor + '→' + r.target_actor,
        text: r.description + ' (Goldstein ' + r.goldstein + ')', quote: r.evidence, source: r.source })))
      .sort((a, b) => a.date.localeCompare(b.date));
    const years = items.map(i => Number(i.date.slice(0, 4)));
    const colour = { agreement: '#1f6fb2', event: '#d35400' };
    const draw = available => {
      const w = chartWidth(available), h = 90, x = scale(Math.min(...years), Math.max(...years) + 1, 20, w - 20);
      const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img',
        'aria-label': 'Agreements and events over time' });
      chart.append(svg('line', { x1: 20, x2: w - 20, y1: 40, y2: 40, stroke: '#9aa3b0' }));
      for (const v of ticks(Math.min(...years), Math.max(...years) + 1, Math.max(2, Math.floor((w - 40) / 50)))) {
        chart.append(svg('text', { x: x(v), y: 80, 'text-anchor': 'middle' }, v));
      }
      items.forEach(i => {
        const d = new Date(i.date);
        const pos = x(d.getUTCFullYear() + d.getUTCMonth() / 12);
        const text = i.date + ' ' + i.text + (i.source ? ' — source: ' + i.source : '');
        chart.append(svg('circle', { cx: pos, cy: i.kind === 'agreement' ? 25 : 55, r: 6, fill: colour[i.kind],
          'fill-opacity': 0.75, onmousemove: e => tip(e, text), onmouseleave: untip }, svg('title', {}, text)));
      });
      return chart;
    };
    const key = el('div', { class: 'legend' }, el('span', {}, el('span', { class: 'swatch', style: 'background:'
      + colour.agreement }), ' agreements (upper row)'), el('span', {}, el('span', { class: 'swatch',
      style: 'background:' + colour.event }), ' events (lower row)'));
    fill(panel, key, fitted(draw), el('ol', { class: 'evidence' }, items.map(i => el('li', { class: 'card' },
      el('strong', {}, i.date + ' '), el('span', { class: 'pill' }, i.kind), ' ', i.text,
      i.quote ? el('blockquote', {}, i.quote) : null, sourceLine(i.source)))));
  } catch (e) {
    fill(panel, failure(e));
  }
}

// ---------------------------------------------------------------- charts
/**
 * Where a source's coverage ends on a chart of the case's years ({year, label}, for lineChart's ends), or
 * nothing when it reaches the last year; and the same said in words under the chart, readable at any width.
 */
function coverageEnd(span, cov, name) {
  return span && span.last_year < cov.last ? { year: span.last_year, label: name + ' ends ' + span.last_year } : null;
}
function coverageLine(spans) {
  return el('ul', { class: 'muted coverage-ends' }, spans.filter(Boolean).map(r => el('li', {}, r.source + ' ('
    + r.basis + ') covers ' + r.first_year + '–' + r.last_year + '; after ' + r.last_year + ': ' + r.after_last_year
    + '.')));
}

/** CINC, arms imports and alliance similarity over the case's years (/api/coverage), each dataset's end marked. */
async function chartsPage() {
  const power = el('section', { class: 'panel', id: 'chart-power' }, el('h3', {}, 'Power: CINC by year'),
    el('p', { class: 'muted' }, 'Loading...'));
  const arms = el('section', { class: 'panel', id: 'chart-arms' }, el('h3', {}, 'Arms imports by supplier'),
    el('p', { class: 'muted' }, 'Loading...'));
  const similarity = el('section', { class: 'panel', id: 'chart-similarity' }, el('h3', {},
    'Alliance-portfolio similarity'), el('p', { class: 'muted' }, 'Loading...'));
  show(el('h2', {}, 'Power, arms and similarity'), power, arms, similarity);
  let cov;
  try {
    cov = await coverage();
  } catch (e) {
    [power, arms, similarity].forEach(p => fill(p, p.firstChild, failure(e)));
    return;
  }
  const span = prefix => cov.spans.rows.find(r => r.source.startsWith(prefix));
  const nmc = span('cow-nmc');
  const atop = span('atop');
  const tiv = span('sipri-tiv');
  const years = '&from=' + cov.first + '&to=' + cov.last;
  const actors = ['IND', 'PAK', 'USA', 'CHN'];
  tables('/api/power?actors=' + actors.join(',') + years).then(([dist]) => {
    fill(power, power.firstChild, lineChart({
      series: actors.map((a, i) => ({ name: a, colour: SERIES_COLOURS[i], points: dist.rows.filter(r => r.actor === a)
        .map(r => [r.year, r.capability, r.capability_basis]) })),
      ends: [coverageEnd(nmc, cov, 'NMC')].filter(Boolean),
      unit: 'share of world capabilities', yLabel: 'CINC', source: dist.notes.find(n => n.startsWith('Source: '))
        ? dist.notes.find(n => n.startsWith('Source: ')).split('. ')[0].replace(/^Source: /, '') : dist.source,
      format: v => v.toFixed(3) }), coverageLine([nmc]), el('p', { class: 'muted' }, dist.source));
  }).catch(e => fill(power, power.firstChild, failure(e)));
  const recipient = el('select', { 'aria-label': 'Recipient' }, ['PAK', 'IND'].map(a => el('option', {}, a)));
  const drawArms = () => tables('/api/arms?recipient=' + recipient.value).then(([t]) => {
    const top = t.rows.slice(0, 8);
    const rowH = 30, h = top.length * rowH + 20, max = Math.max(...top.map(r => r.share_pct || 0), 1);
    const draw = available => {
      const w = chartWidth(available);
      const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': t.title });
      top.forEach((r, i) => {
        const text = r.supplier + ': ' + r.share_pct + '% of TIV (' + r.tiv_m + ' million TIV) — ' + r.release;
        chart.append(svg('text', { x: 150, y: i * rowH + 20, 'text-anchor': 'end' }, r.supplier),
          svg('rect', { x: 160, y: i * rowH + 6, height: rowH - 10, width: (w - 230) * (r.share_pct || 0) / max,
            fill: '#1f6fb2', onmousemove: e => tip(e, text), onmouseleave: untip }, svg('title', {}, text)),
          svg('text', { x: 166 + (w - 230) * (r.share_pct || 0) / max, y: i * rowH + 20 }, r.share_pct + '%'));
      });
      return chart;
    };
    fill(arms, arms.firstChild, el('div', { class: 'controls' }, el('label', {}, 'Recipient ', recipient)),
      el('p', {}, t.title), fitted(draw), coverageLine([tiv]), notes(t));
  }).catch(e => fill(arms, arms.firstChild, failure(e)));
  recipient.addEventListener('change', drawArms);
  drawArms();
  tables('/api/similarity?a=IND&b=USA' + years).then(([t]) => {
    fill(similarity, similarity.firstChild, lineChart({
      series: [{ name: 'IND–USA weighted S', colour: SERIES_COLOURS[0], points: t.rows.map(r => [r.year, r.s_weighted,
        r.basis]) }, { name: 'IND–USA unweighted S', colour: SERIES_COLOURS[2], dash: '6 4', points: t.rows.map(r =>
        [r.year, r.s_unweighted, r.basis]) }],
      ends: [coverageEnd(atop, cov, 'ATOP'), coverageEnd(nmc, cov, 'NMC (weights)')].filter(Boolean),
      unit: '-1 to 1', yLabel: 'S', source: t.title, format: v => v.toFixed(2) }), coverageLine([atop, nmc]), notes(t));
  }).catch(e => fill(similarity, similarity.firstChild, failure(e)));
}

// ---------------------------------------------------------------- event data
const QUAD_CLASSES = [
  { column: 'verbal_cooperation', label: 'verbal cooperation', colour: '#8cc084' },
  { column: 'material_cooperation', label: 'material cooperation', colour: '#2e7d32' },
  { column: 'verbal_conflict', label: 'verbal conflict', colour: '#f0a35e' },
  { column: 'material_conflict', label: 'material conflict', colour: '#b03a2e' },
];

async function eventsPage() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const panel = el('section', { class: 'panel', id: 'events-view' }, el('p', { class: 'muted' }, 'Loading...'));
  show(el('h2', {}, 'Event data: cooperation and conflict between two states'), panel);
  let cov;
  try {
    cov = await coverage();
  } catch (e) {
    fill(panel, failure(e));
    return;
  }
  if (!cov.events.rows.length) {
    fill(panel, el('p', { id: 'no-event-data', class: 'notice' }, 'No event data is imported in this'
      + ' knowledge base, so there is nothing to show here: no counts, and no zeros standing in for them.'),
    el('p', {}, 'Import GDELT or ICEWS event files with ', el('code', {}, 'counterweight import gdelt FILE'), ' (or '
      + 'icews)', state.config.writesAllowed ? ', or on the Import page (dataset gdelt, icews or events).'
      : ', or start the server with --allow-writes and use its Import page.'),
    el('p', { class: 'muted' }, 'The case\'s own curated events (with quotes) are on the Timeline.'));
    return;
  }
  const [actors] = await tables('/api/actors');
  const states = actors.rows.filter(r => r.kind === 'state').map(r => r.id);
  const pick = (id, chosen) => {
    const select = el('select', { id, 'aria-label': id === 'event-a' ? 'State A' : 'State B' },
      states.map(s => el('option', { value: s }, s)));
    select.value = states.includes(chosen) ? chosen : states[0];
    return select;
  };
  const a = pick('event-a', params.get('a') || 'IND');
  const b = pick('event-b', params.get('b') || 'PAK');
  const by = el('select', { id: 'event-by', 'aria-label': 'Period' }, ['year', 'month', 'week', 'day']
    .map(p => el('option', {}, p)));
  by.value = ['month', 'week', 'day'].includes(params.get('by')) ? params.get('by') : 'year';
  const count = el('select', { id: 'event-count', 'aria-label': 'Counting' }, [['as-given', 'as given'],
    ['one-a-day', 'one a day']].map(([v, l]) => el('option', { value: v }, l)));
  count.value = params.get('count') === 'one-a-day' ? 'one-a-day' : 'as-given';
  const weight = el('select', { id: 'event-weight', 'aria-label': 'Goldstein mean' }, [['goldstein_mean', 'plain'],
    ['mention_weighted_goldstein_mean', 'mention-weighted']].map(([v, l]) => el('option', { value: v }, l)));
  const from = el('input', { type: 'number', id: 'event-from', placeholder: 'first', min: 1800, max: 2100,
    value: params.get('from'), style: 'width:6rem', 'aria-label': 'From year' });
  const to = el('input', { type: 'number', id: 'event-to', placeholder: 'last', min: 1800, max: 2100,
    value: params.get('to'), style: 'width:6rem', 'aria-label': 'To year' });
  const out = el('div', { id: 'event-dyad' });
  const files = el('ul', { class: 'muted', id: 'event-files' }, cov.events.rows.map(f => el('li', {}, f.file + ' ('
    + f.dataset + '): ' + f.events + ' events dated ' + f.first_date + ' to ' + f.last_date + '; covers '
    + f.covered_months)));
  fill(panel,
    el('div', { class: 'controls compact' }, el('label', {}, 'State ', a), el('label', {}, 'and ', b),
      el('label', {}, 'by ', by), el('label', {}, 'from ', from), el('label', {}, 'to ', to),
      el('label', {}, 'events ', count), el('label', {}, 'Goldstein mean ', weight)),
    el('p', { class: 'muted' }, 'Every value drawn is event-based: counted from the imported GDELT or ICEWS events as'
      + ' the files code them. A period no imported file covers is marked not covered (hatched), never 0. Years left'
      + ' blank follow the files\' coverage. One a day keeps one event per source, target, CAMEO code and day;'
      + ' the mention-weighted mean weights each event by its GDELT NumMentions (not covered for ICEWS, which has'
      + ' none). Weeks are ISO 8601 weeks.'),
    out, el('h3', {}, 'Imported event files (the coverage)'), files);
  let shown = null;
  const view = () => fill(out, fitted(available => eventDyadView(shown, available, weight.value)));
  const draw = async () => {
    const query = new URLSearchParams({ a: a.value, b: b.value, by: by.value, count: count.value });
    if (from.value) query.set('from', from.value);
    if (to.value) query.set('to', to.value);
    fill(out, el('p', { class: 'muted' }, 'Loading...'));
    try {
      [shown] = await tables('/api/events-dyad?' + query);
      view();
    } catch (e) {
      fill(out, failure(e));
    }
  };
  [a, b, by, from, to, count].forEach(c => c.addEventListener('change', draw));
  weight.addEventListener('change', () => shown && view());
  await draw();
}

/**
 * A dyad's events by period, both directions: counts by QuadClass and the Goldstein mean (the column `mean`:
 * goldstein_mean or mention_weighted_goldstein_mean), gaps marked. The charts are drawn for the width they get
 * (two side by side from 1100 px), so their text stays readable.
 */
function eventDyadView(t, available, mean = 'goldstein_mean') {
  const periods = [...new Set(t.rows.map(r => r.period))];
  const first = t.rows[0];
  const dirs = [[first.source, first.target], [first.target, first.source]];
  const cell = {};
  t.rows.forEach(r => { cell[r.source + '>' + r.period] = r; });
  const covered = p => dirs.some(([s]) => cell[s + '>' + p] && cell[s + '>' + p].events !== null);
  // covered "k of n months" (or days) with 0 < k < n: the files cover only part of the period
  const partly = r => {
    const [part, whole] = (r.covered.match(/^(\d+) of (\d+)/) || [null, 0, 0]).slice(1).map(Number);
    return part > 0 && part < whole;
  };
  const describe = (r, s, tg) => r.events === null ? s + '→' + tg + ', ' + r.period + ': not covered ('
    + r.basis.replace(/^not covered: /, '') + ')'
    : s + '→' + tg + ', ' + r.period + ': ' + r.events + ' events (' + QUAD_CLASSES.map(q => q.label + ' '
      + r[q.column]).join(', ') + '); Goldstein sum ' + r.goldstein_sum + ', mean '
      + (r.goldstein_mean === null ? 'absent (no events)' : r.goldstein_mean) + '; mention-weighted mean '
      + (r.mention_weighted_goldstein_mean === null ? 'absent (' + r.mention_basis + ')'
        : r.mention_weighted_goldstein_mean) + '; ' + r.counting + '; covered ' + r.covered + '; ' + r.basis;
  const n = periods.length;
  const w = chartWidth(available >= 1100 ? available / 2 - 12 : available);
  const m = { l: 40, r: 8, t: 8, b: 26 };
  const band = (w - m.l - m.r) / n;
  const x = i => m.l + i * band;
  const labelEvery = Math.max(1, Math.ceil(n * (periods[0].length * 8 + 10) / (w - m.l - m.r)));
  // Runs of periods that no file covers, drawn as one hatched band each.
  const gaps = [];
  periods.forEach((p, i) => {
    if (covered(p)) return;
    const last = gaps[gaps.length - 1];
    if (last && last.to === i - 1) last.to = i; else gaps.push({ from: i, to: i });
  });
  // hatching at 45 degrees: grey on the plot's background where no file covers a period, white over a bar
  // where the files cover only part of it
  const hatch = (id, background, stroke) => svg('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)' }, background ? svg('rect', { width: 8, height: 8, fill: background }) : null,
  svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke, 'stroke-width': 3 }));
  const frame = (h, yLabel, id) => {
    const chart = svg('svg', { class: 'chart', id: id.replace('hatch-', 'events-'), viewBox: '0 0 ' + w + ' ' + h,
      role: 'img', 'aria-label': yLabel }, svg('defs', {}, hatch(id, '#f2f4f7', '#c3c9d2')));
    for (const g of gaps) {
      const text = 'not covered: ' + periods[g.from] + (g.to > g.from ? '–' + periods[g.to] : '')
        + ' (no imported event file covers ' + (g.to > g.from ? 'these periods' : 'it') + ')';
      chart.append(svg('rect', { class: 'not-covered', x: x(g.from), y: m.t, width: band * (g.to - g.from + 1),
        height: h - m.t - m.b, fill: 'url(#' + id + ')', onmousemove: e => tip(e, text), onmouseleave: untip }));
      if (band * (g.to - g.from + 1) > 90) {
        chart.append(svg('text', { class: 'gap-label', x: x(g.from) + band * (g.to - g.from + 1) / 2, y: m.t + 18,
          'text-anchor': 'middle' }, 'not covered'));
      }
    }
    periods.forEach((p, i) => {
      if (i % labelEvery === 0) {
        chart.append(svg('text', { x: x(i) + band / 2, y: h - m.b + 18, 'text-anchor': 'middle' }, p));
      }
    });
    return chart;
  };
  // Counts: per period a bar per direction (left: first direction), stacked by QuadClass.
  const h1 = 260;
  const unit = (t.title.match(/ by (day|week|month|year) /) || [null, 'period'])[1];
  const countsLabel = 'Events per ' + unit + ', by QuadClass (bars: '
    + dirs[0].join('→') + ' left, ' + dirs[1].join('→') + ' right)';
  const counts = frame(h1, countsLabel, 'hatch-counts');
  counts.querySelector('defs').append(hatch('partly-counts', null, 'rgba(255,255,255,.75)'));
  const countAxis = valueAxis(0, Math.max(4, ...t.rows.map(r => r.events || 0)), 4);
  const y1 = scale(0, countAxis.hi, h1 - m.b, m.t + 24);
  for (const v of countAxis.ticks) {
    counts.append(svg('line', { x1: m.l, x2: w - m.r, y1: y1(v), y2: y1(v), stroke: '#9aa3b0', 'stroke-opacity': 0.3 }),
      svg('text', { x: m.l - 6, y: y1(v) + 4, 'text-anchor': 'end' }, v));
  }
  const barW = Math.max(1, band * 0.38);
  periods.forEach((p, i) => dirs.forEach(([s, tg], d) => {
    const r = cell[s + '>' + p];
    if (!r || r.events === null) return;
    const bx = x(i) + band / 2 + (d === 0 ? -barW - 1 : 1);
    const group = svg('g', { class: partly(r) ? 'event-bar partly-covered' : 'event-bar', 'data-period': p,
      'data-source': s, onmousemove: e => tip(e, describe(r, s, tg)), onmouseleave: untip });
    let base = 0;
    for (const q of QUAD_CLASSES) {
      const v = r[q.column] || 0;
      if (v > 0) {
        group.append(svg('rect', { x: bx, y: y1(base + v), width: barW, height: y1(base) - y1(base + v), fill: q.colour,
          'fill-opacity': d === 0 ? 1 : 0.7 }));
      }
      base += v;
    }
    if (r.events === 0) {
      group.append(svg('rect', { x: bx, y: y1(0) - 2, width: barW, height: 2, fill: '#5a6474' }));
    } else if (partly(r)) {
      group.append(svg('rect', { class: 'partly', x: bx, y: y1(base), width: barW, height: y1(0) - y1(base),
        fill: 'url(#partly-counts)' }));
    }
    group.append(svg('rect', { x: bx, y: m.t, width: barW, height: h1 - m.t - m.b, fill: 'transparent' }));
    counts.append(group);
  }));
  // The Goldstein mean per period and direction, -10 (conflict) to +10 (cooperation).
  const h2 = 260;
  const goldsteinLabel = (mean === 'goldstein_mean' ? 'Goldstein mean per event'
    : 'Mention-weighted Goldstein mean') + ', −10 conflict to +10 cooperation';
  const goldstein = frame(h2, goldsteinLabel, 'hatch-goldstein');
  const y2 = scale(-10, 10, h2 - m.b, m.t + 24);
  for (const v of [-10, -5, 0, 5, 10]) {
    goldstein.append(svg('line', { x1: m.l, x2: w - m.r, y1: y2(v), y2: y2(v), stroke: '#9aa3b0',
      'stroke-opacity': v === 0 ? 0.9 : 0.3 }), svg('text', { x: m.l - 6, y: y2(v) + 4, 'text-anchor': 'end' }, v));
  }
  dirs.forEach(([s, tg], d) => {
    const colour = SERIES_COLOURS[d];
    let path = '';
    periods.forEach((p, i) => {
      const r = cell[s + '>' + p];
      const prev = i > 0 ? cell[s + '>' + periods[i - 1]] : null;
      if (!r || r[mean] === null) return;
      const cx = x(i) + band / 2 + (d === 0 ? -barW / 2 : barW / 2);
      path += (prev && prev[mean] !== null ? 'L' : 'M') + cx + ',' + y2(r[mean]);
      goldstein.append(svg('circle', { class: 'point', cx, cy: y2(r[mean]), r: 4.5, fill: colour,
        'data-source': s, onmousemove: e => tip(e, describe(r, s, tg)), onmouseleave: untip }));
    });
    goldstein.prepend(svg('path', { d: path || 'M0,0', fill: 'none', stroke: colour, 'stroke-width': 2 }));
  });
  const key = el('div', { class: 'legend' }, QUAD_CLASSES.map(q => el('span', {}, el('span', { class: 'swatch',
    style: 'background:' + q.colour }), ' ', q.label)),
  el('span', {}, el('span', { class: 'swatch hatched' }), ' not covered (no imported file)'),
  t.rows.some(r => r.events !== null && partly(r)) ? el('span', {}, el('span', { class: 'swatch partly' }),
    ' partly covered (striped bar: the files cover only some of its ' + (unit === 'year' ? 'months' : 'days') + ')')
    : null,
  dirs.map(([s, tg], d) => el('span', {}, svgLegendLine(SERIES_COLOURS[d], { width: 3 }), ' Goldstein mean ' + s + '→'
    + tg)));
  const coveredRows = t.rows.filter(r => r.events !== null).length;
  const coveredPeriods = periods.filter(covered).map(p => p + ' (' + cell[first.source + '>' + p].covered + ')');
  const listed = coveredPeriods.slice(0, 24).join(', ') + (coveredPeriods.length > 24 ? ' and '
    + (coveredPeriods.length - 24) + ' more' : '');
  return el('div', {},
    el('p', {}, el('strong', {}, t.title), ' ', el('span', { class: 'pill', id: 'event-basis' }, 'basis: event-based'),
      ' ', el('span', { class: 'muted' }, coveredRows + ' of ' + t.rows.length + ' direction-periods covered')),
    el('div', { class: 'event-charts' }, el('figure', {}, el('figcaption', {}, countsLabel), counts),
      el('figure', {}, el('figcaption', {}, goldsteinLabel), goldstein)), key,
    el('p', { id: 'event-coverage' }, 'Covered by the imported files: ', coveredPeriods.length ? listed : 'none of these'
      + ' periods', '. A covered month need not be complete: a GDELT daily file reports one day. Each period\'s'
      + ' events, with their SOURCEURLs: counterweight events-dyad --list PERIOD.'),
    el('details', { class: 'table-details' }, el('summary', {}, 'The values (' + t.rows.length + ' rows, as '
      + 'counterweight events-dyad prints them)'), tableView(t), notes(t)),
    el('p', { class: 'muted' }, 'Source: ' + t.source));
}

// ---------------------------------------------------------------- scenario runner
async function scenariosPage() {
  const choice = el('select', { id: 'scenario', 'aria-label': 'Scenario' });
  const file = el('input', { type: 'file', accept: '.yaml,.yml', 'aria-label': 'Scenario file' });
  const runs = el('input', { type: 'number', id: 'runs', min: 1, max: 5000, value: 200, style: 'width:6rem' });
  const seed = el('input', { type: 'number', id: 'seed', value: 1, style: 'width:6rem' });
  const start = el('button', { id: 'run' }, 'Run');
  const cancel = el('button', { class: 'secondary', id: 'cancel', disabled: true }, 'Cancel');
  const bar = el('div', {});
  const status = el('p', { id: 'run-status', class: 'muted' }, 'Pick a scenario and press Run.');
  const result = el('div', { id: 'run-result' });
  show(el('h2', {}, 'Scenario runner'), el('section', { class: 'panel' },
    el('div', { class: 'controls' }, el('label', {}, 'Built-in ', choice), el('label', {}, 'or a file ', file),
      el('label', {}, 'Runs ', runs), el('label', {}, 'Seed ', seed), start, cancel),
    el('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Progress' }, bar), status), result);
  try {
    const [list] = await tables('/api/scenarios');
    list.rows.forEach(r => choice.append(el('option', { value: r.scenario }, r.scenario + ' — ' + r.title)));
    choice.value = list.rows.some(r => r.scenario === 'caatsa-india') ? 'caatsa-india' : list.rows[0].scenario;
  } catch (e) {
    fill(status, failure(e));
  }
  let current = null;
  start.addEventListener('click', async () => {
    const query = new URLSearchParams({ runs: runs.value, seed: seed.value });
    let body = null;
    if (file.files.length) {
      body = await file.files[0].text();
      query.set('name', file.files[0].name.replace(/[^A-Za-z0-9._-]/g, '_'));
    } else {
      query.set('scenario', choice.value);
    }
    fill(result);
    bar.style.width = '0';
    try {
      const run = await api('/api/scenarios/runs?' + query, { method: 'POST', body,
        headers: { 'Content-Type': 'application/yaml' } });
      current = run.id;
      start.disabled = true;
      cancel.disabled = false;
      follow(run.id, bar, status, result, () => { start.disabled = false; cancel.disabled = true; });
    } catch (e) {
      fill(status, failure(e));
    }
  });
  cancel.addEventListener('click', () => current && fetch('/api/scenarios/runs/' + current, { method: 'DELETE' }));
}

function follow(id, bar, status, result, done) {
  const events = new EventSource('/api/scenarios/runs/' + id + '/events');
  const describe = s => s.state + (s.total ? ': ' + s.completed + ' of ' + s.total
    + ' runs (baseline and scenario ensembles)' : '');
  events.addEventListener('progress', m => {
    const s = JSON.parse(m.data);
    bar.style.width = (s.total ? 100 * s.completed / s.total : 0) + '%';
    status.textContent = describe(s);
  });
  events.addEventListener('end', async m => {
    events.close();
    const s = JSON.parse(m.data);
    status.textContent = describe(s) + (s.error ? ' — ' + s.error.message : '');
    done();
    if (s.state === 'done') {
      bar.style.width = '100%';
      const full = await api('/api/scenarios/runs/' + id);
      showRun(result, full.tables);
    }
  });
  events.onerror = () => { events.close(); done(); };
}

function showRun(target, all) {
  const byId = suffix => all.filter(t => t.id.endsWith(suffix));
  const one = id => all.find(t => t.id === id);
  const baseline = byId('-baseline-bands')[0];
  const scenario = byId('-scenario-bands')[0];
  const seriesNames = baseline ? [...new Set(baseline.rows.map(r => r.series))] : [];
  const pick = el('select', { 'aria-label': 'Series' }, seriesNames.map(s => el('option', {}, s)));
  const fan = el('div', { id: 'fan' });
  const draw = () => {
    const of = (t, s) => t.rows.filter(r => r.series === s);
    const s = pick.value;
    fill(fan, lineChart({
      series: [{ name: 'baseline median', colour: '#555', dash: '6 4', points: of(baseline, s).map(r => [r.year, r.p50]) },
        { name: 'scenario median', colour: '#c0392b', points: of(scenario, s).map(r => [r.year, r.p50]) }],
      bands: [{ colour: '#888', opacity: 0.18, from: of(baseline, s).map(r => [r.year, r.p5, r.p95]) },
        { colour: '#c0392b', opacity: 0.15, from: of(scenario, s).map(r => [r.year, r.p5, r.p95]) },
        { colour: '#c0392b', opacity: 0.2, from: of(scenario, s).map(r => [r.year, r.p25, r.p75]) }],
      yLabel: s, source: scenario.source + ' (bands: 5th-95th and 25th-75th percentiles of the runs)',
      format: v => Math.abs(v) >= 100 ? v.toFixed(0) : String(Number(v.toPrecision(3))) }));
  };
  const focus = seriesNames.find(n => n === 'PAK.deficit');
  if (focus) pick.value = focus;
  pick.addEventListener('change', draw);
  const shown = ['scenario-tests', 'scenario-verdicts', 'scenario-realignment', 'scenario-ties', 'scenario-blocs'];
  const rest = all.filter(t => !t.id.endsWith('-bands') && !shown.includes(t.id));
  const tested = one('scenario-tests');
  fill(target,
    tested ? setupView(tested) : null,
    verdictsView(one('scenario-verdicts'), tested),
    el('section', { class: 'panel', id: 'fan-panel' }, el('h3', {}, 'Fan chart against the baseline'),
      el('div', { class: 'controls' }, el('label', {}, 'Series ', pick)), fan),
    alignmentView(one('scenario-realignment'), one('scenario-ties'), one('scenario-blocs')),
    ...rest.map(t => el('section', { class: 'panel' }, el('h3', {}, t.title || t.id), tableView(t), notes(t))));
  if (baseline && scenario) draw();
}

/** The scenario's title, its interventions in view, and how the runs were set up folded away. */
function setupView(tested) {
  const changes = tested.notes.filter(n => /^(intervention|counterfactual record):/.test(n));
  const setup = tested.notes.filter(n => !changes.includes(n));
  return el('section', { class: 'panel', id: 'setup' }, el('h3', {}, tested.title),
    el('ul', {}, changes.map(n => el('li', {}, n))),
    setup.length ? el('details', {}, el('summary', {}, 'How the runs were set up (' + setup.length + ' notes: equations,'
      + ' states left out)'), el('ul', { class: 'muted' }, setup.map(n => el('li', {}, n)))) : null);
}

/** A number as the tables give it, short. */
function num(v) {
  return v === null || v === undefined ? 'absent' : String(Number(Number(v).toPrecision(4)));
}

/**
 * A horizontal track from lo to hi (HTML, so its text reads at any width) with marks placed by value:
 * [{from, to, className, title}] for bands, [{at, className, title}] for points; 0 is drawn when inside.
 */
function track(lo, hi, marks, className, labels) {
  const pad = (hi - lo) * 0.04 || 1;
  const l = lo - pad, h = hi + pad;
  const pos = v => (100 * (v - l) / (h - l)) + '%';
  const node = el('div', { class: 'track ' + (className || '') });
  const scaleRow = labels ? el('div', { class: 'track-labels muted' }, labels.map((t, i) => el('span', {
    class: i === 0 ? 'first' : i === labels.length - 1 ? 'last' : 'middle', style: 'left:' + pos(t.at) }, t.text)))
    : null;
  if (l < 0 && h > 0) node.append(el('div', { class: 'zero', style: 'left:' + pos(0) }));
  for (const m of marks) {
    if (m.at === null || m.from === null) continue;
    const style = m.at !== undefined ? 'left:' + pos(m.at)
      : 'left:' + pos(m.from) + ';width:calc(' + pos(m.to) + ' - ' + pos(m.from) + ')';
    node.append(el('div', { class: m.className, style, 'aria-label': m.title,
      onmousemove: m.title ? e => tip(e, m.title) : null, onmouseleave: m.title ? untip : null }));
  }
  return scaleRow ? el('div', {}, node, scaleRow) : node;
}

/** Each tested claim's verdict with its quote and the paired differences behind it. */
function verdictsView(t, tested) {
  const panel = el('section', { class: 'panel', id: 'verdicts' }, el('h3', {}, t ? t.title : 'Verdicts'));
  if (!t) return panel;
  const quotes = Object.fromEntries((tested ? tested.rows : []).map(r => [r.tests, r]));
  const rule = t.notes.find(n => n.startsWith('supported:'));
  if (!t.rows.length) panel.append(el('p', { class: 'notice' }, 'This scenario tests no claim, so nothing is judged.'));
  for (const v of t.rows) {
    const claim = quotes[v.claim];
    const cannot = t.notes.find(n => n.startsWith(v.claim + ': '));
    const lo = Math.min(0, v.difference_p5), hi = Math.max(0, v.difference_p95);
    panel.append(el('div', { class: 'card verdict', 'data-claim': v.claim, 'data-verdict': v.verdict },
      el('div', {}, el('span', { class: 'badge ' + v.verdict }, v.verdict), ' ', el('strong', {}, v.claim), ' ',
        claim ? el('span', { class: 'pill' }, claim.kind) : null),
      claim ? el('blockquote', {}, claim.quote) : null,
      el('p', {}, 'Expects ', el('strong', {}, v.measure), ' to ', el('strong', {}, v.expect), ' against the'
        + ' baseline. Scenario minus baseline at the horizon, paired run by run: median ', el('strong', {},
        num(v.difference_median)), ', 90% of runs between ', num(v.difference_p5), ' and ', num(v.difference_p95),
      '; ', Math.round(100 * v.share_runs_expected) + '% of runs go the expected way.'),
      track(lo, hi, [{ from: v.difference_p5, to: v.difference_p95, className: 'band ' + v.verdict,
        title: '5%-95% of the paired differences: ' + num(v.difference_p5) + ' to ' + num(v.difference_p95) },
      { at: v.difference_median, className: 'tick', title: 'median difference ' + num(v.difference_median) }],
      'verdict-track', [{ at: lo, text: num(lo) }, ...(lo < 0 && hi > 0 ? [{ at: 0, text: '0' }] : []),
        { at: hi, text: hi === 0 ? '0 (no difference)' : num(hi) }]),
      cannot ? el('p', { class: 'notice' }, cannot.slice(v.claim.length + 2)) : null));
  }
  if (rule) panel.append(el('p', { class: 'muted' }, rule));
  return panel;
}

/** A bloc partition ("CHN PAK RUS | GBR IND USA") as chips, one group per bloc. */
function blocs(text) {
  if (text === null || text === undefined || text === '') return el('span', { class: 'muted' }, 'none');
  return el('span', { class: 'blocs' }, text.split(' | ').map((b, i) => el('span', { class: 'bloc bloc-' + i },
    b)));
}

function share(v) {
  const pct = Math.round(100 * (v || 0)) + '%';
  return el('span', { class: 'share' }, el('span', { class: 'share-track' }, el('span', { class: 'share-bar',
    style: 'width:' + pct })), el('span', {}, pct));
}

/** The alignment path: ties that flip and actors that change bloc, the ties at start and horizon, blocs by year. */
function alignmentView(realignment, ties, blocsByYear) {
  const panel = el('section', { class: 'panel', id: 'alignment' }, el('h3', {}, 'Alignment path'));
  if (realignment) {
    panel.append(el('h4', {}, realignment.title));
    if (!realignment.rows.length) {
      panel.append(el('p', { class: 'notice', id: 'no-realignment' }, realignment.notes[0]));
    } else {
      panel.append(el('div', { class: 'table-wrap' }, el('table', { id: 'realignment' },
        el('thead', {}, el('tr', {}, ['item', 'kind', 'start', 'baseline, horizon', 'scenario, horizon',
          'scenario, most', 'majority from'].map(c => el('th', { scope: 'col' }, c)))),
        el('tbody', {}, realignment.rows.map(r => el('tr', {}, el('td', {}, r.item), el('td', {}, r.kind),
          el('td', {}, String(r.start)), el('td', {}, share(r.baseline_share_horizon)),
          el('td', {}, share(r.scenario_share_horizon)), el('td', {}, share(r.scenario_share_most)),
          el('td', {}, r.scenario_majority_from ? String(r.scenario_majority_from) : 'never')))))));
    }
    panel.append(el('p', { class: 'muted' }, realignment.notes[realignment.notes.length - 1]));
  }
  if (ties) {
    panel.append(el('h4', {}, ties.title));
    const key = el('div', { class: 'legend' }, el('span', {}, el('span', { class: 'dot start' }), ' start'),
      el('span', {}, el('span', { class: 'swatch baseline' }), ' baseline, 5%-95% and median'),
      el('span', {}, el('span', { class: 'swatch scenario' }), ' scenario, 5%-95% and median'));
    const fixed = r => [r.baseline_p5, r.baseline_p95, r.scenario_p5, r.scenario_p95].every(v => v === r.start);
    const unchanged = ties.rows.filter(fixed);
    const rows = ties.rows.filter(r => !fixed(r)).map(r => {
      const text = r.tie + ': start ' + num(r.start) + '; baseline median ' + num(r.baseline_median) + ' ['
        + num(r.baseline_p5) + ', ' + num(r.baseline_p95) + ']; scenario median ' + num(r.scenario_median) + ' ['
        + num(r.scenario_p5) + ', ' + num(r.scenario_p95) + ']; sign flipped in ' + Math.round(100
        * r.scenario_share_flipped) + '% of scenario runs';
      return el('div', { class: 'tie-row', 'data-tie': r.tie, 'aria-label': text, onmousemove: e => tip(e, text),
        onmouseleave: untip },
      el('span', { class: 'tie-label' }, r.tie),
      track(-1, 1, [
        { from: r.baseline_p5, to: r.baseline_p95, className: 'band baseline' },
        { at: r.baseline_median, className: 'tick baseline' },
        { from: r.scenario_p5, to: r.scenario_p95, className: 'band scenario' },
        { at: r.scenario_median, className: 'tick scenario' },
        { at: r.start, className: 'dot start' }], 'tie-track'),
      el('span', { class: 'tie-flip' }, r.scenario_share_flipped > 0 ? Math.round(100 * r.scenario_share_flipped)
        + '% flipped' : ''));
    });
    panel.append(key, el('div', { class: 'tie-rows' }, el('div', { class: 'tie-row tie-axis muted' },
      el('span', { class: 'tie-label' }, 'tie'), el('div', { class: 'track-scale' }, el('span', {}, '−1 hostile'),
        el('span', {}, '0'), el('span', {}, '+1 aligned')), el('span', { class: 'tie-flip' }, '')), rows),
    unchanged.length ? el('p', { id: 'unchanged-ties' }, 'The same in every run of both ensembles (start, baseline'
      + ' and scenario): ', unchanged.map(r => r.tie + ' ' + (r.start > 0 ? '+' : '') + num(r.start)).join(', '), '.')
      : null,
    el('p', { class: 'muted' }, ties.notes.join(' ')));
  }
  if (blocsByYear) {
    panel.append(el('h4', {}, blocsByYear.title), el('div', { class: 'table-wrap' }, el('table', { id: 'blocs' },
      el('thead', {}, el('tr', {}, ['year', 'baseline blocs', 'share', 'scenario blocs', 'share',
        'scenario landscape minimum', 'share'].map(c => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, blocsByYear.rows.map(r => el('tr', {}, el('td', {}, String(r.year)),
        el('td', {}, blocs(r.baseline_blocs)), el('td', {}, share(r.baseline_share)),
        el('td', {}, blocs(r.scenario_blocs)), el('td', {}, share(r.scenario_share)),
        el('td', {}, blocs(r.scenario_landscape_minimum)), el('td', {}, share(r.scenario_landscape_share))))))),
    notes(blocsByYear));
  }
  return panel;
}

// ---------------------------------------------------------------- bargaining
/** Bueno de Mesquita's expected-utility model on a bundled issue: the forecast fan of the median, then the tables. */
async function bargainingPage() {
  const issue = el('select', { id: 'issue', 'aria-label': 'Issue' });
  const variant = el('select', { id: 'variant', 'aria-label': 'Variant' },
    el('option', { value: 'scholz' }, 'scholz (the reconstruction)'), el('option', { value: 'bdm-intent' }, 'bdm-intent'));
  const runs = el('input', { type: 'number', id: 'bargain-runs', min: 1, max: 10000, value: 500, style: 'width:6rem' });
  const seed = el('input', { type: 'number', id: 'bargain-seed', value: 1, style: 'width:6rem' });
  const start = el('button', { id: 'bargain' }, 'Run');
  const status = el('p', { class: 'muted' }, 'Pick an issue and press Run (docs/models/bargaining.md).');
  const result = el('div', { id: 'bargain-result' });
  show(el('h2', {}, 'Bargaining forecasts'), el('section', { class: 'panel' },
    el('div', { class: 'controls' }, el('label', {}, 'Issue ', issue), el('label', {}, 'Variant ', variant),
      el('label', {}, 'Runs ', runs), el('label', {}, 'Seed ', seed), start), status), result);
  try {
    const doc = await api('/openapi.json');
    const param = doc.paths['/api/bargaining'].get.parameters.find(p => p.name === 'issue');
    param.schema.enum.forEach(id => issue.append(el('option', { value: id }, id)));
  } catch (e) {
    fill(status, failure(e));
  }
  start.addEventListener('click', async () => {
    start.disabled = true;
    status.textContent = 'running...';
    try {
      const query = new URLSearchParams({ issue: issue.value, variant: variant.value, runs: runs.value, seed: seed.value });
      const all = await tables('/api/bargaining?' + query);
      const rounds = all.find(t => t.id === 'bargaining-rounds');
      const forecast = all.find(t => t.id === 'bargaining-forecast');
      const fan = lineChart({
        series: [{ name: 'median of runs', colour: '#c0392b', points: forecast.rows.map(r => [r.round, r.median_p50]) },
          { name: 'base run', colour: '#333', points: rounds.rows.map(r => [r.round, r.median]) }],
        bands: [{ colour: '#c0392b', opacity: 0.15, from: forecast.rows.map(r => [r.round, r.median_p5, r.median_p95]) },
          { colour: '#c0392b', opacity: 0.2, from: forecast.rows.map(r => [r.round, r.median_p25, r.median_p75]) }],
        yLabel: 'median-voter position', source: forecast.source + ' (bands: 5th-95th and 25th-75th percentiles)',
        format: v => String(Number(v.toPrecision(3))) });
      fill(result, el('section', { class: 'panel', id: 'bargain-fan' }, el('h3', {}, forecast.title), fan, notes(rounds)),
        ...all.map(t => el('section', { class: 'panel', 'data-table': t.id }, el('h3', {}, t.title || t.id),
          tableView(t), notes(t))));
      status.textContent = 'done';
    } catch (e) {
      fill(status, failure(e));
    } finally {
      start.disabled = false;
    }
  });
  // #bargaining?issue=ID[&variant=V&runs=N&seed=S] runs it at once (a link to a forecast)
  const asked = new URLSearchParams(location.hash.split('?')[1] || '');
  if (asked.has('issue')) {
    issue.value = asked.get('issue');
    if (asked.has('variant')) variant.value = asked.get('variant');
    if (asked.has('runs')) runs.value = asked.get('runs');
    if (asked.has('seed')) seed.value = asked.get('seed');
    start.click();
  }
}

// ---------------------------------------------------------------- claims browser
async function claimsPage() {
  const search = el('input', { type: 'search', placeholder: 'Search quotes, predicates, ids', 'aria-label': 'Search' });
  const kind = el('select', { 'aria-label': 'Kind' }, ['', 'fact', 'assessment', 'recommendation'].map(k =>
    el('option', { value: k }, k || 'any kind')));
  const status = el('select', { 'aria-label': 'Status' }, ['', 'curated', 'proposed', 'accepted', 'rejected'].map(k =>
    el('option', { value: k }, k || 'any status')));
  const actor = el('input', { type: 'text', placeholder: 'Actor (e.g. PAK)', 'aria-label': 'Actor', size: 10 });
  const list = el('div', {});
  show(el('h2', {}, 'Claims'), el('section', { class: 'panel' }, el('div', { class: 'controls' }, search, kind, status,
    actor), list));
  await sources().catch(() => null);
  let rows = [];
  const render = () => {
    const q = search.value.toLowerCase();
    const shown = rows.filter(r => !q || Object.values(r).some(v => v !== null && String(v).toLowerCase().includes(q)));
    fill(list, el('p', { class: 'muted' }, shown.length + ' of ' + rows.length + ' claims'),
      ...shown.slice(0, 200).map(r => el('div', { class: 'card' }, el('strong', {}, r.id), ' ',
        el('span', { class: 'pill' }, r.kind), ' ', el('span', { class: 'pill' }, r.status), ' ',
        r.subjects + ' ' + r.predicate + ' ' + (r.objects || ''), el('blockquote', {}, r.quote), sourceLine(r.source))));
  };
  const load = async () => {
    const query = new URLSearchParams();
    if (kind.value) query.set('kind', kind.value);
    if (status.value) query.set('status', status.value);
    if (actor.value.trim()) query.set('actor', actor.value.trim());
    try {
      const [t] = await tables('/api/claims?' + query);
      rows = t.rows;
      render();
    } catch (e) {
      fill(list, failure(e));
    }
  };
  search.addEventListener('input', render);
  [kind, status].forEach(s => s.addEventListener('change', load));
  actor.addEventListener('change', load);
  await load();
}

// ---------------------------------------------------------------- import (write mode only)
const EVENT_FAMILIES = ['gdelt', 'icews', 'events'];
/** Suggestions for the dataset field (the server names every layout it reads when given another). */
const IMPORT_SUGGESTIONS = ['case', ...EVENT_FAMILIES, 'cow-nmc', 'sipri-milex', 'sipri-tiv-table'];

async function importPage() {
  if (!state.config.writesAllowed) {
    show(el('h2', {}, 'Import'), el('p', { class: 'panel' }, 'This server is read-only. Start it with '
      + '`counterweight serve --allow-writes` to import files.'));
    return;
  }
  const field = (label, input) => el('label', {}, label + ' ', input);
  const token = el('input', { type: 'password', id: 'import-token', placeholder: 'printed when the server started',
    autocomplete: 'off' });
  const dataset = el('input', { type: 'text', id: 'import-dataset', list: 'datasets', placeholder: 'case, gdelt, cow-nmc...',
    size: 14 });
  const version = el('input', { type: 'text', id: 'import-version', placeholder: 'if the file lacks it', size: 12 });
  const file = el('input', { type: 'file', id: 'import-file', 'aria-label': 'File' });
  const go = el('button', { id: 'import-go' }, 'Import');
  const out = el('div', { id: 'import-result' });
  show(el('h2', {}, 'Import a dataset, case or event file'), el('section', { class: 'panel' },
    el('datalist', { id: 'datasets' }, IMPORT_SUGGESTIONS.map(d => el('option', { value: d }))),
    el('div', { class: 'controls' }, field('Token', token), field('Dataset', dataset), field('Version', version),
      file, go),
    el('p', { class: 'muted' }, 'Writes need the token the server printed at start. Event data (gdelt, icews, or '
      + 'events for either) goes to the event store and shows on the Events page; a file that is not what it says '
      + 'is refused and nothing is stored. Files over ' + Math.round(state.config.maxRequestBytes / 1048576)
      + ' MiB go through counterweight import.'), out));
  go.addEventListener('click', async () => {
    if (!file.files.length) { fill(out, failure(new Error('file: choose a file'))); return; }
    const query = new URLSearchParams({ dataset: dataset.value.trim(), name: file.files[0].name.replace(/[^A-Za-z0-9._-]/g, '_') });
    if (version.value.trim()) query.set('version', version.value.trim());
    fill(out, el('p', { class: 'muted' }, 'Importing ' + file.files[0].name + '...'));
    try {
      const t = await api('/api/import?' + query, { method: 'POST', body: file.files[0],
        headers: { Authorization: 'Bearer ' + token.value.trim() } });
      state.coverage = null;
      const imported = Array.isArray(t) ? t : [t];
      const events = EVENT_FAMILIES.includes(dataset.value.trim());
      fill(out, el('p', { class: 'notice', id: 'import-done' }, 'Imported ' + file.files[0].name + '.',
        events ? el('span', {}, ' See it on the ', el('a', { href: '#events' }, 'Events'), ' page.') : null),
      ...imported.filter(x => x.rows.length).map(x => el('div', {}, el('h3', {}, x.title || x.id), tableView(x),
        notes(x))));
    } catch (e) {
      fill(out, failure(e));
    }
  });
}

// ---------------------------------------------------------------- routing
const PAGES = { network: networkPage, timeline: timelinePage, charts: chartsPage, events: eventsPage,
  scenarios: scenariosPage, bargaining: bargainingPage, claims: claimsPage, import: importPage };

async function route() {
  const name = (location.hash.slice(1).split('?')[0]) || 'network';
  const page = PAGES[name] || networkPage;
  document.querySelectorAll('.top nav a').forEach(a => a.classList.toggle('active', a.dataset.page === name));
  untip();
  await page();
}

window.addEventListener('DOMContentLoaded', async () => {
  try {
    state.config = await api('/api/config');
    document.getElementById('nav-import').hidden = !state.config.writesAllowed;
  } catch (e) {
    state.config = { writesAllowed: false };
  }
  window.addEventListener('hashchange', route);
  await route();
});
