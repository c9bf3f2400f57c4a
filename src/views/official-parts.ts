/**
 * Pieces the official-data pages share: values in words, a generic table view, citations of
 * DfE and Ofsted releases, and the three-line trend chart (area, its region, England).
 */
import type { OfficialModel, OfficialValue } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import type { Shown } from '../data/shown.ts';
import type { Total } from '../data/official/rollup.ts';
import type { Unit } from '../data/schemas/common.ts';
import { formatDate, formatNumber, formatShownNumber } from '../text/format.ts';
import { OFFICIAL_SUPPRESSED, symbolMeaning } from '../text/symbols.ts';
import { trendChart, type TrendSeries } from '../charts/trend/draw.ts';
import type { ChartOutput } from '../charts/kit/output.ts';
import { href } from '../site/paths.ts';

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

/** "2025" for a 31 March figure (DfE's reporting year), else the date. */
export const yearOf = (asAt: string) => (asAt.endsWith('-03-31') ? asAt.slice(0, 4) : formatDate(asAt));
export const marchText = (asAt: string) => formatDate(asAt);

/** A region's name as prose needs it: "the South West", but "London". */
export const theRegion = (name: string) => (/^(London|Inner London|Outer London|Yorkshire and The Humber|England)$/.test(name) ? name : `the ${name}`);

/** "DfE release, reporting year 2025": what an official figure's date of update is. */
export const releaseOf = (o: OfficialModel, source: string) => {
  const s = o.sources.get(source);
  return s ? `${s.publisher === 'Department for Education' ? 'DfE' : s.publisher}, ${s.release.replace(/^Children looked after in England including adoptions, /, '')}` : 'official release';
};

export const unitOf = (o: OfficialModel, measure: string): Unit => o.measures.get(measure)?.unit ?? 'children';

/** A value as a table cell: "437", "65", "47%", "c", "x", "–" when there is no row at all. */
export function cell(o: OfficialModel, v: OfficialValue | undefined): string {
  if (!v) return '–';
  return formatShownNumber(v.shown, unitOf(o, v.measure));
}

/** A total as a table cell, saying so where we counted it ourselves from the publisher's list. */
export function totalCell(o: OfficialModel, v: OfficialValue | undefined): string {
  const c = cell(o, v);
  return v?.derived && !v.computedFrom && v.shown.kind === 'number' ? `${c} (counted by us)` : c;
}

export const num = (s: Shown | undefined): number | null => (s?.kind === 'number' ? s.n : null);

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
  columns: { label: string; num?: boolean }[];
  rows: { head: string; href?: string; cells: string[]; kind?: 'total' | 'comparator' | 'replaced'; sort?: (number | string | null)[] }[];
  notes: string[];
  /** Column headers become sort buttons in the browser (src/scripts/sort-table.ts); rows carry `sort`, one key per column. */
  sortable?: boolean;
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

export interface SourceLine {
  id: string;
  title: string;
  release: string;
  publisher: string;
  url?: string;
}

/** The releases a set of values came from, each once. */
export function sourcesOf(o: OfficialModel, values: readonly (OfficialValue | undefined)[]): SourceLine[] {
  const ids = [...new Set(values.filter((v): v is OfficialValue => !!v).map((v) => v.source))].sort();
  return ids.map((id) => {
    const s = o.sources.get(id);
    return { id, title: s?.title ?? id, release: s?.release ?? '', publisher: s?.publisher ?? '', url: s?.url };
  });
}

/** Area, its region and England on one line chart of one measure; null with fewer than two dates. */
export function comparisonTrend(o: OfficialModel, id: string, areas: readonly OfficialArea[], measure: string, title: string, what: string, downloads?: ChartOutput['downloads']): ChartOutput | null {
  const unit = unitOf(o, measure);
  const series: TrendSeries[] = areas
    .map((a) => ({ key: a.code, label: a.name, points: o.series(a.code, measure).map((v) => ({ date: v.asAt, label: yearOf(v.asAt), shown: v.shown })) }))
    .filter((s) => s.points.length > 0);
  if (!series.length || series[0].points.length < 2) return null;
  const values = areas.flatMap((a) => o.series(a.code, measure));
  const [first, ...others] = series;
  const last = first.points.at(-1)!;
  const lastN = num(last.shown);
  const compare = others
    .map((s) => {
      const p = s.points.find((q) => q.date === last.date);
      const n = num(p?.shown);
      if (lastN === null || n === null) return null;
      return `${lastN > n ? 'above' : lastN < n ? 'below' : 'level with'} ${s.label} (${formatShownNumber(p!.shown, unit)})`;
    })
    .filter(Boolean);
  const takeaway = lastN === null
    ? `${what} for ${first.label} in ${last.label}: ${formatShownNumber(last.shown, unit)}.`
    : `${what} for ${first.label} was ${formatShownNumber(last.shown, unit)} in ${last.label}${compare.length ? `, ${compare.join(' and ')}` : ''}.`;
  const srcs = sourcesOf(o, values);
  return {
    ...trendChart({
      meta: { id, title, sources: srcs.map((s) => `${s.publisher}, ${s.title}`), asAt: values.map((v) => v.asAt).sort().at(-1) ?? '', notes: [`Each point is the figure at 31 March of the year shown.`] },
      series,
      unit,
      measure: what,
      takeaway,
      suppressedKey: OFFICIAL_SUPPRESSED,
    }),
    // Official charts link into the area's open data, not the council chart endpoints.
    downloads: downloads ?? [],
  };
}
