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
import { COLOURS, OPERATOR, WHERE, patternDefs, textOn } from '../kit/palette.ts';
import { PANEL, meaningOf, segmentOf } from '../kit/rules.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { band, statusBox } from '../kit/marks.ts';
import { PAD, axisTitle, topAxis } from '../kit/axes.ts';
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
/** Each part has a colour of its own: where children live is never drawn in the colours of who looks after them, nor in supply blue or need orange. */
const PART_FILL: Record<PartKey, string> = { ...WHERE, ...OPERATOR };

export interface WhereRow {
  key: string;
  /** What the bar counts, with its date ("Children in children's homes, October 2023"). */
  label: string;
  /** The one date of every part and the total (YYYY-MM-DD): a row never mixes dates. */
  asAt: string;
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
/** The bar has a hatched rest: a total larger than its parts, all of which have numbers. */
const hasRest = (r: WhereRow) => {
  const total = r.total ? known(r.total) : null;
  return r.parts.every((p) => known(p.shown) !== null) && total !== null && total > partsSum(r);
};
/** Bar length: the published total, or the sum of the parts when no total is published. */
const length = (r: WhereRow) => (r.total ? known(r.total) : null) ?? partsSum(r);

/** The table row a part's segment points at. */
const partRow = (r: WhereRow, k: PartKey | 'rest') => `${r.key}:${k}`;

function draw(input: WhereInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const words = partWords(input.place);
  const out: string[] = [patternDefs(prefix)];
  let y = 0;
  let marks = 0;
  let ri = 0;
  // One panel per unit the rows are counted in (usually just children), each with its own axis.
  const units = [...new Set(input.groups.flatMap((g) => g.rows.map((r) => r.unit)))];
  for (const unit of units) {
    const groups = input.groups.map((g) => ({ ...g, rows: g.rows.filter((r) => r.unit === unit) })).filter((g) => g.rows.length);
    const title = axisTitle(unit).toLowerCase();
    // Room after the last tick for the axis to name its unit.
    const x = barScale(max(groups.flatMap((g) => g.rows), length), PAD + 4, width - PAD - 24 - textWidth(title, 12.5, true));
    const body: string[] = [];
    const axisY = y + 14;
    y += 26;
    for (const g of groups) {
      const title = wrap(g.title, width - 2 * PAD, 15, true);
      body.push(text(PAD + 6, y + 16, title, { size: 15, bold: true }));
      y += 30 + (title.length - 1) * 19;
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
            const box = statusBox(p.shown.kind === 'suppressed' ? 'suppressed' : 'not-published', cx + 1, y, h, prefix, undefined, segmentOf(partRow(r, p.key)));
            segs.push(`<g ${markAttrs(desc, { row: ri, col: ci }, r.key, unit)}>${box.svg}</g>`);
            cx += box.width + 2;
            marks++;
            return;
          }
          const w = x(v) - x(0);
          const fill = PART_FILL[p.key];
          const n = formatShownNumber(p.shown, r.unit);
          const word = narrow ? n : `${n} ${words.short[p.key]}`;
          // The number on the bar where it fits; every part is also named in words under the bar.
          const t = textWidth(word, 13, true) + 8 < w ? word : textWidth(n, 13, true) + 6 < w ? n : '';
          segs.push(
            `<g ${markAttrs(desc, { row: ri, col: ci }, r.key, unit)}>` +
              rect({ x: cx + 1, y, width: Math.max(1, w - 2), height: h, fill, stroke: COLOURS.ink, 'stroke-width': 1, ...meaningOf(p.key), ...segmentOf(partRow(r, p.key)) }) +
              (t ? text(cx + 5, y + h / 2, t, { size: 13, bold: true, fill: textOn(fill), baseline: 'middle' }) : '') +
              '</g>',
          );
          cx += w;
          marks++;
        });
        const total = r.total ? known(r.total) : null;
        const rest = !hidden && total !== null && total > partsSum(r);
        if (rest) {
          // What the documents do not break down: hatched, and deliberately given no number.
          const w = x(total) - cx;
          const box = statusBox('not-published', cx + 1, y, h, prefix, textWidth('not broken down', 12.5) + 14 < w ? 'not broken down' : '', segmentOf(partRow(r, 'rest')));
          segs.push(`<g ${markAttrs(`${r.label}: the rest of the ${formatShown(r.total!, r.unit)} are not broken down`, { row: ri, col: r.parts.length }, r.key, unit)}>${box.svg.replace(/width="[\d.]+"/, `width="${Math.max(1, w - 2).toFixed(1)}"`)}</g>`);
          marks++;
          cx = x(total);
        }
        // Every segment in words under the bar, so a part too narrow for its number is still labelled.
        const parts = r.parts.map((p) => `${p.shown.kind === 'suppressed' ? 'c' : formatShownNumber(p.shown, r.unit)} ${words.short[p.key]}`);
        const totalText = r.total ? `total ${formatShown(r.total, r.unit)}` : `${formatShownNumber({ kind: 'number', n: partsSum(r) }, r.unit)} in all`;
        const under = wrap([...parts, ...(rest ? ['rest not broken down'] : []), totalText].join(' · '), width - 2 * PAD - 8, 12.5);
        y += h + 4;
        segs.push(text(PAD + 6, y + 12, under, { size: 12.5, fill: COLOURS.muted }));
        y += 22 + (under.length - 1) * 15.6;
        if (hl) body.push(band(top - 4, y - top, width));
        body.push(lab, ...segs);
        ri++;
      }
      y += 6;
    }
    out.push(`<g ${PANEL}>${topAxis(x, axisY, y, narrow ? 3 : 6, (n) => String(n), unit, title)}${body.join('')}</g>`);
  }
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
      ...r.parts.map((p) => ({ key: r.key, id: partRow(r, p.key), cells: [r.label, words[p.key], formatShown(p.shown, r.unit)] })),
      // The hatched rest of a bar has its own row: what it is, and that no number is given for it.
      ...(hasRest(r) ? [{ key: r.key, id: partRow(r, 'rest'), cells: [r.label, 'the rest, not broken down', 'not published'] }] : []),
      ...(r.total ? [{ key: r.key, cells: [r.label, 'total', formatShown(r.total, r.unit)] }] : []),
    ]),
  };
  const used = [...new Set(rows.flatMap(({ r }) => r.parts.map((p) => p.key)))];
  const legend: LegendItem[] = [
    ...used.map((k) => ({ swatch: k, label: words[k].replace(/^./, (c) => c.toUpperCase()), meaning: k })),
    ...(rows.some(({ r }) => hasRest(r) || r.parts.some((p) => p.shown.kind === 'not-published')) ? [{ swatch: 'none' as const, label: 'not broken down or not published', meaning: 'not-published' as const }] : []),
    ...(rows.some(({ r }) => r.parts.some((p) => p.shown.kind === 'suppressed')) ? [{ swatch: 'suppressed' as const, label: input.suppressedKey, meaning: 'suppressed' as const }] : []),
    ...(input.highlight && rows.some(({ r }) => r.types.includes(input.highlight!)) ? [{ swatch: 'band' as const, label: 'This page’s placement type', meaning: 'highlight' as const }] : []),
  ];
  const alt = `Stacked bar chart, ${rows.length} bar${rows.length === 1 ? '' : 's'}. ` +
    rows.map(({ r }) => `${r.label}: ${listWords(r.parts.map((p) => `${formatShown(p.shown, r.unit)} ${words[p.key]}`))}${r.total ? `, of ${formatShown(r.total, r.unit)}` : ''}`).join('. ') + '.';
  const notes = [`Neighbouring areas are the council areas that border ${place}; further away is anywhere else.`, ...(meta.notes ?? [])];
  return chartOutput('where', meta, { takeaway: takeaway(input), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
