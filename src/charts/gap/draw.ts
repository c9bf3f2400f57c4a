/**
 * Need, supply and gap by placement type: one bar per current need, grouped by type. Stated
 * shortfalls are solid, worked-out ones (need minus supply) striped; supply in the same unit is
 * drawn first in blue; a range is a bar to its lower value and a bracket to its upper one;
 * a need with no number is a hatched "not published" box.
 */
import { max, scaleLinear } from 'd3';
import type { Shown } from '../../data/shown.ts';
import { bounds, upper } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import type { Qualifier } from '../../data/schemas/observations.ts';
import { formatShown, listWords } from '../../text/format.ts';
import { inSentence } from '../../text/case.ts';
import { COLOURS, patternDefs, patternId } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { band, statusBox } from '../kit/marks.ts';
import { PAD, axisTitle, topAxis } from '../kit/axes.ts';
import { PANEL, meaningAttr, meaningOf, segmentOf, type AxisUnit } from '../kit/rules.ts';
import { barScale } from '../kit/scales.ts';
import { phrase } from '../kit/values.ts';
import { line, rect, text } from '../kit/svg.ts';
import { textWidth, wrap } from '../kit/text.ts';

export interface GapRow {
  key: string;
  group: string;
  groupLabel: string;
  /** Who or where the need is for ("Disabled children · North Area"). */
  label: string;
  kind: 'stated' | 'computed';
  gap: Shown;
  /** The shortfall's size, for the bar and for ranking: the upper end, 0 where none is published (gapSize). */
  size: number;
  /** The shortfall in words, drawn beside the bar: "5 more places", "7 carers short", "number not published". */
  words: string;
  unit: Unit;
  qualifier?: Qualifier;
  perYear?: boolean;
  timeframe: string;
  /** Current supply in the same unit as the need; absent where none is published. */
  supply?: { shown: Shown; label: string };
}

export interface GapChartInput {
  meta: ChartMeta;
  rows: GapRow[];
  /** A placement type id to highlight (its page). */
  highlight?: string;
  /** The key's words for "c", from the disclosure rule in force. */
  suppressedKey: string;
}


function markLabel(r: GapRow): string {
  const supply = r.supply ? `; now ${formatShown(r.supply.shown, r.unit)}` : '';
  return `${r.groupLabel}, ${r.label}: ${r.words} (${r.kind === 'stated' ? 'stated by the council' : 'worked out'})${supply}. ${r.timeframe}.`;
}

export function takeaway(rows: readonly GapRow[], highlight?: string): string {
  const quantified = rows.filter((r) => r.size > 0);
  const top = [...quantified].sort((a, b) => b.size - a.size)[0];
  const overall = top ? `${top.words.replace(' more', '')}, in ${inSentence(top.groupLabel)}` : '';
  if (!highlight) {
    if (!top) return `The council names ${rows.length} shortfall${rows.length === 1 ? '' : 's'} but publishes no number for ${rows.length === 1 ? 'it' : 'them'}.`;
    const unq = rows.length - quantified.length;
    return `The largest ${top.kind === 'stated' ? 'stated' : 'worked-out'} shortfall is ${overall}${unq ? `; ${unq} more shortfall${unq === 1 ? ' is' : 's are'} named without a number` : ''}.`;
  }
  const mine = rows.filter((r) => r.group === highlight);
  const name = mine[0] && inSentence(mine[0].groupLabel);
  const rest = top ? `; across all types the largest is ${overall}` : '';
  if (!mine.length) return `The council states no shortfall for this placement type${rest}.`;
  const myTop = [...mine].sort((a, b) => b.size - a.size)[0];
  if (myTop.size === 0) return `The council names a shortfall in ${name} but publishes no number for it${rest}.`;
  return `The largest shortfall in ${name} is ${myTop.words.replace(' more', '')}${mine.length > 1 ? ` (one of ${mine.length} needs stated)` : ''}${top && top !== myTop ? rest : ''}.`;
}

/** The unit a row is counted in, as its axis names it: "places", or "carers-a-year" for a yearly need. */
export const axisUnit = (r: Pick<GapRow, 'unit' | 'perYear'>): AxisUnit => (r.perYear ? `${r.unit}-a-year` : r.unit);
const axisName = (r: GapRow) => `${axisTitle(r.unit)}${r.perYear ? ' a year' : ''}`;

/** Rows grouped by the unit they are counted in, in order of first appearance: one panel and one scale each. */
export function unitPanels(rows: readonly GapRow[]): { unit: ReturnType<typeof axisUnit>; title: string; rows: GapRow[] }[] {
  const by = new Map<string, { unit: ReturnType<typeof axisUnit>; title: string; rows: GapRow[] }>();
  for (const r of rows) {
    const u = axisUnit(r);
    if (!by.has(u)) by.set(u, { unit: u, title: axisName(r), rows: [] });
    by.get(u)!.rows.push(r);
  }
  return [...by.values()];
}

/** A group counting at most this many (supply and shortfall together, whole numbers) is drawn as counted marks. */
export const COUNTED_MAX = 10;
/** Width of one counted mark, the same in every counted group. */
export const MARK = 16;

/**
 * Whether a group is drawn as counted marks, one square per place, home or carer: a scale of its
 * own stretched over a handful (0 to 1 homes across the chart) would draw "1 more home" longer
 * than "5 more places" beside it.
 */
export function isCounted(rows: readonly GapRow[]): boolean {
  const whole = (sh: Shown | undefined) => !sh || !bounds(sh) || bounds(sh)!.every((n) => Number.isInteger(n));
  const totals = rows.map((r) => (upper(r.supply?.shown ?? { kind: 'not-published' }) ?? 0) + r.size);
  return rows.every((r) => whole(r.gap) && whole(r.supply?.shown)) && (max(totals) ?? 0) <= COUNTED_MAX;
}

function draw(input: GapChartInput, width: number, prefix: string): Drawing {
  const { rows, highlight } = input;
  const narrow = width < 500;
  const labelSize = 13.5;
  const valueSize = 13.5;
  const valueW = Math.min(width * (narrow ? 0.5 : 0.36), (max(rows, (r) => textWidth(r.words, valueSize)) ?? 80) + 10);
  const out: string[] = [patternDefs(prefix)];
  let y = 0;
  let marks = 0;
  const oneType = new Set(rows.map((r) => r.group)).size === 1 && !highlight;
  // Small multiples: one panel per unit, each with its own scale, so places are never measured against carers.
  for (const panel of unitPanels(rows)) {
    const totals = panel.rows.map((r) => (upper(r.supply?.shown ?? { kind: 'not-published' }) ?? 0) + r.size);
    const counted = isCounted(panel.rows);
    const x = counted
      ? scaleLinear().domain([0, Math.max(1, max(totals) ?? 1)]).range([PAD + 4, PAD + 4 + Math.max(1, max(totals) ?? 1) * MARK])
      : barScale(max(totals), PAD + 4, width - PAD - valueW);
    /** A run of n counted marks from value `from`, or one bar where the group is not counted. */
    const run = (from: number, n: number, attrs: Record<string, string | number | undefined>) =>
      counted
        ? Array.from({ length: n }, (_, i) => rect({ ...attrs, x: x(from + i) + 1, width: MARK - 3 })).join('')
        : rect({ ...attrs, x: x(from) + 1, width: Math.max(1, x(from + n) - x(from) - 1) });
    // Each panel opens with its own axis, the unit named after the last tick; a rule parts it from the panel above.
    const rule = y > 0 ? line({ x1: PAD, x2: width - PAD, y1: y - 4, y2: y - 4, stroke: COLOURS.none, 'stroke-width': 1 }) : '';
    const axisY = y + 14;
    y += 22;
    const body: string[] = [];
    let group = '';
    let groupTop = y;
    const closeGroup = () => {
      if (group && group === highlight) body.unshift(band(groupTop - 2, y - groupTop - 4, width));
    };
    for (const r of panel.rows) {
      if (r.group !== group) {
        closeGroup();
        group = r.group;
        groupTop = y;
        // A chart of one type (its own page) needs no type heading in every panel.
        if (!oneType) {
          const head = wrap(r.groupLabel + (r.group === highlight ? ' (this page)' : ''), width - 2 * PAD - 8, 14, true);
          body.push(text(PAD + 6, y + 15, head, { size: 14, bold: true }));
          y += 15 + (head.length - 1) * 17.5 + 6;
        }
      }
      const labelLines = wrap(r.label, width - 2 * PAD - 8, labelSize);
      body.push(text(PAD + 6, y + 12, labelLines, { size: labelSize, fill: COLOURS.ink }));
      y += 12 + (labelLines.length - 1) * labelSize * 1.25 + 6;
      const h = 20;
      const parts: string[] = [];
      let end = x(0);
      const s = r.supply ? bounds(r.supply.shown) : null;
      if (s && s[1] > 0) {
        const w = x(s[1]) - x(0);
        parts.push(run(0, s[1], { y, height: h, fill: COLOURS.supply, ...meaningOf('supply'), ...segmentOf(r.key) }));
        const sl = `${formatShown(r.supply!.shown, r.unit).replace(/ \D.*$/, '')} now`;
        if (textWidth(sl, 12.5) + 8 < w) parts.push(text(x(0) + 4, y + h / 2, sl, { size: 12.5, fill: COLOURS.paper, baseline: 'middle', bold: true }));
        end = x(s[1]);
      }
      const b = bounds(r.gap);
      if (b && b[1] > 0) {
        const lo = x((s?.[1] ?? 0) + b[0]) - x(s?.[1] ?? 0);
        const fill = r.kind === 'computed' ? `url(#${patternId(prefix, 'computed')})` : COLOURS.gap;
        if (lo > 0) parts.push(run(s?.[1] ?? 0, b[0], { y, height: h, fill, stroke: r.kind === 'computed' ? COLOURS.gap : undefined, 'stroke-width': 1.5, ...meaningOf(r.kind === 'computed' ? 'need-computed' : 'need'), ...segmentOf(r.key) }));
        const hiX = x((s?.[1] ?? 0) + b[1]);
        if (b[1] > b[0]) {
          // The uncertain part of a range: a bracket from the lower to the upper value.
          const mid = y + h / 2;
          parts.push(`<path d="M${(end + lo).toFixed(1)} ${mid}H${hiX.toFixed(1)}M${hiX.toFixed(1)} ${y + 3}V${y + h - 3}" stroke="${COLOURS.gap}" stroke-width="2.5" fill="none" ${meaningAttr('need')}/>`);
        }
        parts.push(text(Math.max(end + lo, hiX) + 6, y + h / 2, r.words, { size: valueSize, baseline: 'middle', bold: true }));
      } else {
        const box = statusBox(r.gap.kind === 'suppressed' ? 'suppressed' : 'not-published', end + (end > x(0) ? 2 : 0), y, h, prefix, r.gap.kind === 'suppressed' ? 'c' : 'number not published', segmentOf(r.key));
        parts.push(box.svg);
      }
      body.push(`<g ${markAttrs(markLabel(r), { row: marks, col: 0 }, r.key, panel.unit)}>${parts.join('')}</g>`);
      marks++;
      y += h + 12;
    }
    closeGroup();
    // Counts tick at whole numbers only: no "0.5 homes".
    const ticks = Math.min(narrow ? 3 : 6, x.domain()[1]);
    const fmt = x.tickFormat(ticks);
    out.push(`<g ${PANEL}>${rule}${topAxis(x, axisY, y - 8, ticks, (n) => fmt(n), panel.unit, panel.title.toLowerCase())}${body.join('')}</g>`);
    y += 8;
  }
  return { width, height: y, body: out.join(''), marks };
}

export function gapChart(input: GapChartInput): ChartOutput {
  const { rows, meta, highlight, suppressedKey } = input;
  const types = new Set(rows.map((r) => r.group)).size;
  const unq = rows.filter((r) => r.gap.kind === 'not-published').length;
  const ranges = rows.filter((r) => r.gap.kind === 'range').length;
  const computed = rows.filter((r) => r.kind === 'computed').length;
  const withSupply = rows.filter((r) => r.supply).length;
  const panels = unitPanels(rows);
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Placement type', 'Need', 'Shortfall', 'How we know', 'Current supply (same unit)', 'Timeframe'],
    rows: rows.map((r) => ({
      key: r.key,
      id: r.key,
      cells: [
        r.groupLabel,
        r.label,
        phrase(r.gap, r.unit, r.qualifier, r.perYear),
        r.kind === 'stated' ? 'Stated by the council' : 'Worked out: need minus supply',
        r.supply ? formatShown(r.supply.shown, r.unit) : 'not drawn: none published in the same unit',
        r.timeframe,
      ],
    })),
  };
  const alt = [
    `Horizontal bar chart of ${rows.length} current need${rows.length === 1 ? '' : 's'} across ${types} placement type${types === 1 ? '' : 's'}, each bar the size of the shortfall, in ${panels.length} group${panels.length === 1 ? '' : 's'} by what the need is counted in (${listWords(panels.map((p) => p.title.toLowerCase()))}), each with its own scale.`,
    highlight && rows.some((r) => r.group === highlight) ? `The rows for ${inSentence(rows.find((r) => r.group === highlight)!.groupLabel)} are highlighted.` : '',
    withSupply ? `For ${withSupply} need${withSupply === 1 ? '' : 's'}, current supply in the same unit is drawn before the shortfall.` : '',
    computed ? `${computed} shortfall${computed === 1 ? ' is' : 's are'} worked out as need minus supply and striped; the rest are stated by the council.` : '',
    ranges ? `${ranges} shortfall${ranges === 1 ? ' is a range' : 's are ranges'}, drawn to the lower figure with a bracket to the upper.` : '',
    unq ? `${unq} need${unq === 1 ? ' has' : 's have'} no number published.` : '',
    `Values: ${listWords(rows.filter((r) => r.size > 0).map((r) => `${inSentence(r.groupLabel)} ${r.words.replace(' more', '')}`))}.`,
  ]
    .filter(Boolean)
    .join(' ');
  const legend: LegendItem[] = [
    { swatch: 'gap', label: 'Shortfall stated by the council', meaning: 'need' },
    ...(computed ? [{ swatch: 'computed' as const, label: 'Shortfall worked out: need minus supply', meaning: 'need-computed' as const }] : []),
    ...(ranges ? [{ swatch: 'range' as const, label: 'Range: lower to upper figure', meaning: 'need' as const }] : []),
    ...(withSupply ? [{ swatch: 'supply' as const, label: 'Current supply, same unit', meaning: 'supply' as const }] : []),
    { swatch: 'none', label: 'not published: no number given', meaning: 'not-published' },
    ...(rows.some((r) => r.gap.kind === 'suppressed') ? [{ swatch: 'suppressed' as const, label: suppressedKey, meaning: 'suppressed' as const }] : []),
    ...(highlight ? [{ swatch: 'band' as const, label: 'This page’s placement type', meaning: 'highlight' as const }] : []),
  ];
  const notes = [
    'Needs are grouped by what they are counted in (places, carers, flats, homes…), each group with its own scale, so bars are compared only within a group. A need "a year" is a yearly rate and has a group of its own.',
    ...(panels.some((p) => isCounted(p.rows)) ? [`Where a group counts ${COUNTED_MAX} or fewer, each place, home or carer is one square, so a single home is one small mark rather than a bar across the chart.`] : []),
    ...(meta.notes ?? []),
  ];
  return chartOutput('gap', meta, { takeaway: takeaway(rows, highlight), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
