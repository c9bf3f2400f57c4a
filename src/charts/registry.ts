/**
 * Every figure the site publishes, by id. Pages ask for figures by id; the download endpoints
 * list them all. Built once per model.
 */
import type { Model } from '../data/model.ts';
import type { ChartOutput } from './figure.ts';
import { gapChart } from './gap-chart.ts';
import { matrixChart } from './matrix-chart.ts';
import { mapChart } from './map-chart.ts';
import { whereChart } from './where-chart.ts';
import { trendChart } from './trend-chart.ts';
import { progressChart } from './progress-chart.ts';
import { financeSeries, figureSeries, gapMeta, gapRows, localityMap, mapInput, matrixInput, newest, progressRows, sourcesOf, whereMeta, whereRows } from './data.ts';

/** Figure ids, so pages and tests name them one way. */
export const FIG = {
  gaps: 'gaps-by-type',
  gapsFor: (type: string) => `gaps-by-type-${type}`,
  matrix: 'type-by-locality',
  matrixFor: (loc: string) => `type-by-locality-${loc}`,
  map: 'locality-map',
  mapFor: (loc: string) => `locality-map-${loc}`,
  where: 'where-children-live',
  whereFor: (type: string) => `where-children-live-${type}`,
  childrenInCare: 'trend-children-in-care',
  fosteringHouseholds: 'trend-fostering-households',
  fosteringBudget: 'trend-fostering-budget',
  progress: 'success-measures',
} as const;

/** Above these sizes, per-page charts focus on their own type or locality (see buildFigures). */
export const FOCUS_ROWS = 40;
export const FOCUS_COLS = 12;

export function buildFigures(m: Model): Map<string, ChartOutput> {
  const figs: ChartOutput[] = [];
  const { rows, gaps } = gapRows(m);
  figs.push(gapChart({ meta: gapMeta(m, gaps, FIG.gaps), rows }));
  // A type's page shows every type's gaps with its own highlighted while that stays readable;
  // past FOCUS_ROWS (regional data) it shows only its own, so cost grows with types, not types².
  for (const t of m.placementTypes) {
    const own = rows.length > FOCUS_ROWS ? rows.filter((r) => r.group === t.id) : rows;
    figs.push(gapChart({ meta: gapMeta(m, gaps, FIG.gapsFor(t.id)), rows: own, highlight: t.id }));
  }

  figs.push(matrixChart(matrixInput(m, FIG.matrix)));
  for (const l of m.localities) {
    const input = matrixInput(m, FIG.matrixFor(l.id), l.id);
    // Same rule for the grid: beyond FOCUS_COLS localities, a locality's page shows its own column.
    if (m.localities.length <= FOCUS_COLS) {
      figs.push(matrixChart(input));
      continue;
    }
    // Its own column, and only the types with something published there (the rest read "not published").
    const cells = input.cells.filter((c) => c.col === l.id);
    const shown = new Set(cells.filter((c) => c.state !== 'not-published').map((c) => c.row));
    const rows = input.rows.filter((r) => shown.has(r.id));
    figs.push(matrixChart({
      ...input,
      cols: input.cols.filter((c) => c.id === l.id),
      rows: rows.length ? rows : input.rows.slice(0, 1),
      cells: cells.filter((c) => rows.length ? shown.has(c.row) : c.row === input.rows[0].id),
      meta: { ...input.meta, notes: [...(input.meta.notes ?? []), `Only placement types with something published for this locality are shown; nothing is published for the other ${input.rows.length - rows.length}.`] },
    }));
  }

  const geo = localityMap();
  if (geo) {
    figs.push(mapChart(mapInput(m, geo, FIG.map)));
    for (const l of m.localities) figs.push(mapChart(mapInput(m, geo, FIG.mapFor(l.id), l.id)));
  }

  const where = whereRows(m);
  if (where.groups.length) {
    const refsOf = (groups: typeof where.groups) => groups.flatMap((g) => g.rows.flatMap((r) => where.refs.get(r.key) ?? []));
    figs.push(whereChart({ meta: whereMeta(m, refsOf(where.groups), FIG.where), groups: where.groups }));
    const types = new Set(where.groups.flatMap((g) => g.rows.flatMap((r) => r.types)));
    for (const t of types) {
      const groups = where.groups.map((g) => ({ ...g, rows: g.rows.filter((r) => r.types.includes(t)) })).filter((g) => g.rows.length);
      // Only the rows about this type, so no highlight is needed.
      figs.push(whereChart({ meta: whereMeta(m, refsOf(groups), FIG.whereFor(t)), groups }));
    }
  }

  const cic = figureSeries(m, 'children-in-care', 'Children in care');
  if (cic.series.points.length > 1) {
    figs.push(trendChart({ meta: { id: FIG.childrenInCare, title: 'Children in care over time', sources: sourcesOf(m, cic.refs), asAt: newest(cic.refs.map((r) => r.asAt)), notes: ['Counts come from several documents, each at its own date; some are for a point in time, some for a year.'] }, series: [cic.series], unit: 'children', measure: 'The number of children in care' }));
  }
  const fh = figureSeries(m, 'fostering-households', 'Council fostering households');
  if (fh.series.points.length > 1) {
    figs.push(trendChart({ meta: { id: FIG.fosteringHouseholds, title: 'Council fostering households over time', sources: sourcesOf(m, fh.refs), asAt: newest(fh.refs.map((r) => r.asAt)) }, series: [fh.series], unit: 'households', measure: 'The number of council fostering households' }));
  }
  const fin = financeSeries(m);
  if (fin.series[0].points.length > 1) {
    figs.push(trendChart({ meta: { id: FIG.fosteringBudget, title: 'Fostering: budget and actual spending', sources: sourcesOf(m, fin.refs), asAt: newest(fin.refs.map((r) => r.asAt)), notes: ['Council and independent fostering together, by financial year (April to March).'] }, series: fin.series, unit: 'gbp', measure: 'Fostering spending' }));
  }

  const pr = progressRows(m);
  if (pr.rows.length) figs.push(progressChart({ meta: { id: FIG.progress, title: 'Progress against the strategy’s success measures', sources: sourcesOf(m, pr.refs), asAt: newest(pr.refs.map((r) => r.asAt)) }, rows: pr.rows }));

  return new Map(figs.map((f) => [f.id, f]));
}

const cache = new WeakMap<Model, Map<string, ChartOutput>>();
export function figures(m: Model): Map<string, ChartOutput> {
  let f = cache.get(m);
  if (!f) cache.set(m, (f = buildFigures(m)));
  return f;
}

export function figureById(m: Model, id: string): ChartOutput {
  const f = figures(m).get(id);
  if (!f) throw new Error(`A page asks for chart "${id}", which the chart registry does not build`);
  return f;
}

/** The figure if the registry built it (some charts exist only where the data allows). */
export const maybeFigure = (m: Model, id: string) => figures(m).get(id);
