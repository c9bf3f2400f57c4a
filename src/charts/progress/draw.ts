/**
 * Progress against the strategy's success measures: one row per measure with the baseline
 * (hollow circle), the latest reading (filled circle) and the target (diamond) on the
 * measure's own scale, and the direction the strategy wants. Where no target or no number is
 * published, the row says so in a hatched box instead of drawing one.
 */
import type { Shown } from '../../data/shown.ts';
import { bounds } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import { formatShown } from '../../text/format.ts';
import { scaleLinear } from 'd3';
import { COLOURS, patternDefs } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { PANEL, axisAttrs, meaningAttr, segmentOf } from '../kit/rules.ts';
import { statusBox } from '../kit/marks.ts';
import { PAD } from '../kit/axes.ts';
import { line, text } from '../kit/svg.ts';
import { wrap } from '../kit/text.ts';
import { inSentence } from '../../text/council-words.ts';

export type Direction = 'increase' | 'decrease' | 'zero' | 'deliver' | 'qualitative';
export interface Reading { shown: Shown; when: string }
export interface ProgressRow {
  key: string;
  priority: number;
  label: string;
  direction: Direction;
  unit: Unit | null;
  baseline: Reading | null;
  latest: Reading | null;
  target: Reading | 'not-published';
}
export interface ProgressInput {
  meta: ChartMeta;
  rows: ProgressRow[];
  /** The key's words for c, where a reading is withheld. */
  suppressedKey?: string;
}

export const AIM: Record<Direction, string> = { increase: 'Aim: increase ↑', decrease: 'Aim: reduce ↓', zero: 'Aim: reach zero', deliver: 'Aim: deliver', qualitative: 'Aim: qualitative' };
const val = (r: Reading | null | 'not-published') => (r && r !== 'not-published' ? bounds(r.shown)?.[1] ?? null : null);
const fmt = (r: Reading, unit: Unit | null) => (unit ? formatShown(r.shown, unit) : 'not published');

/** Did the latest reading move the way the strategy wants? null when it cannot be told. */
export function onTrack(r: ProgressRow): boolean | null {
  const b = val(r.baseline);
  const l = val(r.latest);
  if (b === null || l === null) return null;
  if (r.direction === 'increase') return l > b;
  if (r.direction === 'decrease') return l < b;
  if (r.direction === 'zero') return l === 0;
  return null;
}

function draw(input: ProgressInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const out: string[] = [patternDefs(prefix)];
  let y = 8;
  let marks = 0;
  const trackL = PAD + 8;
  const trackR = narrow ? width - PAD - 10 : width - 210;
  input.rows.forEach((r, ri) => {
    const lines = wrap(`Priority ${r.priority} · ${r.label}`, width - 2 * PAD, 14, true);
    out.push(text(PAD, y + 14, lines, { size: 14, bold: true }));
    y += 14 + (lines.length - 1) * 17.5 + 8;
    const parts: string[] = [];
    let axis = '';
    const values = [val(r.baseline), val(r.latest), val(r.target)].filter((v): v is number => v !== null);
    const cy = y + 16;
    const hidden = (['baseline', 'latest'] as const).filter((k) => r[k]?.shown.kind === 'suppressed');
    if (values.length && r.unit) {
      const x = scaleLinear().domain([0, r.unit === 'percent' ? 100 : Math.max(...values) * 1.15 || 1]).nice().range([trackL, trackR]);
      const top = x.domain()[1];
      // The row's own scale: its axis names the row's unit.
      axis = `<g ${axisAttrs('x', r.unit)}>${line({ x1: x(0), x2: x(top), y1: cy, y2: cy, stroke: COLOURS.none, 'stroke-width': 2 })}${text(x(0), cy + 20, '0', { size: 11.5, fill: COLOURS.muted })}${text(x(top), cy + 20, formatShown({ kind: 'number', n: top }, r.unit).replace(/ .*/, ''), { size: 11.5, anchor: 'end', fill: COLOURS.muted })}</g>`;
      const b = val(r.baseline);
      const l = val(r.latest);
      const t = val(r.target);
      if (b !== null && l !== null && b !== l) {
        parts.push(`<path d="M${x(b).toFixed(1)} ${cy}H${(x(l) + (l > b ? -8 : 8)).toFixed(1)}" stroke="${COLOURS.supply}" stroke-width="3"/><path d="M${x(l).toFixed(1)} ${cy}l${l > b ? -9 : 9} -5v10z" fill="${COLOURS.supply}"/>`);
      }
      if (t !== null) parts.push(`<path d="M${x(t).toFixed(1)} ${cy - 9}l9 9-9 9-9-9z" fill="${COLOURS.gap}" ${meaningAttr('target')}/>`);
      if (b !== null) parts.push(`<circle cx="${x(b).toFixed(1)}" cy="${cy}" r="6" fill="${COLOURS.paper}" stroke="${COLOURS.supply}" stroke-width="3" ${meaningAttr('baseline')}/>`);
      if (l !== null) parts.push(`<circle cx="${x(l).toFixed(1)}" cy="${cy}" r="7" fill="${COLOURS.supply}" ${meaningAttr('latest')}/>`);
      // Value labels above the markers; the latest goes on the side it moved to.
      if (b !== null) parts.push(text(x(b), cy - 13, fmt(r.baseline!, r.unit), { size: 12.5, anchor: l !== null && l > b ? 'end' : l !== null && l < b ? 'start' : 'middle' }));
      if (l !== null && l !== b) parts.push(text(x(l), cy - 13, fmt(r.latest!, r.unit), { size: 12.5, anchor: l > (b ?? 0) ? 'start' : 'end', bold: true }));
    } else if (!hidden.length) {
      parts.push(statusBox('not-published', trackL, cy - 11, 22, prefix, 'no number published', segmentOf(r.key)).svg);
    }
    // A withheld reading (c) is shown as such, never placed on the scale.
    hidden.forEach((h, i) => parts.push(statusBox('suppressed', (trackL + trackR) / 2 - 40 + i * 90, cy - 11, 22, prefix, `${h} c`, segmentOf(r.key)).svg));
    const aim = AIM[r.direction];
    const tgt = r.target === 'not-published' ? 'target not published' : `target ${fmt(r.target, r.unit)}`;
    if (narrow) {
      y += 52;
      parts.push(text(PAD, y + 4, `${aim} · ${tgt}`, { size: 12.5, fill: COLOURS.ink }));
      y += 14;
    } else {
      parts.push(text(trackR + 24, cy - 4, aim, { size: 12.5 }), text(trackR + 24, cy + 13, tgt, { size: 12.5, fill: r.target === 'not-published' ? COLOURS.muted : COLOURS.ink, bold: r.target !== 'not-published' }));
      y += 40;
    }
    const desc = `Priority ${r.priority}, ${r.label}: baseline ${r.baseline ? `${fmt(r.baseline, r.unit)} (${r.baseline.when})` : 'not published'}; latest ${r.latest ? `${fmt(r.latest, r.unit)} (${r.latest.when})` : 'not published'}; ${tgt}; ${aim.replace(/ [↑↓]$/, '').toLowerCase()}.`;
    const scaled = axis !== '' && r.unit ? r.unit : undefined;
    out.push(`<g ${PANEL}>${axis}<g ${markAttrs(desc, { row: ri, col: 0 }, r.key, scaled)}>${parts.join('')}</g></g>`);
    marks++;
    y += 14;
    if (ri < input.rows.length - 1) out.push(line({ x1: PAD, x2: width - PAD, y1: y - 6, y2: y - 6, stroke: COLOURS.grid }));
  });
  return { width, height: y, body: out.join(''), marks };
}

export function takeaway(rows: readonly ProgressRow[]): string {
  const targets = rows.filter((r) => r.target !== 'not-published').length;
  const later = rows.filter((r) => r.latest && r.baseline && r.latest.when !== r.baseline.when);
  const good = later.filter((r) => onTrack(r) === true);
  const first = later[0];
  const moved = first
    ? `; ${later.length} ${later.length === 1 ? 'has' : 'have'} a reading since the baseline${first ? ` (${inSentence(first.label)}: ${fmt(first.baseline!, first.unit)} to ${fmt(first.latest!, first.unit)}${onTrack(first) ? ', the way the strategy wants' : onTrack(first) === false ? ', the opposite way to the aim' : ''})` : ''}`
    : '; none has a reading since the baseline';
  return `${targets} of ${rows.length} success measures ${targets === 1 ? 'has' : 'have'} a published target${moved}${good.length > 1 ? `, ${good.length} moving the right way` : ''}.`;
}

export function progressChart(input: ProgressInput): ChartOutput {
  const { meta, rows } = input;
  const cell = (r: Reading | null | 'not-published', unit: Unit | null) => (r && r !== 'not-published' ? `${fmt(r, unit)} (${r.when})` : 'not published');
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Measure', 'Priority', 'Aim', 'Baseline', 'Latest', 'Target'],
    rows: rows.map((r) => ({ key: r.key, id: r.key, cells: [r.label, String(r.priority), AIM[r.direction].replace(/^Aim: | [↑↓]$/g, ''), cell(r.baseline, r.unit), cell(r.latest, r.unit), cell(r.target, r.unit)] })),
  };
  const noNumber = rows.filter((r) => !r.baseline).length;
  const alt = `Chart of ${rows.length} success measures, one row each, with the baseline as a hollow circle, the latest reading as a filled circle and any target as a diamond, each on the measure's own scale. ` +
    `${rows.filter((r) => r.target === 'not-published').length} have no published target${noNumber ? ` and ${noNumber} have no number at all` : ''}. ` +
    rows.filter((r) => r.baseline).map((r) => `${r.label}: baseline ${cell(r.baseline, r.unit)}${r.latest ? `, latest ${cell(r.latest, r.unit)}` : ''}${r.target !== 'not-published' ? `, target ${cell(r.target, r.unit)}` : ''}`).join('; ') + '.';
  const legend: LegendItem[] = [
    { swatch: 'baseline', label: 'Baseline', meaning: 'baseline' },
    { swatch: 'latest', label: 'Latest reading', meaning: 'latest' },
    { swatch: 'target', label: 'Target', meaning: 'target' },
    { swatch: 'none', label: 'No number published', meaning: 'not-published' },
    ...(rows.some((r) => r.baseline?.shown.kind === 'suppressed' || r.latest?.shown.kind === 'suppressed') ? [{ swatch: 'suppressed' as const, label: input.suppressedKey ?? 'c: withheld to protect confidentiality (a small number)', meaning: 'suppressed' as const }] : []),
  ];
  const notes = ['Each measure has its own scale, from 0 to a little above its largest value (0 to 100 for percentages).', 'The strategy sets directions rather than numbers for most measures; where it sets no number, the target is “not published”.', ...(meta.notes ?? [])];
  return chartOutput('progress', meta, { takeaway: takeaway(rows), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
