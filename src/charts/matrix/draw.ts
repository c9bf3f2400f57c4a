/**
 * Placement type × locality: one cell per pair, showing what is published for it: a stated need
 * (orange), named provision (blue), c (dots) or nothing published (grey hatch). A locality's page
 * outlines its column.
 */
import { COLOURS, patternDefs, patternId } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { meaningOf, segmentOf, type Meaning } from '../kit/rules.ts';
import { PAD } from '../kit/axes.ts';
import { rect, text } from '../kit/svg.ts';
import { fit, textWidth, wrap } from '../kit/text.ts';

export type MatrixState = 'gap' | 'provision' | 'suppressed' | 'not-published';

export interface MatrixCellIn {
  row: string;
  col: string;
  state: MatrixState;
  /** Short text drawn in the cell ("+1", "2 needs", "3"). */
  text: string;
  /** Full description for the table, tooltip and screen readers. */
  detail: string;
  /** Named provision here as well as a stated need: drawn as a blue strip under the need. */
  alsoProvision?: boolean;
}

export interface MatrixInput {
  meta: ChartMeta;
  rows: { id: string; label: string }[];
  cols: { id: string; label: string; short: string }[];
  cells: MatrixCellIn[];
  highlightCol?: string;
  /** The key's words for "c", from the disclosure rule in force. */
  suppressedKey: string;
}

const STATE_MEANING: Record<MatrixState, Meaning> = { gap: 'need', provision: 'supply', suppressed: 'suppressed', 'not-published': 'not-published' };

function draw(input: MatrixInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const { rows, cols, cells, highlightCol } = input;
  const labelW = narrow ? 0 : 240;
  const cw = (width - 2 * PAD - labelW) / cols.length;
  const ch0 = narrow ? 26 : 30;
  const headH = narrow ? 64 : 44;
  const x0 = PAD + labelW;
  const out: string[] = [patternDefs(prefix)];
  // Column headers: horizontal on wide drawings, slanted on narrow ones.
  cols.forEach((c, i) => {
    const cx = x0 + i * cw + cw / 2;
    const hl = c.id === highlightCol;
    if (narrow) {
      out.push(`<text transform="translate(${(cx - 4).toFixed(1)} ${headH - 8}) rotate(-45)" font-size="13" ${hl ? 'font-weight="700" ' : ''}fill="${COLOURS.ink}">${c.short.replace(/&/g, '&amp;')}</text>`);
    } else {
      const lines = wrap(c.label, cw - 4, 13, hl);
      out.push(text(cx, headH - 8 - (lines.length - 1) * 16, lines, { size: 13, anchor: 'middle', bold: hl }));
    }
    if (hl) out.push(rect({ x: x0 + i * cw + 2, y: headH - 4, width: cw - 4, height: 4, fill: COLOURS.supply }));
  });
  let y = headH + 4;
  let marks = 0;
  rows.forEach((r, ri) => {
    let ch = ch0;
    if (narrow) {
      out.push(text(PAD, y + 13, fit(r.label, width - 2 * PAD, 13.5), { size: 13.5, bold: true }));
      y += 19;
    } else {
      const lines = wrap(r.label, labelW - 8, 13.5).slice(0, 2);
      ch = Math.max(ch0, lines.length * 17 + 8);
      out.push(text(PAD, y + (ch - 4) / 2 - ((lines.length - 1) * 16.9) / 2, lines, { size: 13.5, baseline: 'middle' }));
    }
    cols.forEach((c, ci) => {
      const cell = cells.find((k) => k.row === r.id && k.col === c.id);
      const state = cell?.state ?? 'not-published';
      const x = x0 + ci * cw + 2;
      const w = cw - 4;
      const fill = state === 'gap' ? COLOURS.gap : state === 'provision' ? COLOURS.supply : `url(#${patternId(prefix, state === 'suppressed' ? 'suppressed' : 'none')})`;
      const parts = [rect({ x, y, width: w, height: ch - 4, fill, stroke: state === 'not-published' ? COLOURS.none : state === 'suppressed' ? COLOURS.ink : undefined, 'stroke-width': 1, ...meaningOf(STATE_MEANING[state]), ...segmentOf(r.id) })];
      if (cell?.alsoProvision) parts.push(rect({ x, y: y + ch - 4 - 7, width: w, height: 7, fill: COLOURS.supply, stroke: COLOURS.paper, 'stroke-width': 1, ...meaningOf('supply'), ...segmentOf(r.id) }));
      const label = state === 'suppressed' ? 'c' : cell?.text ?? '';
      if (label) {
        const size = 12.5;
        // "2 needs" becomes "2" where the cell is too narrow for the word.
        const t = fit(textWidth(label, size, true) > w - 6 ? label.replace(/ .*/, '') : label, w - 6, size);
        if (state === 'suppressed') parts.push(rect({ x: x + w / 2 - 8, y: y + (ch - 4) / 2 - 8, width: 16, height: 16, fill: COLOURS.paper }));
        parts.push(text(x + w / 2, y + (ch - 4) / 2 - (cell?.alsoProvision ? 3 : 0), t, { size, anchor: 'middle', baseline: 'middle', bold: true, fill: state === 'suppressed' ? COLOURS.ink : COLOURS.paper }));
      }
      const desc = `${r.label} in ${c.label}: ${cell?.detail ?? 'not published'}`;
      out.push(`<g ${markAttrs(desc, { row: ri, col: ci }, r.id)}>${parts.join('')}</g>`);
      marks++;
    });
    y += ch + (narrow ? 6 : 0);
  });
  const hi = cols.findIndex((c) => c.id === highlightCol);
  if (hi >= 0) out.push(rect({ x: x0 + hi * cw, y: headH + 2, width: cw, height: y - headH - 2 - (narrow ? 6 : 0) + 2, fill: 'none', stroke: COLOURS.ink, 'stroke-width': 3 }));
  return { width, height: y + 6, body: out.join(''), marks };
}

export function takeaway(input: MatrixInput): string {
  const { cells, cols, rows, highlightCol } = input;
  const count = (s: MatrixState, cs: MatrixCellIn[]) => cs.filter((c) => c.state === s).length;
  if (highlightCol) {
    const mine = rows.map((r) => cells.find((c) => c.row === r.id && c.col === highlightCol) ?? { state: 'not-published' as const });
    const g = mine.filter((c) => c.state === 'gap').length;
    const p = mine.filter((c) => c.state === 'provision' || ('alsoProvision' in c && c.alsoProvision)).length;
    const name = cols.find((c) => c.id === highlightCol)?.label ?? highlightCol;
    const none = mine.filter((c) => c.state === 'not-published').length;
    return `In ${name}, ${g} of ${rows.length} placement types ${g === 1 ? 'has' : 'have'} a stated need and ${p} ${p === 1 ? 'has' : 'have'} named provision; for the other ${none}, nothing is published.`;
  }
  const all = rows.length * cols.length;
  const g = count('gap', cells);
  const p = count('provision', cells) + cells.filter((c) => c.alsoProvision).length;
  const none = all - cells.filter((c) => c.state !== 'not-published').length;
  return `Of ${all} pairs of placement type and locality, ${g} have a stated need and ${p} have named provision; for the other ${none}, nothing is published by locality.`;
}

export function matrixChart(input: MatrixInput): ChartOutput {
  const { meta, rows, cols, cells } = input;
  const at = (r: string, c: string) => cells.find((k) => k.row === r && k.col === c);
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Placement type', ...cols.map((c) => c.label)],
    rows: rows.map((r) => ({ key: r.id, id: r.id, cells: [r.label, ...cols.map((c) => at(r.id, c.id)?.detail ?? 'not published')] })),
  };
  const n = (s: MatrixState) => cells.filter((c) => c.state === s).length;
  const hl = cols.find((c) => c.id === input.highlightCol);
  const alt = `Grid of ${rows.length} placement types (rows) against ${cols.length} localities (columns: ${cols.map((c) => c.label).join(', ')}). ` +
    `${n('gap')} cells show a stated need, ${n('provision')} show named provision${n('suppressed') ? `, ${n('suppressed')} are c (withheld)` : ''}, and the rest are hatched as not published.` +
    (hl ? ` The ${hl.label} column is outlined.` : '') +
    ` Cells with a need: ${cells.filter((c) => c.state === 'gap').map((c) => `${rows.find((r) => r.id === c.row)?.label} in ${cols.find((k) => k.id === c.col)?.label}`).join('; ')}.`;
  const legend: LegendItem[] = [
    { swatch: 'gap', label: 'Stated need (number = how many more)', meaning: 'need' },
    { swatch: 'supply', label: 'Named provision (number = places); a blue strip under a need: provision there too', meaning: 'supply' },
    { swatch: 'suppressed', label: input.suppressedKey, meaning: 'suppressed' },
    { swatch: 'none', label: 'not published for this locality', meaning: 'not-published' },
  ];
  const notes = [
    'A cell with both a need and provision shows the need. Where a cell holds more than one need or service, it shows how many; the table lists them.',
    ...(meta.notes ?? []),
  ];
  return chartOutput('matrix', meta, { takeaway: takeaway(input), alt, legend, notes, table, categorical: true }, (width, prefix) => draw(input, width, prefix));
}

