/**
 * From the model to each chart's plain input. Only `.shown` values (after the disclosure rule)
 * and the model's gaps, matrix and series are read here: never a raw `value`.
 */
import type { Model, ShownFigure } from '../lib/model.ts';
import { matrix, series } from '../lib/queries.ts';
import type { Gap } from '../lib/gaps.ts';
import type { ChartMeta } from './figure.ts';
import type { GapRow } from './gap-chart.ts';

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

export { matrix, series, typeName, locName, newest };
export type { ShownFigure };
