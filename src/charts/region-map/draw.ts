/**
 * A choropleth of areas (the councils of a region, or the regions of England) shaded by one
 * measure in a single-hue sequential palette, with nice class breaks worked out from the
 * values drawn. Withheld values (c) are dotted and values with no figure are hatched, as in
 * every chart. Each area carries its name and value where they fit inside it; otherwise a
 * numbered marker, listed with its value under the map. Projected with a transverse Mercator
 * centred like the British National Grid, fitted to the areas drawn.
 */
import { ThinPath } from '../kit/thin-path.ts';
import { geoArea, geoContains, geoPath, geoTransverseMercator, ticks, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { Shown } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import { formatNumber, formatShownNumber, listWords } from '../../text/format.ts';
import { OFFICIAL_SUPPRESSED, symbolMeaning } from '../../text/symbols.ts';
import { COLOURS, patternDefs, patternId } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { axisAttrs, meaningAttr, meaningOf, type Meaning } from '../kit/rules.ts';
import { PAD } from '../kit/axes.ts';
import { rect, text } from '../kit/svg.ts';
import { textWidth, wrap } from '../kit/text.ts';

/**
 * Sequential blues, light to dark (ColorBrewer "Blues", single hue, so it reads in every kind
 * of colour-blindness and in greyscale). Every class keeps 3.5:1 or more against the ink
 * boundaries; labels sit on a white halo, so their contrast does not depend on the fill.
 * Measured in tests/unit/region-map.test.ts.
 */
export const SEQUENTIAL = ['#deebf7', '#9ecae1', '#6baed6', '#4292c6', '#2171b5'] as const;

export interface RegionMapArea {
  /** ONS code: the mark's and the table row's key. */
  code: string;
  name: string;
  shown: Shown;
  /** The value in words for the table and the mark's label: "65 per 10,000 children", "c". */
  valueText: string;
  /** Anything the reader should know about this area's figure (a replaced council, a symbol). */
  note?: string;
  /** Boundary: RFC 7946 MultiPolygon coordinates (exteriors counter-clockwise). */
  coordinates: number[][][][];
  /** [longitude, latitude] inside the area, for its label. */
  label: [number, number];
}

export interface RegionMapInput {
  meta: ChartMeta;
  /** What the areas are: council shapes in a region, or the regions of England. */
  level: 'council' | 'region';
  /** The place the areas make up, as in "councils in <the region>" or "regions of <the country>". */
  place: string;
  /** The measure drawn, as in the key: "Children in care per 10,000 children". */
  measureLabel: string;
  unit: Unit;
  /** When the values are for, in words: "31 March 2025". */
  when: string;
  areas: RegionMapArea[];
  /** Licence attribution for the boundaries. */
  attribution: string;
  /** Words for c in the key. */
  suppressedKey: string;
  /** An area drawn with a heavy outline (a council's own page). */
  highlight?: string;
  /**
   * Grades instead of numbers (Ofsted's judgements): each area's number is the index of its grade
   * in `labels`, in the publisher's order; the key's unit is grades.
   */
  grades?: { labels: string[]; takeaway: string };
}

/** Classes: thresholds between them and the colours, chosen from the values drawn. */
export interface Classes {
  thresholds: number[];
  colours: string[];
  labels: string[];
}

const numberOf = (s: Shown): number | null => (s.kind === 'number' ? s.n : s.kind === 'range' ? s.max : null);

/** Nice, round class breaks (3 to 5 classes where the spread allows) over the values. */
export function classesFor(values: readonly number[], unit: Unit): Classes {
  if (values.length === 0) return { thresholds: [], colours: [], labels: [] };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const fmt = (n: number) => formatNumber(n, unit);
  if (lo === hi) return { thresholds: [], colours: [SEQUENTIAL[2]], labels: [fmt(lo)] };
  // Round steps (1, 2 or 5 times a power of ten); beyond five classes, drop the outer
  // threshold whose end class holds fewer areas.
  let thresholds = ticks(lo, hi, 5).filter((t) => t > lo && t <= hi);
  if (thresholds.length < 2) thresholds = ticks(lo, hi, 10).filter((t) => t > lo && t <= hi);
  // No more classes than distinct values, and at most five.
  const most = Math.min(4, new Set(values).size - 1);
  while (thresholds.length > most) {
    const below = values.filter((v) => v < thresholds[0]).length;
    const above = values.filter((v) => v >= thresholds[thresholds.length - 1]).length;
    if (below <= above) thresholds.shift();
    else thresholds.pop();
  }
  if (thresholds.length === 0) thresholds = [(lo + hi) / 2];
  const n = thresholds.length + 1;
  // Spread fewer classes across the ramp so neighbouring classes stay easy to tell apart.
  const colours = Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (n - 1))]);
  const whole = values.every(Number.isInteger) && thresholds.every(Number.isInteger);
  const labels = Array.from({ length: n }, (_, i) => {
    if (i === 0) return `under ${fmt(thresholds[0])}`;
    if (i === n - 1) return `${fmt(thresholds[n - 2])} or more`;
    return whole ? `${fmt(thresholds[i - 1])} to ${fmt(thresholds[i] - 1)}` : `${fmt(thresholds[i - 1])} to under ${fmt(thresholds[i])}`;
  });
  return { thresholds, colours, labels };
}

export const classOf = (c: Classes, n: number) => c.thresholds.filter((t) => n >= t).length;

/** d3-geo wants exterior rings clockwise, the reverse of RFC 7946: flip any polygon that covers most of the sphere. */
function forD3(a: RegionMapArea): Feature<MultiPolygon, { code: string }> {
  const coordinates = a.coordinates.map((poly) => (geoArea({ type: 'Polygon', coordinates: poly }) > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly));
  return { type: 'Feature', properties: { code: a.code }, geometry: { type: 'MultiPolygon', coordinates } };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The areas with a marker number, in the order of the list under the map. */
type Placed = { area: RegionMapArea; kind: 'name'; lines: string[]; x: number; y: number } | { area: RegionMapArea; kind: 'marker'; n: number; x: number; y: number };

const short = (a: RegionMapArea, unit: Unit | undefined) => (a.shown.kind === 'not-published' ? 'no figure' : unit ? formatShownNumber(a.shown, unit) : a.valueText);

const meaningFor = (a: RegionMapArea): Meaning => (numberOf(a.shown) !== null ? 'scale' : a.shown.kind === 'suppressed' ? 'suppressed' : 'not-published');

function fillFor(a: RegionMapArea, classes: Classes, prefix: string): string {
  const n = numberOf(a.shown);
  if (n !== null) return classes.colours[classOf(classes, n)];
  return `url(#${patternId(prefix, a.shown.kind === 'suppressed' ? 'suppressed' : 'none')})`;
}

/** The classes of a grade map: one shade per grade, light to dark in the publisher's order. */
export function gradeClasses(labels: readonly string[]): Classes {
  const n = labels.length;
  return { thresholds: labels.slice(1).map((_, i) => i + 1), colours: labels.map((_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / Math.max(1, n - 1))]), labels: [...labels] };
}
const classesOf = (input: RegionMapInput) => (input.grades ? gradeClasses(input.grades.labels) : classesFor(input.areas.map((a) => numberOf(a.shown)).filter((n): n is number => n !== null), input.unit));

function draw(input: RegionMapInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const { areas, unit } = input;
  // A grade map's labels are its grades' words, not numbers.
  const words = input.grades ? undefined : unit;
  const classes = classesOf(input);
  const out: string[] = [patternDefs(prefix)];

  // The colour key, flowing across the top.
  let y = PAD;
  const keyTitle = wrap(input.measureLabel, width - 2 * PAD, 13, true);
  out.push(text(PAD, y + 12, keyTitle, { size: 13, bold: true }));
  y += keyTitle.length * 16 + 6;
  let x = PAD;
  const sw = 22;
  // The colour key is this map's axis: shades of one measure, in its one unit.
  const key: string[] = [];
  for (let i = 0; i < classes.colours.length; i++) {
    const w = sw + 6 + textWidth(classes.labels[i], 12.5) + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    key.push(rect({ x, y, width: sw, height: 14, fill: classes.colours[i], stroke: COLOURS.ink, 'stroke-width': 1, ...meaningOf('scale') }), text(x + sw + 6, y + 11.5, classes.labels[i], { size: 12.5 }));
    x += w;
  }
  out.push(`<g ${axisAttrs('colour', unit)}>${key.join('')}</g>`);
  if (classes.colours.length) y += 24;

  // The map, fitted to the width; tall regions are capped so the page stays readable.
  const features = areas.map(forD3);
  const fc: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features };
  const projection: GeoProjection = geoTransverseMercator().rotate([2, -49]);
  const mapW = width - 2 * PAD;
  projection.fitWidth(mapW, fc);
  const [[, b0], [, b1]] = geoPath(projection).bounds(fc);
  const mapH = Math.round(Math.min(b1 - b0, width * 1.3));
  const top = y + 4;
  projection.fitExtent([[PAD, top], [width - PAD, top + mapH]], fc);
  // Tenths of a pixel are finer than any screen shows; whole thousandths (the default) tripled the page weight.
  // A map of every council in England is thinned to whole pixels (kit/thin-path.ts).
  const thin = areas.length > 60 ? new ThinPath(narrow ? 1.5 : 2) : null;
  const fine = geoPath(projection).digits(1);
  const coarse = thin ? geoPath(projection, thin as unknown as CanvasRenderingContext2D) : null;
  const path = Object.assign((f: (typeof features)[number]) => (coarse && thin ? (coarse(f), thin.result()) : fine(f)), { centroid: (f: (typeof features)[number]) => fine.centroid(f), area: (f: (typeof features)[number]) => fine.area(f), bounds: (f: (typeof features)[number]) => fine.bounds(f) });

  let marks = 0;
  areas.forEach((a, i) => {
    const aria = `${a.name}: ${a.valueText}${a.note ? ` (${a.note})` : ''}`;
    out.push(`<g ${markAttrs(aria, { row: 0, col: marks }, a.code, unit)}><path d="${path(features[i]) ?? ''}" fill="${fillFor(a, classes, prefix)}" stroke="${COLOURS.ink}" stroke-width="${narrow ? 0.6 : 0.8}" stroke-linejoin="round" ${meaningAttr(meaningFor(a))}/></g>`);
    marks++;
  });
  const hi = areas.findIndex((a) => a.code === input.highlight);
  if (hi >= 0) out.push(`<path d="${path(features[hi]) ?? ''}" fill="none" stroke="${COLOURS.ink}" stroke-width="3.5" stroke-linejoin="round" pointer-events="none"/>`);

  // Labels: largest areas first, so the names that can fit get the room.
  const size = narrow ? 11.5 : 12.5;
  const lineH = size + 2;
  const boxes: Box[] = [];
  const inside = (f: Feature<MultiPolygon>, px: number, py: number) => {
    const ll = projection.invert?.([px, py]);
    return !!ll && geoContains(f, ll);
  };
  /** The box (less a small margin: the text has a halo) lies inside the area. */
  const boxInside = (f: Feature<MultiPolygon>, full: Box) => {
    const b = { x: full.x + full.w * 0.08, y: full.y + full.h * 0.12, w: full.w * 0.84, h: full.h * 0.76 };
    return [
      [b.x, b.y],
      [b.x + b.w, b.y],
      [b.x, b.y + b.h],
      [b.x + b.w, b.y + b.h],
      [b.x + b.w / 2, b.y],
      [b.x + b.w / 2, b.y + b.h],
      [b.x, b.y + b.h / 2],
      [b.x + b.w, b.y + b.h / 2],
    ].every(([px, py]) => inside(f, px, py));
  };
  const order = areas.map((a, i) => ({ a, i, area: path.area(features[i]) })).sort((p, q) => q.area - p.area || p.a.name.localeCompare(q.a.name, 'en-GB'));
  const named = new Map<string, Placed>();
  const pending: { a: RegionMapArea; x: number; y: number }[] = [];
  for (const { a, i } of order) {
    const [lx, ly] = projection(a.label) ?? path.centroid(features[i]);
    const nameLines = wrap(a.name, narrow ? 90 : 130, size, true);
    const lines = [...nameLines, short(a, words)];
    const w = Math.max(...lines.map((l, j) => textWidth(l, size, j < nameLines.length))) + 4;
    const h = lines.length * lineH + 2;
    // Try the label point first, then nearby spots, nearest first.
    const spots = [0, -0.25, 0.25, -0.5, 0.5].flatMap((dx) => [0, -0.5, 0.5, -1, 1].map((dy) => [dx * w, dy * h])).sort((p, q) => Math.hypot(p[0], p[1]) - Math.hypot(q[0], q[1]));
    const box = nameLines.length > 2 ? undefined : spots.map(([dx, dy]) => ({ x: lx + dx - w / 2, y: ly + dy - h / 2, w, h })).find((b) => !boxes.some((o) => overlaps(o, b)) && boxInside(features[i], b));
    if (box) {
      boxes.push(box);
      named.set(a.code, { area: a, kind: 'name', lines, x: box.x + w / 2, y: box.y });
    } else pending.push({ a, x: lx, y: ly });
  }
  // Every council in England: too many small areas for numbered markers; their values are in the
  // table that follows the map and in each area's own label (tooltip, keyboard).
  if (thin) pending.length = 0;
  // Markers, numbered in the order of the list under the map (by name), nudged off each other.
  pending.sort((p, q) => p.a.name.localeCompare(q.a.name, 'en-GB'));
  const r = 9;
  const markers: Placed[] = [];
  pending.forEach((p, k) => {
    let best = { x: p.x, y: p.y };
    const clear = (cx: number, cy: number) => !boxes.some((b) => overlaps(b, { x: cx - r - 1, y: cy - r - 1, w: 2 * r + 2, h: 2 * r + 2 }));
    if (!clear(p.x, p.y)) {
      search: for (let d = r; d <= 6 * r; d += r / 2) {
        for (let s = 0; s < 12; s++) {
          const cx = p.x + d * Math.cos((s * Math.PI) / 6);
          const cy = p.y + d * Math.sin((s * Math.PI) / 6);
          if (cx - r >= 0 && cx + r <= width && cy - r >= top && clear(cx, cy)) {
            best = { x: cx, y: cy };
            break search;
          }
        }
      }
    }
    boxes.push({ x: best.x - r - 1, y: best.y - r - 1, w: 2 * r + 2, h: 2 * r + 2 });
    markers.push({ area: p.a, kind: 'marker', n: k + 1, x: best.x, y: best.y });
  });
  const halo = `stroke="${COLOURS.paper}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" pointer-events="none"`;
  for (const p of named.values()) {
    if (p.kind !== 'name') continue;
    const n = p.lines.length;
    p.lines.forEach((l, j) => {
      const bold = j < n - 1;
      out.push(text(p.x, p.y + (j + 1) * lineH - 2, l, { size, bold, anchor: 'middle' }).replace('<text ', `<text ${halo} `));
    });
  }
  for (const m of markers) {
    if (m.kind !== 'marker') continue;
    out.push(
      `<circle cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="${r}" fill="${COLOURS.paper}" stroke="${COLOURS.ink}" stroke-width="1.2" pointer-events="none"/>` +
        text(m.x, m.y, String(m.n), { size: 11, bold: true, anchor: 'middle', baseline: 'middle' }).replace('<text ', '<text pointer-events="none" '),
    );
  }

  // The numbered areas, listed under the map with their values.
  let height = top + mapH + 6;
  if (markers.length) {
    const cols = narrow ? 1 : 2;
    const colW = (width - 2 * PAD) / cols;
    const rows = Math.ceil(markers.length / cols);
    markers.forEach((m, k) => {
      if (m.kind !== 'marker') return;
      const cx = PAD + Math.floor(k / rows) * colW;
      const cy = height + 14 + (k % rows) * 19;
      out.push(
        `<circle cx="${(cx + r).toFixed(1)}" cy="${(cy - 4).toFixed(1)}" r="${r}" fill="${COLOURS.paper}" stroke="${COLOURS.ink}" stroke-width="1.2"/>` +
          text(cx + r, cy - 4, String(m.n), { size: 11, bold: true, anchor: 'middle', baseline: 'middle' }) +
          text(cx + 2 * r + 6, cy, `${m.area.name}: ${short(m.area, words)}`, { size: 12.5 }),
      );
    });
    height += rows * 19 + 10;
  }
  return { width, height: Math.ceil(height), body: out.join(''), marks };
}

/** Why hatched areas have no figure: "x: not available; no figure for this date". */
function noneWords(none: readonly RegionMapArea[]): string {
  const words = new Set<string>();
  for (const a of none) words.add(a.shown.kind === 'symbol' ? `${a.shown.symbol}: ${symbolMeaning(a.shown.symbol)}` : NO_FIGURE);
  return [...words].join('; ');
}

/** The key's words for c in official figures (withheld by the publisher, not by our rule). */
export { OFFICIAL_SUPPRESSED };

/** The words for an area with no value at the date drawn. */
export const NO_FIGURE = 'no figure for this date';

const what = (input: RegionMapInput) => (input.level === 'council' ? 'councils' : 'regions');

export function takeaway(input: RegionMapInput): string {
  const nums = input.areas.filter((a) => numberOf(a.shown) !== null);
  const others = input.areas.filter((a) => numberOf(a.shown) === null);
  const of = `${input.areas.length} ${what(input)} ${input.level === 'council' ? 'in' : 'of'} ${input.place}`;
  // Why, in words, never a bare symbol: by name for a few areas, counted by reason for more.
  const reason = (a: RegionMapArea): [string, string] =>
    a.shown.kind === 'suppressed' ? ['c', a.shown.reason === 'source' ? 'withheld by the publisher' : 'withheld to protect privacy'] : a.shown.kind === 'symbol' ? [a.shown.symbol, symbolMeaning(a.shown.symbol)] : ['', NO_FIGURE];
  const desc = (a: RegionMapArea) => {
    const [sym, words] = reason(a);
    return sym ? `${sym}: ${words}` : words;
  };
  const named = (a: RegionMapArea) => `${a.name} (${desc(a)})`;
  const counted = () => {
    const by = new Map<string, number>();
    for (const a of others) {
      const [sym, words] = reason(a);
      const k = sym ? `${words}, ${sym}` : words;
      by.set(k, (by.get(k) ?? 0) + 1);
    }
    return [...by].map(([k, n]) => `${n} ${k}`).join('; ');
  };
  let missing = '';
  if (others.length === 1) missing = `; ${others[0].name} has no figure shown (${desc(others[0])})`;
  else if (others.length > 1 && others.length <= 3) missing = `; ${others.length} have no figure shown: ${listWords(others.map(named))}`;
  else if (others.length > 3) missing = `; ${others.length} have no figure shown (${counted()})`;
  if (nums.length === 0) return `None of the ${of} has a figure shown for ${input.when}.`;
  if (nums.length === 1) return `Of the ${of}, only ${nums[0].name} has a figure shown: ${nums[0].valueText}.`;
  const max = Math.max(...nums.map((a) => numberOf(a.shown)!));
  const min = Math.min(...nums.map((a) => numberOf(a.shown)!));
  const at = (v: number) => nums.filter((a) => numberOf(a.shown) === v);
  const names = (v: number) => listWords(at(v).map((a) => a.name));
  return `Of the ${of}, ${names(max)} ${at(max).length > 1 ? 'have' : 'has'} the highest figure (${at(max)[0].valueText}) and ${names(min)} the lowest (${at(min)[0].valueText})${missing}.`;
}

export function regionMapDraw(input: RegionMapInput): ChartOutput {
  const { meta, areas } = input;
  // A grade map's labels are its grades' words, not numbers.
  const unit = input.grades ? undefined : input.unit;
  const classes = classesOf(input);
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: [input.level === 'council' ? 'Council' : 'Region', `${input.measureLabel}, ${input.when}`, 'Note'],
    rows: areas.map((a) => ({ key: a.code, cells: [a.name, a.valueText, a.note ?? ''] })),
  };
  const byClass = classes.labels
    .map((label, i) => ({ label, names: areas.filter((a) => numberOf(a.shown) !== null && classOf(classes, numberOf(a.shown)!) === i).map((a) => `${a.name} ${short(a, unit)}`) }))
    .filter((c) => c.names.length);
  const suppressed = areas.filter((a) => a.shown.kind === 'suppressed');
  const none = areas.filter((a) => numberOf(a.shown) === null && a.shown.kind !== 'suppressed');
  const alt =
    `Map of the ${areas.length} ${what(input)} ${input.level === 'council' ? 'in' : 'of'} ${input.place}, shaded from light to dark blue by ${input.measureLabel.toLowerCase()} at ${input.when}. ` +
    byClass.map((c) => `${c.label[0].toUpperCase()}${c.label.slice(1)}: ${c.names.join(', ')}`).join('; ') +
    '.' +
    (suppressed.length ? ` Withheld (c), drawn dotted: ${suppressed.map((a) => a.name).join(', ')}.` : '') +
    (none.length ? ` No figure, drawn hatched: ${none.map((a) => `${a.name} (${a.valueText})`).join(', ')}.` : '') +
    (input.highlight ? ` ${areas.find((a) => a.code === input.highlight)?.name ?? ''} is outlined in bold.` : '');
  const legend: LegendItem[] = [];
  if (suppressed.length) legend.push({ swatch: 'suppressed', label: input.suppressedKey, meaning: 'suppressed' });
  if (none.length) legend.push({ swatch: 'none', label: `No figure shown: ${noneWords(none)}`, meaning: 'not-published' });
  const notes = [
    input.grades ? `One shade per grade, light to dark in the publisher's order: ${classes.labels.join('; ')}.` : `${classes.labels.length ? `Darker blue is higher: ${input.measureLabel.toLowerCase()}, ${classes.labels.join('; ')}.` : 'No area has a figure to shade.'} Where a name does not fit its area, a number marks it and the list under the map gives its value.`,
    ...(meta.notes ?? []),
    input.attribution,
  ];
  return chartOutput('region-map', meta, { takeaway: input.grades?.takeaway ?? takeaway(input), alt: input.grades ? alt.replace('shaded from light to dark blue by', 'shaded by') : alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
