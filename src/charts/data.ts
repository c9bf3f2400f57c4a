/**
 * From the model to each chart's plain input. Only `.shown` values (after the disclosure rule)
 * and the model's gaps, matrix and series are read here: never a raw `value`.
 */
import { gapSizeText } from '../text/gap-words.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataDir, type Model, type ShownFigure } from '../data/model.ts';
import { matrix, series } from '../data/queries.ts';
import type { Gap } from '../data/gaps.ts';
import { formatMonth, formatShown } from '../text/format.ts';
import { LocalityMap } from '../data/schemas/locality-map.ts';
import { DataError, jsonPath } from '../data/data-error.ts';
import type { ChartMeta } from './figure.ts';
import type { GapRow } from './gap-chart.ts';
import type { MatrixInput, MatrixCellIn } from './matrix-chart.ts';
import type { MapArea, MapInput } from './map-chart.ts';
import type { WhereGroup, WhereRow, PartKey } from './where-chart.ts';
import type { TrendSeries } from './trend-chart.ts';
import type { ProgressRow } from './progress-chart.ts';
import { shortValue } from './common.ts';

const sourceText = (m: Model, id: string, locator?: string) => {
  const s = m.sources.find((x) => x.id === id);
  return `${s?.title ?? id}${locator ? `, ${locator}` : ''}`;
};

/** Distinct "Title, section" strings, merging sections of one document. */
export function sourcesOf(m: Model, refs: readonly { source: string; locator: string }[]): string[] {
  const by = new Map<string, Set<string>>();
  for (const r of refs) by.set(r.source, (by.get(r.source) ?? new Set()).add(r.locator));
  return [...by.entries()].map(([id, locs]) => sourceText(m, id, locs.size <= 3 ? [...locs].join('; ') : undefined));
}

const newest = (dates: readonly string[]) => [...dates].sort().at(-1) ?? '';

const typeName = (m: Model, id: string) => m.placementTypes.find((t) => t.id === id)?.name ?? id;
const locName = (m: Model, id: string) => m.localities.find((l) => l.id === id)?.name ?? id;

/* ---------- need, supply and gap ---------- */

export function gapRows(m: Model): { rows: GapRow[]; gaps: Gap[] } {
  const current = m.gaps.filter((g) => !g.need.historic);
  const order = new Map(m.placementTypes.map((t, i) => [t.id, i]));
  const size = (g: Gap) => (g.shown.kind === 'number' ? g.shown.n : g.shown.kind === 'range' ? g.shown.max : -1);
  current.sort((a, b) => (order.get(a.need.placementType)! - order.get(b.need.placementType)!) || size(b) - size(a) || a.need.id.localeCompare(b.need.id));
  const rows = current.map((g): GapRow => {
    const who = g.need.cohort ?? 'All children and young people';
    const where = g.need.locality ? locName(m, g.need.locality) : undefined;
    const supply = g.supply && g.supply.unit === g.unit && g.supply.shown.kind !== 'not-published' ? { shown: g.supply.shown, label: g.supply.label } : undefined;
    return {
      key: g.need.id,
      group: g.need.placementType,
      groupLabel: typeName(m, g.need.placementType),
      label: where ? `${who} · ${where}` : who,
      kind: g.kind,
      gap: g.shown,
      unit: g.unit,
      qualifier: g.need.qualifier,
      perYear: g.need.per === 'year',
      timeframe: g.need.timeframe,
      supply,
    };
  });
  return { rows, gaps: current };
}

export function gapMeta(m: Model, gaps: Gap[], id: string): ChartMeta {
  const refs = gaps.flatMap((g) => [g.need, ...(g.supply ? [m.figures.find((f) => f.id === g.supply!.id)!] : [])]);
  return {
    id,
    title: 'What the council needs: shortfall by placement type',
    sources: sourcesOf(m, refs),
    asAt: newest(refs.map((r) => r.asAt)),
  };
}

/* ---------- type × locality matrix ---------- */

const needWords = (g: Gap) =>
  `${g.shown.kind === 'not-published' ? 'number not published' : gapSizeText(g)}: ${g.need.cohort ?? 'stated need'}`;

export function matrixInput(m: Model, id: string, highlightCol?: string): MatrixInput {
  const cells: MatrixCellIn[] = matrix(m).map((c) => {
    if (c.state === 'gap') {
      const g = c.gaps;
      const text = g.length > 1 ? `${g.length} needs` : g[0].shown.kind === 'not-published' ? 'need' : `+${shortValue(g[0].shown, g[0].unit, g[0].need.qualifier)}`;
      const p = c.provision;
      const also = p.length ? `. Named provision: ${p.map((x) => `${x.name}, ${formatShown(x.shown, x.unit, x.qualifier)} (${x.status.replaceAll('-', ' ')})`).join('; ')}` : '';
      return { row: c.type, col: c.locality, state: 'gap', text, detail: `Stated need: ${g.map(needWords).join('; ')}${also}`, alsoProvision: p.length > 0 };
    }
    if (c.state === 'provision') {
      const p = c.provision;
      const text = p.length > 1 ? `${p.length} named` : shortValue(p[0].shown, p[0].unit) || 'named';
      return { row: c.type, col: c.locality, state: 'provision', text, detail: `Named provision: ${p.map((x) => `${x.name}, ${formatShown(x.shown, x.unit, x.qualifier)} (${x.status.replaceAll('-', ' ')})`).join('; ')}` };
    }
    if (c.state === 'suppressed') return { row: c.type, col: c.locality, state: 'suppressed', text: 'c', detail: 'c (fewer than 6 children, withheld)' };
    return { row: c.type, col: c.locality, state: 'not-published', text: '', detail: 'not published' };
  });
  const refs = matrix(m).flatMap((c) => [...c.gaps.map((g) => g.need), ...c.provision, ...c.figures]);
  return {
    meta: { id, title: 'What is published for each placement type in each locality', sources: sourcesOf(m, refs), asAt: newest(refs.map((r) => r.asAt)) },
    rows: m.placementTypes.map((t) => ({ id: t.id, label: t.name })),
    cols: m.localities.map((l) => ({ id: l.id, label: l.name, short: l.shortName })),
    cells,
    highlightCol,
  };
}

/* ---------- locality map ---------- */

/** The locality boundaries, validated; null when the authority has no map file. */
export function localityMap(dir = dataDir()): LocalityMap | null {
  const file = join(dir, 'localities.geo.json');
  if (!existsSync(file)) return null;
  const r = LocalityMap.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new DataError(r.error.issues.map((i) => ({ file: relative(process.cwd(), file).replaceAll('\\', '/'), path: jsonPath(i.path), message: i.message })));
  return r.data;
}

export function mapInput(m: Model, geo: LocalityMap, id: string, highlight?: string): MapInput {
  const cells = matrix(m);
  const areas: MapArea[] = m.localities.map((l) => {
    const gaps = m.gaps.filter((g) => g.need.locality === l.id && !g.need.historic);
    const prov = m.provision.filter((p) => p.locality === l.id && p.status !== 'closed');
    return {
      id: l.id,
      name: l.name,
      short: l.shortName,
      needs: gaps.length,
      provision: prov.length,
      needText: gaps.length ? gaps.map((g) => `${typeName(m, g.need.placementType)}: ${g.shown.kind === 'not-published' ? 'not published' : gapSizeText(g)}`).join('; ') : 'no stated need',
      provisionText: prov.length ? prov.map((p) => `${p.name} (${typeName(m, p.placementType).toLowerCase()})`).join('; ') : 'no named home or service',
    };
  });
  const refs = cells.flatMap((c) => [...c.gaps.map((g) => g.need), ...c.provision]);
  return {
    meta: { id, title: 'Needs and named homes by locality', sources: sourcesOf(m, refs), asAt: newest(refs.map((r) => r.asAt)) },
    features: geo.features.map((f) => ({ locality: f.properties.locality, coordinates: f.geometry.coordinates })),
    areas,
    approximate: geo.approximate,
    attribution: geo.attribution,
    highlight,
  };
}

/* ---------- where children live ---------- */

const LOCATION_PARTS: PartKey[] = ['in-area', 'neighbouring', 'further-away'];

/** Rows of the where-children-live chart, and the figures behind each row (for its sources). */
export function whereRows(m: Model): { groups: WhereGroup[]; refs: Map<string, ShownFigure[]> } {
  const refs = new Map<string, ShownFigure[]>();
  const byBreakdown = new Map<string, ShownFigure[]>();
  for (const f of m.figures) if (f.breakdown && f.kind === 'location' && f.area === 'authority') byBreakdown.set(f.breakdown, [...(byBreakdown.get(f.breakdown) ?? []), f]);
  const location: WhereRow[] = [];
  for (const [bd, parts] of byBreakdown) {
    const all = m.figures.filter((f) => f.breakdown === bd);
    const lp = parts.filter((f) => f.location && LOCATION_PARTS.includes(f.location as PartKey)).sort((a, b) => LOCATION_PARTS.indexOf(a.location as PartKey) - LOCATION_PARTS.indexOf(b.location as PartKey));
    if (!lp.length) continue;
    const unit = lp[0].unit;
    // The total: the breakdown's own, or the count of the same children at the same date.
    const total = all.find((f) => f.total) ?? m.figures.find((f) => f.kind === 'placed' && !f.location && f.placementType === lp[0].placementType && f.placementType && f.asAt === lp[0].asAt && f.unit === unit && f.area === 'authority');
    refs.set(bd, [...lp, ...(total ? [total] : [])]);
    location.push({
      key: bd,
      label: `${(total?.label ?? lp[0].label).replace(/ in Dorset$/, '')}, ${formatMonth(lp[0].asAt)}`,
      types: lp[0].placementType ? [lp[0].placementType] : [],
      unit,
      total: total?.shown ?? null,
      parts: lp.map((f) => ({ key: f.location as PartKey, shown: f.shown })),
    });
  }
  location.sort((a, b) => b.label.localeCompare(a.label));
  const operator: WhereRow[] = [];
  for (const council of series(m, 'cic-in-house-foster').reverse()) {
    const ifa = m.figures.find((f) => f.measure === 'cic-ifa' && f.asAt === council.asAt && f.area === 'authority');
    if (!ifa) continue;
    const total = m.figures.find((f) => f.measure === 'cic-foster-care' && f.asAt === council.asAt && f.unit === council.unit);
    refs.set(`foster-carers-${council.asAt}`, [council, ifa, ...(total ? [total] : [])]);
    operator.push({
      key: `foster-carers-${council.asAt}`,
      label: `Children in foster care, ${formatMonth(council.asAt)}`,
      types: ['in-house-fostering', 'independent-fostering'],
      unit: council.unit,
      total: total?.shown ?? null,
      parts: [{ key: 'council', shown: council.shown }, { key: 'independent', shown: ifa.shown }],
    });
  }
  const groups = [
    ...(location.length ? [{ title: 'Where they live', rows: location }] : []),
    ...(operator.length ? [{ title: 'Council or independent foster carers', rows: operator }] : []),
  ];
  return { groups, refs };
}

export const whereMeta = (m: Model, refs: ShownFigure[], id: string): ChartMeta => ({
  id,
  title: 'Where children in care live, and who looks after them',
  sources: sourcesOf(m, refs),
  asAt: newest(refs.map((r) => r.asAt)),
});

/* ---------- trends ---------- */

export function figureSeries(m: Model, measure: string, label: string): { series: TrendSeries; refs: ShownFigure[] } {
  const figs = series(m, measure).filter((f) => f.unit === series(m, measure)[0]?.unit);
  return { series: { key: measure, label, points: figs.map((f) => ({ date: f.asAt, label: f.period ?? formatMonth(f.asAt), shown: f.shown, qualifier: f.qualifier })) }, refs: figs };
}

/** Financial year "2019/20" → its last day, 2020-03-31. */
const yearEnd = (fy: string) => `${Number(fy.slice(0, 4)) + 1}-03-31`;

export function financeSeries(m: Model): { series: TrendSeries[]; refs: { source: string; locator: string; asAt: string }[] } {
  const lines = m.finance.filter((l) => l.line === 'total').sort((a, b) => a.year.localeCompare(b.year));
  return {
    series: [
      { key: 'budget', label: 'Budget', points: lines.map((l) => ({ date: yearEnd(l.year), label: l.year, shown: l.budgetGbp })) },
      { key: 'actual', label: 'Actual spending', points: lines.map((l) => ({ date: yearEnd(l.year), label: l.year, shown: l.actualGbp })) },
    ],
    refs: lines.map((l) => ({ source: l.source, locator: l.locator, asAt: l.asAt })),
  };
}

/* ---------- success measures ---------- */

export function progressRows(m: Model): { rows: ProgressRow[]; refs: { source: string; locator: string; asAt: string }[] } {
  const refs: { source: string; locator: string; asAt: string }[] = [];
  const rows = m.priorities.flatMap((p) =>
    p.measures.map((me): ProgressRow => {
      const rd = (r: typeof me.baseline) => (r ? (refs.push(r), { shown: r.shown, when: formatMonth(r.asAt) }) : null);
      const target = me.target === 'not-published' ? ('not-published' as const) : rd(me.target)!;
      return {
        key: me.id,
        priority: p.number,
        label: me.label,
        direction: me.direction,
        unit: me.baseline?.unit ?? me.latest?.unit ?? (me.target !== 'not-published' ? me.target.unit : null),
        baseline: rd(me.baseline),
        latest: rd(me.latest),
        target,
      };
    }),
  );
  return { rows, refs };
}

export { matrix, series, typeName, locName, newest };
export type { ShownFigure };
