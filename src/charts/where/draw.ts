/**
 * Where children live: stacked bars splitting a group of children by where they live (in the
 * council's own area, neighbouring areas, further away) or who provides the home (council or
 * independent).
 * Any part the documents do not break down is hatched, never given a number.
 */
import { max } from 'd3';
import type { Shown } from '../../data/shown.ts';
import { bounds } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import { formatShown, formatShownNumber, listWords } from '../../text/format.ts';
import { COLOURS, patternDefs } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem, type Swatch } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { band, statusBox } from '../kit/marks.ts';
import { PAD, topAxis } from '../kit/axes.ts';
import { barScale } from '../kit/scales.ts';
import { rect, text } from '../kit/svg.ts';
import { textWidth, wrap } from '../kit/text.ts';

export type PartKey = 'in-area' | 'neighbouring' | 'further-away' | 'council' | 'independent';
/** What each part means, in full ("in Westshire") and short on a bar ("neighbouring"). */
export function partWords(place: string): { full: Record<PartKey, string>; short: Record<PartKey, string> } {
  return {
    full: {
      'in-area': `in ${place}`,
      neighbouring: 'in neighbouring areas',
      'further-away': 'further away',
      council: 'with council carers or homes',
      independent: 'with independent providers',
    },
    short: { 'in-area': `in ${place}`, neighbouring: 'neighbouring', 'further-away': 'further away', council: 'council', independent: 'independent' },
  };
}
const PART_SWATCH: Record<PartKey, Swatch> = { 'in-area': 'supply', neighbouring: 'gap', 'further-away': 'third', council: 'supply', independent: 'gap' };
const PART_FILL: Record<PartKey, string> = { 'in-area': COLOURS.supply, neighbouring: COLOURS.gap, 'further-away': COLOURS.third, council: COLOURS.supply, independent: COLOURS.gap };

export interface WhereRow {
  key: string;
  /** What the bar counts ("Children in children's homes, October 2023"). */
  label: string;
  /** Placement types the row is about: their pages show it. */
  types: string[];
  unit: Unit;
  /** The published total, where there is one. */
  total: Shown | null;
  parts: { key: PartKey; shown: Shown }[];
}
export interface WhereGroup { title: string; rows: WhereRow[] }
export interface WhereInput {
  meta: ChartMeta;
  groups: WhereGroup[];
  highlight?: string;
  /** The council's place name, as in "in Westshire". */
  place: string;
  /** The key's words for "c", from the disclosure rule in force. */
  suppressedKey: string;
}

const known = (s: Shown) => bounds(s)?.[1] ?? null;
const partsSum = (r: WhereRow) => r.parts.reduce((a, p) => a + (known(p.shown) ?? 0), 0);
/** Bar length: the published total, or the sum of the parts when no total is published. */
const length = (r: WhereRow) => (r.total ? known(r.total) : null) ?? partsSum(r);

function draw(input: WhereInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const rows = input.groups.flatMap((g) => g.rows);
  const x = barScale(max(rows, length), PAD + 4, width - PAD - 10);
  const words = partWords(input.place);
  const out: string[] = [patternDefs(prefix)];
  const body: string[] = [];
  let y = 26;
  let marks = 0;
  let ri = 0;
  for (const g of input.groups) {
    body.push(text(PAD + 6, y + 16, wrap(g.title, width - 2 * PAD, 15, true), { size: 15, bold: true }));
    y += 30 + (wrap(g.title, width - 2 * PAD, 15, true).length - 1) * 19;
    for (const r of g.rows) {
      const top = y;
      const hl = input.highlight && r.types.includes(input.highlight);
      const lines = wrap(r.label + (hl ? ' (this page)' : ''), width - 2 * PAD - 8, 13.5);
      const lab = text(PAD + 6, y + 12, lines, { size: 13.5 });
      y += 12 + (lines.length - 1) * 16.9 + 6;
      const h = 26;
      let cx = x(0);
      const segs: string[] = [];
      let hidden = false;
      r.parts.forEach((p, ci) => {
        const v = known(p.shown);
        const desc = `${r.label}: ${formatShown(p.shown, r.unit)} ${words.full[p.key]}`;
        if (v === null) {
          hidden = true;
          const box = statusBox(p.shown.kind === 'suppressed' ? 'suppressed' : 'not-published', cx + 1, y, h, prefix);
          segs.push(`<g ${markAttrs(desc, { row: ri, col: ci }, r.key)}>${box.svg}</g>`);
          cx += box.width + 2;
          marks++;
          return;
        }
        const w = x(v) - x(0);
        const n = formatShownNumber(p.shown, r.unit);
        const word = narrow ? n : `${n} ${words.short[p.key]}`;
        const t = textWidth(word, 13, true) + 8 < w ? word : textWidth(n, 13, true) + 6 < w ? n : '';
        segs.push(
          `<g ${markAttrs(desc, { row: ri, col: ci }, r.key)}>` +
            rect({ x: cx + 1, y, width: Math.max(1, w - 2), height: h, fill: PART_FILL[p.key] }) +
            (t ? text(cx + 5, y + h / 2, t, { size: 13, bold: true, fill: COLOURS.paper, baseline: 'middle' }) : '') +
            '</g>',
        );
        cx += w;
        marks++;
      });
      const total = r.total ? known(r.total) : null;
      if (!hidden && total !== null && total > partsSum(r)) {
        // What the documents do not break down: hatched, and deliberately given no number.
        const w = x(total) - cx;
        const box = statusBox('not-published', cx + 1, y, h, prefix, textWidth('not broken down', 12.5) + 14 < w ? 'not broken down' : '');
        segs.push(`<g ${markAttrs(`${r.label}: the rest of the ${formatShown(r.total!, r.unit)} are not broken down`, { row: ri, col: r.parts.length }, r.key)}>${box.svg.replace(/width="[\d.]+"/, `width="${Math.max(1, w - 2).toFixed(1)}"`)}</g>`);
        marks++;
        cx = x(total);
      }
      const totalText = r.total ? `total ${formatShown(r.total, r.unit)}` : `${formatShownNumber({ kind: 'number', n: partsSum(r) }, r.unit)} in all`;
      y += h + 4;
      segs.push(text(PAD + 6, y + 12, totalText, { size: 12.5, fill: COLOURS.muted }));
      y += 22;
      if (hl) body.push(band(top - 4, y - top, width));
      body.push(lab, ...segs);
      ri++;
    }
    y += 6;
  }
  out.push(topAxis(x, 14, y, narrow ? 3 : 6, (n) => String(n)), ...body);
  return { width, height: y, body: out.join(''), marks };
}

export function takeaway(input: WhereInput): string {
  const rows = input.groups.flatMap((g) => g.rows);
  const r = (input.highlight && rows.find((x) => x.types.includes(input.highlight!) && x.parts.some((p) => p.key === 'in-area'))) || rows.find((x) => x.parts.some((p) => p.key === 'in-area')) || rows[0];
  if (!r) return 'No breakdown of where children live is published.';
  const words = partWords(input.place).full;
  const parts = r.parts.map((p) => `${formatShownNumber(p.shown, r.unit)} ${words[p.key]}`);
  const rest = r.total && partsSum(r) < (known(r.total) ?? 0) ? '; the rest are not broken down' : '';
  return `${r.label}: ${listWords(parts)}${r.total ? ` (of ${formatShown(r.total, r.unit)})` : ''}${rest}.`;
}

export function whereChart(input: WhereInput): ChartOutput {
  const { meta, place } = input;
  const words = partWords(place).full;
  const rows = input.groups.flatMap((g) => g.rows.map((r) => ({ g, r })));
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Children', 'Where or with whom', 'Number'],
    rows: rows.flatMap(({ r }) => [
      ...r.parts.map((p) => ({ key: r.key, cells: [r.label, words[p.key], formatShown(p.shown, r.unit)] })),
      ...(r.total ? [{ key: r.key, cells: [r.label, 'total', formatShown(r.total, r.unit)] }] : []),
    ]),
  };
  const used = [...new Set(rows.flatMap(({ r }) => r.parts.map((p) => p.key)))];
  const legend: LegendItem[] = [
    ...used.map((k) => ({ swatch: PART_SWATCH[k], label: words[k].replace(/^./, (c) => c.toUpperCase()) })),
    { swatch: 'none', label: 'not broken down or not published' },
    ...(rows.some(({ r }) => r.parts.some((p) => p.shown.kind === 'suppressed')) ? [{ swatch: 'suppressed' as const, label: input.suppressedKey }] : []),
  ];
  const alt = `Stacked bar chart, ${rows.length} bar${rows.length === 1 ? '' : 's'}. ` +
    rows.map(({ r }) => `${r.label}: ${listWords(r.parts.map((p) => `${formatShown(p.shown, r.unit)} ${words[p.key]}`))}${r.total ? `, of ${formatShown(r.total, r.unit)}` : ''}`).join('. ') + '.';
  const notes = [`Neighbouring areas are the council areas that border ${place}; further away is anywhere else.`, ...(meta.notes ?? [])];
  return chartOutput('where', meta, { takeaway: takeaway(input), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
