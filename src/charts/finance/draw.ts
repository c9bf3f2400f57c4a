/**
 * Money by placement type and year: one group of horizontal bars per kind of placement, one bar
 * per sum the documents give (budget, spending, difference from budget), every bar labelled
 * with its value. All bars share one axis in pounds; differences from budget are drawn from
 * zero, overspends to the right and underspends to the left, so the direction never rests on
 * the fill. The fills mean money and nothing else on any page (outline: budgeted, solid wine:
 * spent, ink stripes: the difference): blue and orange mean supply and need, teal and purple
 * where children live and who cares for them, and black is a trend line's main series.
 */
import { max, min } from 'd3';
import type { Shown } from '../../data/shown.ts';
import { bounds } from '../../data/shown.ts';
import { formatShown } from '../../text/format.ts';
import { COLOURS, MONEY, patternDefs } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { axisAttrs, meaningOf, segmentOf, type Meaning } from '../kit/rules.ts';
import { statusBox } from '../kit/marks.ts';
import { PAD } from '../kit/axes.ts';
import { barScale } from '../kit/scales.ts';
import { line, rect, text } from '../kit/svg.ts';
import { fit, textWidth, wrap } from '../kit/text.ts';

/** budget: money set aside (also added during the year); spend: spent or forecast; over / under: the difference from budget. */
export type FinanceKind = 'budget' | 'spend' | 'over' | 'under';
export interface FinanceBar {
  /** Ties the bar to its table row. */
  key: string;
  /** Financial year, "2019/20". */
  year: string;
  kind: FinanceKind;
  /** What the sum is, in the table and the bar's label ("Budget", "Extra budget for inflation"). */
  label: string;
  forecast: boolean;
  shown: Shown;
  asAt: string;
  /** Source document and section. */
  source: string;
  note?: string;
  /** The year is the best reading of an undated "current year". */
  yearUncertain?: boolean;
}
export interface FinanceGroup {
  key: string;
  /** What the money is for ("Independent fostering agencies"). */
  label: string;
  bars: FinanceBar[];
}
export interface FinanceInput {
  meta: ChartMeta;
  groups: FinanceGroup[];
}

const stripes = (prefix: string) => `${prefix}-difference`;
const BAR: Record<FinanceKind, (prefix: string) => Record<string, string | number>> = {
  budget: () => ({ fill: COLOURS.paper, stroke: COLOURS.ink, 'stroke-width': 1.5 }),
  spend: () => ({ fill: MONEY.spending }),
  over: (p) => ({ fill: `url(#${stripes(p)})`, stroke: COLOURS.ink, 'stroke-width': 1.2 }),
  under: (p) => ({ fill: `url(#${stripes(p)})`, stroke: COLOURS.ink, 'stroke-width': 1.2 }),
};
/** What each colour means, for the key (data-meaning) and the site-wide check that a colour means one thing. */
export const MEANING = { budget: 'budget', spend: 'spending', difference: 'difference-from-budget' } as const satisfies Record<string, Meaning>;

const KIND_MEANING: Record<FinanceKind, Meaning> = { budget: MEANING.budget, spend: MEANING.spend, over: MEANING.difference, under: MEANING.difference };

const DIFFERENCE_KEY = { both: 'Over or under budget (over right of zero, under left)', over: 'Over budget', under: 'Under budget (drawn left of zero)' };

const value = (b: FinanceBar) => {
  const hi = bounds(b.shown)?.[1];
  return hi === undefined ? null : b.kind === 'under' ? -hi : hi;
};
/** "£4.45m", "£255k": short enough to sit beside a bar; the table has the exact sum. */
export function shortGbp(n: number): string {
  const a = Math.abs(n);
  const s = a >= 1e6 ? `£${(a / 1e6).toFixed(a >= 1e7 ? 1 : 2).replace(/\.?0+$/, '')}m` : a >= 1e3 ? `£${Math.round(a / 1e3)}k` : `£${a}`;
  return n < 0 ? `-${s}` : s;
}
const barText = (b: FinanceBar) => {
  const v = bounds(b.shown)?.[1];
  const amount = v === undefined ? '' : shortGbp(v);
  return `${amount}${b.kind === 'over' ? ' over' : b.kind === 'under' ? ' under' : ''}${b.forecast ? ' (forecast)' : ''}`;
};
/** A white halo so a label stays readable where a gridline crosses it. */
const halo = (svg: string) => svg.replace('<text ', `<text stroke="${COLOURS.paper}" stroke-width="4" stroke-linejoin="round" paint-order="stroke" `);
const rowLabel = (b: FinanceBar) => `${b.year}${b.yearUncertain ? '*' : ''} ${b.label.toLowerCase()}`;

function draw(input: FinanceInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const bars = input.groups.flatMap((g) => g.bars);
  const vals = bars.map(value).filter((v): v is number => v !== null);
  const labelW = narrow ? 0 : 190;
  const left = PAD + labelW;
  const right = width - PAD - (narrow ? 92 : 118);
  // Underspends need room left of zero; the scale keeps both ends on nice ticks.
  const lo = Math.min(0, min(vals) ?? 0);
  const hi = Math.max(1, max(vals) ?? 1);
  const x = barScale(hi, left, right).domain([lo, hi]).nice();
  const ticks = x.ticks(narrow ? 3 : 6);
  const out: string[] = [
    patternDefs(prefix),
    `<defs><pattern id="${stripes(prefix)}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="5" height="5" fill="${COLOURS.paper}"/><rect width="2" height="5" fill="${COLOURS.ink}"/></pattern></defs>`,
  ];
  let y = 22;
  const axis = ticks.map((t) => text(x(t), y, shortGbp(t), { size: 12, anchor: 'middle', fill: COLOURS.muted })).join('');
  out.push(`<g ${axisAttrs('x', 'gbp')}>${axis}</g>`);
  y += 14;
  const body: string[] = [];
  let marks = 0;
  const rowH = narrow ? 36 : 24;
  const barH = narrow ? 14 : 16;
  const grid = (y1: number, y2: number) =>
    ticks.map((t) => line({ x1: x(t), x2: x(t), y1, y2, stroke: t === 0 ? COLOURS.ink : COLOURS.grid, 'stroke-width': t === 0 ? 1.5 : 1 })).join('');
  const gridParts: string[] = [];
  input.groups.forEach((g, gi) => {
    const lines = wrap(g.label, width - 2 * PAD, 14, true);
    body.push(text(PAD, y + 16, lines, { size: 14, bold: true }));
    y += 16 + (lines.length - 1) * 17.5 + 8;
    const groupTop = y;
    g.bars.forEach((b, bi) => {
      const v = value(b);
      const top = narrow ? y + 16 : y + (rowH - barH) / 2;
      const parts: string[] = [];
      const name = rowLabel(b);
      if (narrow) parts.push(halo(text(PAD, y + 11, fit(name, width - 2 * PAD, 12.5), { size: 12.5 })));
      else parts.push(text(left - 8, top + barH / 2, fit(name, labelW - 8, 12.5), { size: 12.5, anchor: 'end', baseline: 'middle' }));
      if (v === null) {
        const box = statusBox(b.shown.kind === 'suppressed' ? 'suppressed' : 'not-published', x(0), top - 2, barH + 4, prefix, undefined, segmentOf(b.key));
        parts.push(box.svg);
      } else {
        const x0 = x(Math.min(0, v));
        const w = Math.max(1.5, Math.abs(x(v) - x(0)));
        parts.push(rect({ x: x0, y: top, width: w, height: barH, ...BAR[b.kind](prefix), ...meaningOf(KIND_MEANING[b.kind]), ...segmentOf(b.key) }));
        // The value sits past the bar's outer end; an underspend's, right of zero, since left is the labels.
        const bold = b.kind === 'over' || b.kind === 'under';
        const words = barText(b);
        const lx = v < 0 ? x(0) + 6 : x(v) + 6;
        // A label that would run off the drawing goes inside the bar's end: white on a solid bar,
        // ink with a white halo on an outlined or striped one.
        const inside = lx + textWidth(words, 12.5, bold) > width - 2 && w > textWidth(words, 12.5, bold) + 12;
        const solid = b.kind === 'spend';
        const within = text(x(v) - 6, top + barH / 2, words, { size: 12.5, baseline: 'middle', bold, anchor: 'end', fill: solid ? COLOURS.paper : COLOURS.ink });
        parts.push(inside
          ? (solid ? within : halo(within))
          : halo(text(lx, top + barH / 2, words, { size: 12.5, baseline: 'middle', bold })));
      }
      const desc = `${g.label}, ${b.year}${b.yearUncertain ? ' (year not stated)' : ''}, ${b.label.toLowerCase()}${b.forecast ? ' (forecast)' : ''}: ${formatShown(b.shown, 'gbp')}${b.kind === 'over' ? ' over budget' : b.kind === 'under' ? ' under budget' : ''}`;
      body.push(`<g ${markAttrs(desc, { row: gi, col: bi }, b.key, 'gbp')}>${parts.join('')}</g>`);
      marks++;
      y += rowH;
    });
    // Gridlines run through each group's bars only, so they never cross a heading.
    gridParts.push(grid(groupTop - 2, y));
    y += 10;
  });
  out.push(...gridParts, ...body);
  return { width, height: y + 4, body: out.join(''), marks };
}

/** "2017/18 to 2019/20" for a run of three or more years, else "2017/18 and 2018/19". */
export function yearsText(years: readonly string[]): string {
  const ys = [...new Set(years)].sort();
  const start = (y: string) => Number(y.slice(0, 4));
  const runs: string[][] = [];
  for (const y of ys) {
    const run = runs.at(-1);
    if (run && start(y) === start(run.at(-1)!) + 1) run.push(y);
    else runs.push([y]);
  }
  const parts = runs.flatMap((r) => (r.length >= 3 ? [`${r[0]} to ${r.at(-1)}`] : r));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** Which years each group went over or under budget, in one sentence. */
export function takeaway(input: FinanceInput): string {
  const parts = input.groups.flatMap((g) => {
    const diff = g.bars.filter((b) => (b.kind === 'over' || b.kind === 'under') && value(b) !== null);
    if (!diff.length) return [];
    const name = g.label.replace(/ \(.*\)$/, '');
    return (['over', 'under'] as const).flatMap((k) => {
      const mine = diff.filter((b) => b.kind === k);
      if (!mine.length) return [];
      const forecast = mine.filter((b) => b.forecast).map((b) => b.year);
      return [`${name}: ${k} budget in ${yearsText(mine.map((b) => b.year))}${forecast.length ? ` (${yearsText(forecast)} a forecast)` : ''}`];
    });
  });
  // With no difference from budget published, say what the sums are instead.
  if (!parts.length) {
    const sums = input.groups.flatMap((g) => g.bars).slice(0, 3).map((b) => `${b.label.toLowerCase()} of ${formatShown(b.shown, 'gbp')} in ${b.year}${b.yearUncertain ? ' (year not stated)' : ''}${b.forecast ? ', a forecast' : ''}`);
    return `${input.groups.map((g) => g.label).join(', ')}: ${sums.join('; ')}. No difference from a budget is published.`;
  }
  return `${parts.join('; ')}.`;
}

export function financeChart(input: FinanceInput): ChartOutput {
  const { meta, groups } = input;
  const bars = groups.flatMap((g) => g.bars.map((b) => ({ g, b })));
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Placement type', 'Year', 'Figure', 'Actual or forecast', 'Amount', 'As at', 'Source', 'Note'],
    rows: bars.map(({ g, b }) => ({
      key: b.key,
      id: b.key,
      cells: [g.label, `${b.year}${b.yearUncertain ? ' (year not stated)' : ''}`, b.label, b.forecast ? 'forecast' : 'actual or set', formatShown(b.shown, 'gbp'), b.asAt, b.source, b.note ?? ''],
    })),
  };
  const has = (k: FinanceKind[]) => bars.some(({ b }) => k.includes(b.kind));
  const legend: LegendItem[] = [
    ...(has(['budget']) ? [{ swatch: 'outline' as const, label: 'Budget', meaning: MEANING.budget }] : []),
    ...(has(['spend']) ? [{ swatch: 'spending' as const, label: 'Spending', meaning: MEANING.spend }] : []),
    ...(has(['over', 'under']) ? [{ swatch: 'stripes' as const, label: DIFFERENCE_KEY[has(['over']) ? (has(['under']) ? 'both' : 'over') : 'under'], meaning: MEANING.difference }] : []),
    ...(bars.some(({ b }) => value(b) === null) ? [{ swatch: 'none' as const, label: 'not published', meaning: 'not-published' as const }] : []),
  ];
  const alt =
    `Horizontal bar chart in pounds, ${bars.length} bars in ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}. ` +
    groups.map((g) => `${g.label}: ${g.bars.map((b) => `${b.year} ${b.label.toLowerCase()} ${barText(b) || 'not published'}`).join(', ')}`).join('. ') + '.';
  const notes = [
    ...(bars.some(({ b }) => b.yearUncertain) ? ['* The document does not name the year; the table says why it is shown there.'] : []),
    ...(meta.notes ?? []),
  ];
  return chartOutput('finance', meta, { takeaway: takeaway(input), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
