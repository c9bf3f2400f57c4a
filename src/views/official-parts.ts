/**
 * Pieces the official-data pages share: values in words, a generic table view, citations of
 * DfE and Ofsted releases (values in words and the trend chart come from data/official/read.ts and
 * charts/trend/official-input.ts).
 */
import type { OfficialModel, OfficialValue } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import type { Total } from '../data/official/rollup.ts';
import type { Unit } from '../data/schemas/common.ts';
import { formatDate, formatNumber, formatShownNumber } from '../text/format.ts';
import { OFFICIAL_SUPPRESSED, symbolMeaning } from '../text/symbols.ts';
import { href } from '../site/paths.ts';
import { cell, num, shownInProse, sourcesOf, unitOf, yearOf, type SourceLine } from '../data/official/read.ts';
import { comparisonTrend } from '../charts/trend/official-input.ts';

export { cell, num, shownInProse, sourcesOf, unitOf, yearOf, comparisonTrend, type SourceLine };

export { OFFICIAL_SUPPRESSED };

/**
 * A page view worked out once per model and area: the page and its share card (src/pages/cards/)
 * ask for the same view.
 */
export function oncePerArea<V>(build: (o: OfficialModel, a: OfficialArea) => V): (o: OfficialModel, a: OfficialArea) => V {
  const views = new WeakMap<OfficialModel, Map<string, V>>();
  return (o, a) => {
    let byArea = views.get(o);
    if (!byArea) views.set(o, (byArea = new Map()));
    let v = byArea.get(a.code);
    if (v === undefined) byArea.set(a.code, (v = build(o, a)));
    return v;
  };
}

export const councilHref = (a: Pick<OfficialArea, 'slug'>) => href(`councils/${a.slug}/`);
export const regionHref = (a: Pick<OfficialArea, 'slug'>) => href(`regions/${a.slug}/`);

export const marchText = (asAt: string) => formatDate(asAt);

export { theRegion } from '../text/places.ts';

/** "DfE release, reporting year 2025": what an official figure's date of update is. */
export const releaseOf = (o: OfficialModel, source: string) => {
  const s = o.sources.get(source);
  return s ? `${s.publisher === 'Department for Education' ? 'DfE' : s.publisher}, ${s.release.replace(/^Children looked after in England including adoptions, /, '')}` : 'official release';
};

/** A total as a table cell, saying so where we counted it ourselves from the publisher's list. */
export function totalCell(o: OfficialModel, v: OfficialValue | undefined): string {
  const c = cell(o, v);
  return v?.derived && !v.computedFrom && v.shown.kind === 'number' ? `${c} (counted by us)` : c;
}

/** A roll-up total in words: "6,920", "at least 9,288", "c". */
export function totalText(t: Total, unit: Unit = 'children'): string {
  if (t.kind === 'exact') return formatNumber(t.n, unit);
  if (t.kind === 'at-least') return `at least ${formatNumber(t.n, unit)}`;
  if (t.kind === 'partial') return `${formatNumber(t.n, unit)} (published councils only)`;
  return formatShownNumber(t.shown, unit);
}

export interface TableView {
  id: string;
  caption: string;
  /** `underHead`: on a phone the column is left out and its cell shown under the row's heading instead (a short label, such as a region). */
  columns: { label: string; num?: boolean; underHead?: boolean }[];
  rows: { head: string; href?: string; cells: string[]; kind?: 'total' | 'comparator' | 'replaced'; sort?: (number | string | null)[] }[];
  notes: string[];
  /** Column headers become sort buttons in the browser (src/scripts/sort-table.ts); rows carry `sort`, one key per column. */
  sortable?: boolean;
  /** Few, short columns: the table fits a phone's width instead of scrolling in its box. */
  compact?: boolean;
}

/** The key lines a table needs for the symbols it shows. */
export function symbolNotes(cells: readonly string[]): string[] {
  const seen = new Set(cells);
  const out: string[] = [];
  if (seen.has('c')) out.push(OFFICIAL_SUPPRESSED);
  for (const s of ['z', 'x', 'k', 'low', 'u'] as const) if (seen.has(s)) out.push(`${s}: ${symbolMeaning(s)}`);
  if (seen.has('–')) out.push('–: no figure in this release for this area and year');
  if (cells.some((c) => c.endsWith('(published councils only)'))) out.push('“published councils only”: the sum of the councils with a figure; others are withheld (c), and because a net gain can be negative the true total may be higher or lower');
  if (cells.some((c) => c.endsWith('(counted by us)'))) out.push('“counted by us”: Ofsted publishes no total for the area; we counted the providers in its list that lie in it');
  if (cells.some((c) => c.startsWith('at least'))) out.push('“at least”: the sum of the published parts; one or more parts are suppressed (c), so the true total is higher');
  return out;
}

/** Finish a table: add the symbol key from its cells. */
export function table(t: Omit<TableView, 'notes'> & { notes?: string[] }): TableView {
  return { ...t, notes: [...(t.notes ?? []), ...symbolNotes(t.rows.flatMap((r) => r.cells))] };
}

/**
 * A change between 0 and z (not applicable) across releases is DfE recoding "none" as "does not
 * apply", not a revised count: it is said as such, never listed as a revision.
 */
export const isRecoding = (r: { from: { value: number | string }; to: { value: number | string } }) =>
  (r.from.value === 0 && r.to.value === 'z') || (r.from.value === 'z' && r.to.value === 0);
