/**
 * Trends over time: one line per series on a time axis, every point marked and the first, last
 * and highest labelled. A point with no published value breaks the line and is marked on the
 * axis as not published (or c); a range is drawn as a vertical bar.
 */
import { extent, line as d3line, max, scaleLinear, scaleUtc, utcYear } from 'd3';
import type { Shown } from '../../data/shown.ts';
import { bounds } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import type { Qualifier } from '../../data/schemas/observations.ts';
import { formatShown, formatShownNumber } from '../../text/format.ts';
import { COLOURS, LINES, patternDefs } from '../kit/palette.ts';
import { axisAttrs, meaningAttr, segmentOf } from '../kit/rules.ts';
import { esc } from '../kit/escape.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { statusBox } from '../kit/marks.ts';
import { line, text } from '../kit/svg.ts';

/** qualifier keeps the document's wording ("over 500") in labels and the takeaway. */
export interface TrendPoint { date: string; label: string; shown: Shown; qualifier?: Qualifier }
export interface TrendSeries { key: string; label: string; points: TrendPoint[] }
export interface TrendInput {
  meta: ChartMeta;
  series: TrendSeries[];
  unit: Unit;
  /** What the values are ("Children in care"). */
  measure: string;
  /** The key's words for c, where a point is withheld. */
  suppressedKey?: string;
  /** A takeaway worked out by the caller, for comparisons the generic sentence cannot make. */
  takeaway?: string;
}

/**
 * Lines in their own colours (not supply blue or need orange, which mean something else on the
 * same pages): the chart's main series first. Each also has its own dash and marker shape and
 * is named at its end, so colour is never the only key.
 */
const STYLE = [
  { colour: LINES[0], dash: undefined, swatch: 'line-1' as const, shape: 'circle', meaning: 'main-series' as const },
  { colour: LINES[1], dash: '6 4', swatch: 'line-2' as const, shape: 'square', meaning: 'second-series' as const },
  { colour: LINES[2], dash: '2 3', swatch: 'line-3' as const, shape: 'diamond', meaning: 'third-series' as const },
];
const LINE_WORDS = ['solid line, circles', 'dashed line, squares', 'dotted line, diamonds'];
const mid = (s: Shown) => {
  const b = bounds(s);
  return b ? (b[0] + b[1]) / 2 : null;
};
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function draw(input: TrendInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const height = narrow ? 250 : 300;
  const m = { top: 24, right: narrow ? 16 : input.series.length > 1 ? 140 : 40, bottom: 40, left: narrow ? 44 : 64 };
  const all = input.series.flatMap((s) => s.points);
  const [d0, d1] = extent(all, (p) => d(p.date)) as [Date, Date];
  const x = scaleUtc().domain([d0, d1]).range([m.left, width - m.right]);
  const y = scaleLinear().domain([0, (max(all, (p) => bounds(p.shown)?.[1] ?? 0) ?? 1) * 1.1]).nice().range([height - m.bottom, m.top]);
  const fmt = (n: number) => formatShownNumber({ kind: 'number', n }, input.unit).replace(/(\d),(\d{3}),(\d{3})$/, '$1.$2m').replace(/\.(\d)\d*m$/, '.$1m');
  const out: string[] = [patternDefs(prefix)];
  const axis: string[] = [];
  for (const t of y.ticks(narrow ? 4 : 5)) {
    axis.push(line({ x1: m.left, x2: width - m.right, y1: y(t), y2: y(t), stroke: COLOURS.grid }), text(m.left - 6, y(t), fmt(t), { size: 12, anchor: 'end', baseline: 'middle', fill: COLOURS.muted }));
  }
  axis.push(line({ x1: m.left, x2: width - m.right, y1: y(0), y2: y(0), stroke: COLOURS.ink }));
  out.push(`<g ${axisAttrs('y', input.unit)}>${axis.join('')}</g>`);
  // Few dates: label each with its own period ("2019/20"); many: whole years only.
  const dates = [...new Map(all.map((p) => [p.date, p.label])).entries()];
  if (dates.length <= (narrow ? 4 : 6)) {
    // The last label ends at the plot's edge rather than running off the drawing.
    for (const [iso, label] of dates) {
      const lx = x(d(iso));
      const end = lx + label.length * 3.6 > width - 2;
      out.push(text(end ? width - 2 : lx, height - m.bottom + 18, label, { size: 12, anchor: end ? 'end' : 'middle', fill: COLOURS.muted }));
    }
  } else {
    const span = d1.getUTCFullYear() - d0.getUTCFullYear();
    const step = Math.max(1, Math.ceil(span / (narrow ? 4 : 7)));
    for (const t of x.ticks(utcYear.every(step)!)) out.push(text(x(t), height - m.bottom + 18, String(t.getUTCFullYear()), { size: 12, anchor: 'middle', fill: COLOURS.muted }));
  }
  // At each date, the higher series is labelled above its point and the lower one below.
  const highest = new Map<string, number>();
  for (const s of input.series) for (const p of s.points) { const v = mid(p.shown); if (v !== null) highest.set(p.date, Math.max(highest.get(p.date) ?? -Infinity, v)); }
  const ends: { y: number; label: string; colour: string; x: number }[] = [];
  let marks = 0;
  input.series.forEach((s, si) => {
    const st = STYLE[si % STYLE.length];
    const pts = s.points.map((p) => ({ p, v: mid(p.shown), x: x(d(p.date)) }));
    const path = d3line<(typeof pts)[number]>().defined((q) => q.v !== null).x((q) => q.x).y((q) => y(q.v!))(pts) ?? '';
    out.push(`<path d="${path.replace(/(\.\d)\d+/g, '$1')}" fill="none" stroke="${st.colour}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''} ${meaningAttr(st.meaning)}/>`);
    const vals = pts.filter((q) => q.v !== null);
    const top = vals.reduce((a, b) => (b.v! > a.v! ? b : a), vals[0]);
    pts.forEach((q, i) => {
      const desc = `${s.label}, ${q.p.label}: ${formatShown(q.p.shown, input.unit, q.p.qualifier)}`;
      let mark: string;
      if (q.v === null) {
        const box = statusBox(q.p.shown.kind === 'suppressed' ? 'suppressed' : 'not-published', q.x - 9, y(0) - 22, 18, prefix, q.p.shown.kind === 'suppressed' ? 'c' : '', segmentOf(`${s.key}:${q.p.date}`));
        mark = box.svg;
      } else {
        const b = bounds(q.p.shown)!;
        const range = b[1] > b[0] ? line({ x1: q.x, x2: q.x, y1: y(b[0]), y2: y(b[1]), stroke: st.colour, 'stroke-width': 3 }) : '';
        const ma = meaningAttr(st.meaning);
        const shape = st.shape === 'circle'
          ? `<circle cx="${q.x.toFixed(1)}" cy="${y(q.v).toFixed(1)}" r="4.5" fill="${st.colour}" stroke="${COLOURS.paper}" stroke-width="1.5" ${ma}/>`
          : st.shape === 'diamond'
          ? `<path d="M${q.x.toFixed(1)} ${(y(q.v) - 6).toFixed(1)}l6 6-6 6-6-6z" fill="${st.colour}" stroke="${COLOURS.paper}" stroke-width="1.5" ${ma}/>`
          : `<rect x="${(q.x - 4.5).toFixed(1)}" y="${(y(q.v) - 4.5).toFixed(1)}" width="9" height="9" fill="${st.colour}" stroke="${COLOURS.paper}" stroke-width="1.5" ${ma} data-segment="" data-table-row="${esc(`${s.key}:${q.p.date}`)}"/>`;
        // With three or more lines only the first (the area itself) is labelled; the rest would collide.
        const labelIt = (input.series.length <= 2 || si === 0) && (q === vals[0] || q === vals[vals.length - 1] || q === top);
        const above = input.series.length === 1 || q.v >= (highest.get(q.p.date) ?? q.v);
        const lab = labelIt ? text(Math.min(Math.max(q.x, m.left + 16), width - m.right - (narrow ? 16 : 0)), y(q.v) + (above ? -10 : 20), (q.p.qualifier === 'over' ? 'over ' : q.p.qualifier === 'about' ? 'about ' : '') + fmt(q.v), { size: 12.5, anchor: 'middle', bold: true }) : '';
        mark = range + shape + lab;
      }
      out.push(`<g ${markAttrs(desc, { row: si, col: i }, `${s.key}:${q.p.date}`, input.unit)}>${mark}</g>`);
      marks++;
    });
    // Name each line at its right end (wide) so colour is never the only key.
    const last = vals[vals.length - 1];
    if (!narrow && last && input.series.length > 1) ends.push({ x: last.x + 10, y: y(last.v!) + 4, label: s.label, colour: st.colour });
  });
  // Keep line-end names at least one line apart.
  ends.sort((a, b) => a.y - b.y).forEach((e, i, arr) => {
    if (i && e.y - arr[i - 1].y < 16) e.y = arr[i - 1].y + 16;
    out.push(text(e.x, e.y, e.label, { size: 12.5, bold: true, fill: e.colour }));
  });
  return { width, height, body: out.join(''), marks };
}

const when = (p: TrendPoint) => p.label;

export function takeaway(input: TrendInput): string {
  const { series, unit, measure } = input;
  if (series.length === 2) {
    const [a, b] = series;
    const pairs = a.points.map((p) => [p, b.points.find((q) => q.date === p.date)] as const).filter(([p, q]) => q && mid(p.shown) !== null && mid(q.shown) !== null);
    const over = pairs.filter(([p, q]) => mid(q!.shown)! > mid(p.shown)!).length;
    const noun = b.label.toLowerCase();
    if (over === pairs.length) return `${b.label} was above ${a.label.toLowerCase()} in each of the ${pairs.length} years shown, ${pairs[0][0].label} to ${pairs[pairs.length - 1][0].label}.`;
    if (over === 0) return `${b.label} was at or below ${a.label.toLowerCase()} in each of the ${pairs.length} years shown.`;
    return `${b.label.replace(/^./, (c) => c.toUpperCase())} was above ${a.label.toLowerCase()} in ${over} of the ${pairs.length} years shown (${noun}).`;
  }
  const s = series[0];
  const vals = s.points.filter((p) => mid(p.shown) !== null);
  if (vals.length < 2) return `${measure}: only one published value, ${vals[0] ? formatShown(vals[0].shown, unit) : 'not published'}.`;
  const first = vals[0];
  const last = vals[vals.length - 1];
  const top = vals.reduce((a, b) => (mid(b.shown)! > mid(a.shown)! ? b : a));
  const dir = mid(last.shown)! > mid(first.shown)! ? 'rose' : mid(last.shown)! < mid(first.shown)! ? 'fell' : 'was unchanged';
  const peak = top !== last && top !== first ? `, after peaking at ${formatShownNumber(top.shown, unit, top.qualifier)} in ${when(top)}` : '';
  return `${measure} ${dir} from ${formatShownNumber(first.shown, unit, first.qualifier)} in ${when(first)} to ${formatShown(last.shown, unit, last.qualifier)} in ${when(last)}${peak}.`;
}

export function trendChart(input: TrendInput): ChartOutput {
  const { meta, series, unit } = input;
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Series', 'When', 'Date', 'Value'],
    rows: series.flatMap((s) => s.points.map((p) => ({ key: `${s.key}:${p.date}`, id: `${s.key}:${p.date}`, cells: [s.label, p.label, p.date, formatShown(p.shown, unit, p.qualifier)] }))),
  };
  const n = series.reduce((a, s) => a + s.points.length, 0);
  const alt = `Line chart${series.length > 1 ? ` of ${series.length} series` : ''}, ${n} points from ${series[0].points[0]?.label} to ${series[0].points.at(-1)?.label}. ` +
    series.map((s) => `${s.label}: ${s.points.map((p) => `${p.label} ${formatShown(p.shown, unit, p.qualifier)}`).join(', ')}`).join('. ') + '.';
  const legend: LegendItem[] = [
    ...series.map((s, i) => ({ swatch: STYLE[i % STYLE.length].swatch, label: series.length > 1 ? `${s.label} (${LINE_WORDS[i % LINE_WORDS.length]})` : s.label, meaning: STYLE[i % STYLE.length].meaning })),
    ...(series.some((s) => s.points.some((p) => mid(p.shown) === null && p.shown.kind !== 'suppressed')) ? [{ swatch: 'none' as const, label: 'not published', meaning: 'not-published' as const }] : []),
    ...(series.some((s) => s.points.some((p) => p.shown.kind === 'suppressed')) ? [{ swatch: 'suppressed' as const, label: input.suppressedKey ?? 'c: withheld to protect confidentiality (a small number)', meaning: 'suppressed' as const }] : []),
  ];
  // Say so only when the dates really are uneven (yearly series are not).
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => d(p.date).getTime())))].sort((a, b) => a - b);
  const steps = times.slice(1).map((t, i) => t - times[i]);
  const uneven = steps.length > 1 && Math.max(...steps) > Math.min(...steps) * 1.1;
  const notes = [...(uneven ? ['Points are not evenly spaced: each is drawn at the date the figure describes.'] : []), ...(meta.notes ?? [])];
  return chartOutput('trend', meta, { takeaway: input.takeaway ?? takeaway(input), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
