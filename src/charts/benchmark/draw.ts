/**
 * One measure across areas: the page's area, its statistical neighbours, their median, its region
 * and England, one bar each from zero on one axis in the measure's unit. The page's own area is
 * ink, the rest grey, and every bar carries its value; a withheld or missing value is a box that
 * says so, never a bar. This is the comparison DfE's dashboards draw.
 */
import { scaleLinear } from 'd3';
import type { Shown } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import { formatNumber, formatShownNumber } from '../../text/format.ts';
import { BENCH, patternDefs } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { meaningOf, segmentOf } from '../kit/rules.ts';
import { statusBox } from '../kit/marks.ts';
import { PAD, axisTitle, topAxis } from '../kit/axes.ts';
import { rect, text } from '../kit/svg.ts';
import { fit } from '../kit/text.ts';

export type BenchRole = 'area' | 'neighbour' | 'median' | 'region' | 'england';
export interface BenchRow {
  key: string;
  label: string;
  role: BenchRole;
  shown: Shown;
}
export interface BenchmarkInput {
  meta: ChartMeta;
  unit: Unit;
  /** "Children in care per 10,000 children". */
  measure: string;
  rows: BenchRow[];
  /** One sentence computed by the caller from the same numbers (rank, median). */
  takeaway: string;
  suppressedKey: string;
}

const ROLE_WORDS: Record<BenchRole, string> = { area: '', neighbour: 'statistical neighbour', median: "Neighbours' median (computed)", region: 'region', england: 'England' };
const valueOf = (s: Shown) => (s.kind === 'number' ? s.n : null);
const short = (n: number, unit: Unit) => (unit === 'gbp' && n >= 10000 ? `£${formatNumber(Math.round(n / 1000), 'ratio')}k` : formatNumber(n, unit));

function draw(input: BenchmarkInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const labelW = narrow ? 0 : 230;
  const rowH = narrow ? 40 : 24;
  const barH = narrow ? 14 : 16;
  const left = PAD + labelW;
  const right = width - PAD - 64;
  const values = input.rows.map((r) => valueOf(r.shown)).filter((n): n is number => n !== null);
  const max = Math.max(...values, 1);
  const x = scaleLinear().domain([0, max]).nice().range([left, right]);
  const top = 24;
  // Patterns only where a box for a withheld or missing value needs them.
  const out: string[] = input.rows.some((r) => valueOf(r.shown) === null) ? [patternDefs(prefix)] : [];
  const bottom = top + 8 + input.rows.length * rowH;
  out.push(topAxis(x, 14, bottom, narrow ? 3 : 5, (n) => short(n, input.unit), input.unit));
  let marks = 0;
  input.rows.forEach((r, i) => {
    const y0 = top + 8 + i * rowH;
    const labelY = narrow ? y0 + 11 : y0 + rowH / 2;
    const barY = narrow ? y0 + 16 : y0 + (rowH - barH) / 2;
    const bold = r.role === 'area';
    const name = r.role === 'area' || r.role === 'neighbour' ? r.label : r.role === 'median' ? ROLE_WORDS.median : r.label;
    out.push(narrow ? text(PAD, labelY, fit(name, width - 2 * PAD, 12.5), { size: 12.5, bold }) : text(left - 8, labelY, fit(name, labelW - 12, 12.5), { size: 12.5, anchor: 'end', baseline: 'middle', bold }));
    const n = valueOf(r.shown);
    const words = formatShownNumber(r.shown, input.unit);
    const desc = `${r.label}${r.role === 'area' ? '' : ` (${ROLE_WORDS[r.role]})`}: ${words}`;
    let mark: string;
    if (n === null) {
      // Only c is withheld; x, z and a missing row are "no figure", each with its own word.
      mark = statusBox(r.shown.kind === 'suppressed' ? 'suppressed' : 'not-published', left, barY, barH, prefix, r.shown.kind === 'not-published' ? 'no figure' : words, segmentOf(r.key)).svg;
    } else {
      const meaning = r.role === 'area' ? 'this-area' : 'comparator';
      mark =
        rect({ x: left, y: barY, width: Math.max(1, x(n) - left), height: barH, fill: BENCH[meaning], ...meaningOf(meaning), ...segmentOf(r.key) }) +
        text(x(n) + 5, barY + barH / 2, words, { size: 12.5, baseline: 'middle', bold });
    }
    out.push(`<g ${markAttrs(desc, { row: i, col: 0 }, r.key, input.unit)}>${mark}</g>`);
    marks++;
  });
  return { width, height: bottom + 6, body: out.join(''), marks };
}

export function benchmarkChart(input: BenchmarkInput): ChartOutput {
  const table: DataTable = {
    caption: `${input.meta.title}: data`,
    columns: ['Area', 'Compared as', input.measure],
    rows: input.rows.map((r) => ({ key: r.key, id: r.key, cells: [r.label, r.role === 'area' ? 'this council' : ROLE_WORDS[r.role].toLowerCase(), formatShownNumber(r.shown, input.unit)] })),
  };
  const hasSymbol = input.rows.some((r) => r.shown.kind === 'suppressed');
  const hasNone = input.rows.some((r) => r.shown.kind !== 'number' && r.shown.kind !== 'suppressed');
  const legend: LegendItem[] = [
    { swatch: 'this-area', label: input.rows.find((r) => r.role === 'area')?.label ?? 'This area', meaning: 'this-area' },
    { swatch: 'comparator', label: 'Areas compared with', meaning: 'comparator' },
    ...(hasSymbol ? [{ swatch: 'suppressed' as const, label: input.suppressedKey, meaning: 'suppressed' as const }] : []),
    ...(hasNone ? [{ swatch: 'none' as const, label: 'No figure: none in the release for this area, or x (not available) or z (not applicable)', meaning: 'not-published' as const }] : []),
  ];
  const alt = `Bar chart of ${input.measure.toLowerCase()} at ${input.meta.asAt}, one bar per area from zero, in ${axisTitle(input.unit).toLowerCase()}: ${input.rows.map((r) => `${r.label} ${formatShownNumber(r.shown, input.unit)}`).join('; ')}.`;
  return chartOutput('benchmark', input.meta, { takeaway: input.takeaway, alt, legend, notes: [...(input.meta.notes ?? [])], table }, (w, p) => draw(input, w, p));
}
