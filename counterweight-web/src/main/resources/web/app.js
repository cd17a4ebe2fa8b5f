// Counterweight workbench UI: plain JavaScript over the JSON API, no libraries, nothing fetched from
// elsewhere. Every page reads the tables the API answers (the CLI's --format json) and shows each
// value with its basis and source. Text from the data is set as text, never as HTML.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const FIRST_YEAR = 1947;
const LAST_YEAR = 2024;
const SIGN_COLOUR = { '+': '#1f6fb2', '-': '#c0392b' };
const SERIES_COLOURS = ['#1f6fb2', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#2c3e50'];

const state = { config: null, sources: null };

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

function sourceLine(id) {
  if (!id) return null;
  const s = state.sources && state.sources[id];
  return el('span', { class: 'muted' }, 'Source: ', s ? s.title + (s.date ? ' (' + s.date + ')' : '') + ' [' + id + ']' : id);
}

function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children);
}

function failure(e) {
  return el('p', { class: 'error', role: 'alert' }, String(e.message || e));
}

function tableView(t, columns) {
  const cols = columns || t.columns;
  return el('div', { class: 'table-wrap' }, el('table', {},
    el('thead', {}, el('tr', {}, cols.map(c => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, t.rows.map(r => el('tr', {}, cols.map(c =>
      el('td', { class: /quote|evidence/.test(c) ? 'quote' : null }, r[c] === null ? '' : String(r[c]))))))));
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
    item('curated (case file, with quote)', '#555', BASIS_STYLE.curated));
}

function svgLegendLine(colour, style) {
  return svg('svg', { width: 36, height: 12, 'aria-hidden': 'true' },
    svg('line', { x1: 2, y1: 6, x2: 34, y2: 6, stroke: colour, 'stroke-width': Math.min(style.width, 5),
      'stroke-dasharray': style.dash }));
}

async function networkPage() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  let year = Number(params.get('year')) || 2019;
  const output = el('output', { for: 'year' }, year);
  const slider = el('input', { type: 'range', id: 'year', min: FIRST_YEAR, max: LAST_YEAR, value: year,
    'aria-label': 'Year' });
  const drawing = el('div', { id: 'network' });
  const evidence = el('div', { id: 'evidence', class: 'evidence' },
    el('p', { class: 'muted' }, 'Click a tie (a line between two actors) to read the evidence behind it.'));
  const caption = el('div', { class: 'muted' });
  show(el('h2', {}, 'Network explorer'),
    el('div', { class: 'split' },
      el('section', { class: 'panel' },
        el('div', { class: 'controls' }, el('label', { for: 'year' }, 'Year ', slider, output)),
        legend(), drawing, caption),
      el('section', { class: 'panel', 'aria-label': 'Evidence' }, el('h3', {}, 'Evidence'), evidence)));
  await sources().catch(() => null);
  let pending = 0;
  const draw = async () => {
    const ticket = ++pending;
    drawing.replaceChildren(el('p', { class: 'muted' }, 'Loading ' + year + '...'));
    try {
      const [t] = await tables('/api/ties?year=' + year);
      if (ticket !== pending) return;
      drawNetwork(drawing, t, year, evidence);
      caption.replaceChildren(el('p', {}, t.rows.length + ' ties in ' + year + '. ' + t.source), notes(t));
    } catch (e) {
      if (ticket === pending) drawing.replaceChildren(failure(e));
    }
  };
  let timer = null;
  slider.addEventListener('input', () => {
    year = Number(slider.value);
    output.textContent = year;
    clearTimeout(timer);
    timer = setTimeout(draw, 150);
  });
  await draw();
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
      + row.weight + ', ' + row.basis;
    const group = svg('g', { class: 'tie', tabindex: 0, role: 'button', 'aria-label': label,
      'data-pair': row.a + '-' + row.b, 'data-basis': kind, 'data-sign': row.sign },
      svg('title', {}, label),
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
    group.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    picture.append(group);
  }
  for (const a of actors) {
    const [x, y] = at[a];
    picture.append(svg('g', { class: 'node' }, svg('circle', { cx: x, cy: y, r: 34 }), svg('text', { x, y }, a)));
  }
  container.replaceChildren(picture);
}

async function showEvidence(target, tie, year) {
  const pair = [tie.a, tie.b];
  // Items are separated by '; ' before their sign ('+ relation ...; - TSS ...'); a ';' inside brackets stays.
  const split = s => (s || '').split(/; (?=[+-] )/).filter(Boolean);
  target.replaceChildren(
    el('h3', {}, tie.a + ' – ' + tie.b + ' in ' + year),
    el('dl', {},
      el('dt', {}, 'Sign'), el('dd', {}, tie.sign === '+' ? 'positive (alignment)' : 'negative (hostility)'),
      el('dt', {}, 'Weight'), el('dd', {}, String(tie.weight)),
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
    details.replaceChildren(cards.length ? el('h3', {}, 'Curated evidence, with quotes and sources') : el('p', {
      class: 'muted' }, 'No curated relation or agreement: this tie rests on the datasets named above (ATOP '
      + 'obligations, strategic rivalries); see their citations under Sources.'), ...cards);
  } catch (e) {
    details.replaceChildren(failure(e));
  }
}

// ---------------------------------------------------------------- line and band charts
function scale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return v => r0 + (v - d0) / span * (r1 - r0);
}

function ticks(lo, hi, n) {
  const step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n || 1)));
  const nice = [1, 2, 5, 10].map(m => m * step).find(s => (hi - lo) / s <= n) || step * 10;
  const out = [];
  for (let v = Math.ceil(lo / nice) * nice; v <= hi + 1e-9; v += nice) out.push(+v.toPrecision(12));
  return out;
}

/**
 * A line chart: series is [{name, points: [[x, y]...], colour}], bands optional [{from: [[x, lo, hi]], colour}].
 * Points show their value, unit and source on hover (and as an SVG title for screen readers).
 */
function lineChart({ series, bands = [], unit, source, yLabel, format = v => v.toPrecision(3) }) {
  const w = 720, h = 340, m = { l: 64, r: 16, t: 16, b: 40 };
  const xs = series.flatMap(s => s.points.map(p => p[0])).concat(bands.flatMap(b => b.from.map(p => p[0])));
  const ys = series.flatMap(s => s.points.map(p => p[1]))
    .concat(bands.flatMap(b => b.from.flatMap(p => [p[1], p[2]]))).filter(v => v !== null && isFinite(v));
  if (!xs.length || !ys.length) return el('p', { class: 'muted' }, 'No values to draw (not covered).');
  const x = scale(Math.min(...xs), Math.max(...xs), m.l, w - m.r);
  let lo = Math.min(...ys), hi = Math.max(...ys);
  if (lo === hi) { lo -= 1; hi += 1; }
  const y = scale(lo, hi, h - m.b, m.t);
  const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': yLabel });
  const axis = svg('g', { class: 'axis' });
  for (const v of ticks(lo, hi, 5)) {
    axis.append(svg('line', { x1: m.l, x2: w - m.r, y1: y(v), y2: y(v), 'stroke-opacity': 0.3 }),
      svg('text', { x: m.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, format(v)));
  }
  for (const v of ticks(Math.min(...xs), Math.max(...xs), 8)) {
    axis.append(svg('text', { x: x(v), y: h - m.b + 18, 'text-anchor': 'middle' }, v));
  }
  axis.append(svg('text', { x: 4, y: 12 }, yLabel + (unit ? ' (' + unit + ')' : '')));
  chart.append(axis);
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
      chart.append(svg('circle', { cx: x(p[0]), cy: y(p[1]), r: 4, fill: s.colour, class: 'point',
        onmousemove: e => tip(e, text), onmouseleave: untip }, svg('title', {}, text)));
    }
  }
  const key = el('div', { class: 'legend' }, series.map(s => el('span', {},
    svgLegendLine(s.colour, { width: 3, dash: s.dash }), ' ', s.name)));
  return el('figure', { style: 'margin:0' }, chart, key,
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
    const w = 720, h = 110, x = scale(Math.min(...years), Math.max(...years) + 1, 20, w - 20);
    const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img',
      'aria-label': 'Agreements and events over time' });
    chart.append(svg('line', { x1: 20, x2: w - 20, y1: 60, y2: 60, stroke: '#9aa3b0' }));
    for (const v of ticks(Math.min(...years), Math.max(...years) + 1, 8)) {
      chart.append(svg('text', { x: x(v), y: 100, 'text-anchor': 'middle' }, v));
    }
    items.forEach(i => {
      const d = new Date(i.date);
      const pos = x(d.getUTCFullYear() + d.getUTCMonth() / 12);
      const text = i.date + ' ' + i.text + (i.source ? ' — source: ' + i.source : '');
      chart.append(svg('circle', { cx: pos, cy: i.kind === 'agreement' ? 45 : 75, r: 6,
        fill: i.kind === 'agreement' ? '#1f6fb2' : '#d35400', 'fill-opacity': 0.75,
        onmousemove: e => tip(e, text), onmouseleave: untip }, svg('title', {}, text)));
    });
    chart.append(svg('text', { x: 20, y: 20 }, 'agreements (blue, upper row), events (orange, lower row)'));
    panel.replaceChildren(chart, el('ol', { class: 'evidence' }, items.map(i => el('li', { class: 'card' },
      el('strong', {}, i.date + ' '), el('span', { class: 'pill' }, i.kind), ' ', i.text,
      i.quote ? el('blockquote', {}, i.quote) : null, sourceLine(i.source)))));
  } catch (e) {
    panel.replaceChildren(failure(e));
  }
}

// ---------------------------------------------------------------- charts
async function chartsPage() {
  const power = el('section', { class: 'panel' }, el('h3', {}, 'Power: CINC by year'), el('p', { class: 'muted' },
    'Loading...'));
  const arms = el('section', { class: 'panel' }, el('h3', {}, 'Arms imports by supplier'), el('p', {
    class: 'muted' }, 'Loading...'));
  const similarity = el('section', { class: 'panel' }, el('h3', {}, 'Alliance-portfolio similarity'),
    el('p', { class: 'muted' }, 'Loading...'));
  show(el('h2', {}, 'Power, arms and similarity'), power, arms, similarity);
  const actors = ['IND', 'PAK', 'USA', 'CHN'];
  tables('/api/power?actors=' + actors.join(',') + '&from=1990&to=2022').then(([dist]) => {
    power.replaceChildren(power.firstChild, lineChart({
      series: actors.map((a, i) => ({ name: a, colour: SERIES_COLOURS[i], points: dist.rows.filter(r => r.actor === a)
        .map(r => [r.year, r.capability, r.missing || null]) })),
      unit: 'share of world capabilities', yLabel: 'CINC', source: dist.notes[0]
        ? dist.notes[0].split('. ')[0].replace(/^Source: /, '') : dist.source, format: v => v.toFixed(3) }), el('p', { class: 'muted' }, dist.source));
  }).catch(e => power.replaceChildren(power.firstChild, failure(e)));
  const recipient = el('select', { 'aria-label': 'Recipient' }, ['PAK', 'IND'].map(a => el('option', {}, a)));
  const drawArms = () => tables('/api/arms?recipient=' + recipient.value).then(([t]) => {
    const top = t.rows.slice(0, 8);
    const w = 720, rowH = 30, h = top.length * rowH + 20, max = Math.max(...top.map(r => r.share_pct || 0), 1);
    const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': t.title });
    top.forEach((r, i) => {
      const text = r.supplier + ': ' + r.share_pct + '% of TIV (' + r.tiv_m + ' million TIV) — ' + r.release;
      chart.append(svg('text', { x: 150, y: i * rowH + 20, 'text-anchor': 'end' }, r.supplier),
        svg('rect', { x: 160, y: i * rowH + 6, height: rowH - 10, width: (w - 230) * (r.share_pct || 0) / max,
          fill: '#1f6fb2', onmousemove: e => tip(e, text), onmouseleave: untip }, svg('title', {}, text)),
        svg('text', { x: 166 + (w - 230) * (r.share_pct || 0) / max, y: i * rowH + 20 }, r.share_pct + '%'));
    });
    arms.replaceChildren(arms.firstChild, el('div', { class: 'controls' }, el('label', {}, 'Recipient ', recipient)),
      el('p', {}, t.title), chart, notes(t));
  }).catch(e => arms.replaceChildren(arms.firstChild, failure(e)));
  recipient.addEventListener('change', drawArms);
  drawArms();
  tables('/api/similarity?a=IND&b=USA&from=1990&to=2022').then(([t]) => {
    similarity.replaceChildren(similarity.firstChild, lineChart({
      series: [{ name: 'IND–USA weighted S', colour: SERIES_COLOURS[0], points: t.rows.map(r => [r.year, r.s_weighted,
        r.basis]) }, { name: 'IND–USA unweighted S', colour: SERIES_COLOURS[2], dash: '6 4', points: t.rows.map(r =>
        [r.year, r.s_unweighted, r.basis]) }],
      unit: '-1 to 1', yLabel: 'S', source: t.title, format: v => v.toFixed(2) }), notes(t));
  }).catch(e => similarity.replaceChildren(similarity.firstChild, failure(e)));
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
    status.replaceChildren(failure(e));
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
    result.replaceChildren();
    bar.style.width = '0';
    try {
      const run = await api('/api/scenarios/runs?' + query, { method: 'POST', body,
        headers: { 'Content-Type': 'application/yaml' } });
      current = run.id;
      start.disabled = true;
      cancel.disabled = false;
      follow(run.id, bar, status, result, () => { start.disabled = false; cancel.disabled = true; });
    } catch (e) {
      status.replaceChildren(failure(e));
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
  const baseline = byId('-baseline-bands')[0];
  const scenario = byId('-scenario-bands')[0];
  const seriesNames = baseline ? [...new Set(baseline.rows.map(r => r.series))] : [];
  const pick = el('select', { 'aria-label': 'Series' }, seriesNames.map(s => el('option', {}, s)));
  const fan = el('div', { id: 'fan' });
  const draw = () => {
    const of = (t, s) => t.rows.filter(r => r.series === s);
    const s = pick.value;
    fan.replaceChildren(lineChart({
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
  const rest = all.filter(t => !t.id.endsWith('-bands'));
  target.replaceChildren(el('section', { class: 'panel', id: 'fan-panel' }, el('h3', {}, 'Fan chart against the baseline'),
    el('div', { class: 'controls' }, el('label', {}, 'Series ', pick)), fan),
    ...rest.map(t => el('section', { class: 'panel' }, el('h3', {}, t.title || t.id), tableView(t), notes(t))));
  if (baseline && scenario) draw();
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
    status.replaceChildren(failure(e));
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
      result.replaceChildren(el('section', { class: 'panel', id: 'bargain-fan' }, el('h3', {}, forecast.title), fan, notes(rounds)),
        ...all.map(t => el('section', { class: 'panel' }, el('h3', {}, t.title || t.id), tableView(t), notes(t))));
      status.textContent = 'done';
    } catch (e) {
      status.replaceChildren(failure(e));
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
    list.replaceChildren(el('p', { class: 'muted' }, shown.length + ' of ' + rows.length + ' claims'),
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
      list.replaceChildren(failure(e));
    }
  };
  search.addEventListener('input', render);
  [kind, status].forEach(s => s.addEventListener('change', load));
  actor.addEventListener('change', load);
  await load();
}

// ---------------------------------------------------------------- import (write mode only)
async function importPage() {
  if (!state.config.writesAllowed) {
    show(el('h2', {}, 'Import'), el('p', { class: 'panel' }, 'This server is read-only. Start it with '
      + '`counterweight serve --allow-writes` to import files.'));
    return;
  }
  const token = el('input', { type: 'password', 'aria-label': 'Write token', placeholder: 'token printed at start' });
  const dataset = el('input', { type: 'text', 'aria-label': 'Dataset', placeholder: 'case, cow-nmc, ...' });
  const version = el('input', { type: 'text', 'aria-label': 'Version', placeholder: 'version (if the file lacks it)' });
  const file = el('input', { type: 'file', 'aria-label': 'File' });
  const go = el('button', {}, 'Import');
  const out = el('div', {});
  show(el('h2', {}, 'Import a dataset or case file'), el('section', { class: 'panel' }, el('div', { class: 'controls' },
    token, dataset, version, file, go), out));
  go.addEventListener('click', async () => {
    if (!file.files.length) { out.replaceChildren(failure(new Error('file: choose a file'))); return; }
    const query = new URLSearchParams({ dataset: dataset.value.trim(), name: file.files[0].name.replace(/[^A-Za-z0-9._-]/g, '_') });
    if (version.value.trim()) query.set('version', version.value.trim());
    try {
      const t = await api('/api/import?' + query, { method: 'POST', body: file.files[0],
        headers: { Authorization: 'Bearer ' + token.value.trim() } });
      out.replaceChildren(tableView(Array.isArray(t) ? t[0] : t));
    } catch (e) {
      out.replaceChildren(failure(e));
    }
  });
}

// ---------------------------------------------------------------- routing
const PAGES = { network: networkPage, timeline: timelinePage, charts: chartsPage, scenarios: scenariosPage,
  bargaining: bargainingPage,
  claims: claimsPage, import: importPage };

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
