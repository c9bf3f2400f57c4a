/** The type × locality grid's inputs from the model: one cell per pair, from the model's matrix. */
import type { Model, ShownProvision } from '../../data/model.ts';
import type { Gap } from '../../data/gaps.ts';
import { matrix } from '../../data/queries.ts';
import { formatShown } from '../../text/format.ts';
import { shortValue } from '../kit/values.ts';
import { CHART, FOCUS_COLS } from '../ids.ts';
import { chartMeta, gapWords, suppressedKey } from '../from-model.ts';
import type { MatrixCellIn, MatrixInput } from './draw.ts';

const TITLE = 'What is published for each placement type in each locality';

const needWords = (g: Gap) => `${gapWords(g)}: ${g.need.cohort ?? 'stated need'}`;
const provisionWords = (p: readonly ShownProvision[]) =>
  `Named provision: ${p.map((x) => `${x.name}, ${formatShown(x.shown, x.unit, x.qualifier)} (${x.status.replaceAll('-', ' ')})`).join('; ')}`;

/** The whole grid; with `highlightCol`, a locality's column outlined. */
export function matrixInput(m: Model, id: string, highlightCol?: string): MatrixInput {
  const c = suppressedKey(m);
  const cells: MatrixCellIn[] = matrix(m).map((cell) => {
    const at = { row: cell.type, col: cell.locality };
    const p = cell.provision;
    if (cell.state === 'gap') {
      const g = cell.gaps;
      const text = g.length > 1 ? `${g.length} needs` : g[0].shown.kind === 'not-published' ? 'need' : `+${shortValue(g[0].shown, g[0].unit, g[0].need.qualifier)}`;
      const also = p.length ? `. ${provisionWords(p)}` : '';
      return { ...at, state: 'gap', text, detail: `Stated need: ${g.map(needWords).join('; ')}${also}`, alsoProvision: p.length > 0 };
    }
    if (cell.state === 'provision') {
      const text = p.length > 1 ? `${p.length} named` : shortValue(p[0].shown, p[0].unit) || 'named';
      return { ...at, state: 'provision', text, detail: provisionWords(p) };
    }
    if (cell.state === 'suppressed') return { ...at, state: 'suppressed', text: 'c', detail: c };
    return { ...at, state: 'not-published', text: '', detail: 'not published' };
  });
  const refs = matrix(m).flatMap((cell) => [...cell.gaps.map((g) => g.need), ...cell.provision, ...cell.observations]);
  return {
    meta: chartMeta(m, id, TITLE, refs),
    rows: m.placementTypes.map((t) => ({ id: t.id, label: t.name })),
    cols: m.localities.map((l) => ({ id: l.id, label: l.name, short: l.shortName })),
    cells,
    highlightCol,
    suppressedKey: c,
  };
}

/** A locality's own column, and only the types with something published there (the rest read "not published"). */
function ownColumn(input: MatrixInput, loc: string): MatrixInput {
  const cells = input.cells.filter((c) => c.col === loc);
  const shown = new Set(cells.filter((c) => c.state !== 'not-published').map((c) => c.row));
  const rows = input.rows.filter((r) => shown.has(r.id));
  return {
    ...input,
    cols: input.cols.filter((c) => c.id === loc),
    rows: rows.length ? rows : input.rows.slice(0, 1),
    cells: cells.filter((c) => (rows.length ? shown.has(c.row) : c.row === input.rows[0].id)),
    meta: { ...input.meta, notes: [...(input.meta.notes ?? []), `Only placement types with something published for this locality are shown; nothing is published for the other ${input.rows.length - rows.length}.`] },
  };
}

/** The whole grid, and one per locality: the grid with its column outlined, or past FOCUS_COLS localities its column alone. */
export function matrixInputs(m: Model): MatrixInput[] {
  return [
    matrixInput(m, CHART.matrix),
    ...m.localities.map((l) => {
      const input = matrixInput(m, CHART.matrixFor(l.id), l.id);
      return m.localities.length <= FOCUS_COLS ? input : ownColumn(input, l.id);
    }),
  ];
}
