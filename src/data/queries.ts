/**
 * Read-only questions several views ask of the model. Lists are grouped once per model
 * (WeakMap caches), so a page asks a map, never scans every record.
 */
import type { Model, ShownObservation, ShownProvision } from './model.ts';
import type { Gap, Outlook } from './gaps.ts';

export const byId = <T extends { id: string }>(rows: readonly T[], id: string): T | undefined => rows.find((r) => r.id === id);

export const source = (m: Model, id: string) => byId(m.sources, id)!;

function memo<T>(fn: (m: Model) => T): (m: Model) => T {
  const cache = new WeakMap<Model, T>();
  return (m) => {
    let v = cache.get(m);
    if (v === undefined) cache.set(m, (v = fn(m)));
    return v;
  };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const gapsByType = memo((m) => groupBy(m.gaps, (g) => g.need.placementType));
const gapsByLocality = memo((m) => groupBy(m.gaps, (g) => g.need.locality));
const outlookByType = memo((m) => groupBy(m.outlook, (o) => o.need.placementType));
const provisionByType = memo((m) => groupBy(m.provision, (p) => p.placementType));
const provisionByLocality = memo((m) => groupBy(m.provision, (p) => p.locality));
const marketNeedsByType = memo((m) => groupBy(m.marketNeeds.flatMap((n) => n.placementTypes.map((t) => [t, n] as const)), ([t]) => t));
const marketNeedsByLocality = memo((m) => groupBy(m.marketNeeds.flatMap((n) => n.localities.map((l) => [l, n] as const)), ([l]) => l));

export const observationsForType = (m: Model, type: string): ShownObservation[] => m.observations.byType.get(type) ?? [];
export const observationsForLocality = (m: Model, loc: string): ShownObservation[] => m.observations.byLocality.get(loc) ?? [];
export const gapsForType = (m: Model, type: string): Gap[] => gapsByType(m).get(type) ?? [];
/** Forecasts and targets for a placement type (not shortfalls). */
export const outlookForType = (m: Model, type: string): Outlook[] => outlookByType(m).get(type) ?? [];
export const gapsForLocality = (m: Model, loc: string): Gap[] => gapsByLocality(m).get(loc) ?? [];
export const provisionForType = (m: Model, type: string): ShownProvision[] => provisionByType(m).get(type) ?? [];
export const provisionForLocality = (m: Model, loc: string): ShownProvision[] => provisionByLocality(m).get(loc) ?? [];
export const marketNeedsForType = (m: Model, type: string) => (marketNeedsByType(m).get(type) ?? []).map(([, n]) => n);
export const marketNeedsForLocality = (m: Model, loc: string) => (marketNeedsByLocality(m).get(loc) ?? []).map(([, n]) => n);

export type CellState = 'gap' | 'provision' | 'suppressed' | 'not-published';

export interface MatrixCell {
  type: string;
  locality: string;
  state: CellState;
  gaps: Gap[];
  provision: ShownProvision[];
  observations: ShownObservation[];
}

/**
 * Placement type × locality: what is published for each pair. A stated shortfall outranks
 * provision; a cell with only suppressed child counts is "c"; anything else is "not published".
 * Computed once per model by one pass over each list.
 */
export const matrix = memo((m: Model): MatrixCell[] => {
  const pair = (type: string | undefined, locality: string | undefined) => (type && locality ? `${type}|${locality}` : undefined);
  const gapsBy = groupBy(m.gaps.filter((g) => !g.need.historic), (g) => pair(g.need.placementType, g.need.locality));
  const provisionBy = groupBy(m.provision.filter((p) => p.status !== 'closed'), (p) => pair(p.placementType, p.locality));
  const observationsBy = groupBy(m.observations.all, (o) => pair(o.placementType, o.locality));
  const cells: MatrixCell[] = [];
  for (const t of m.placementTypes) {
    for (const l of m.localities) {
      const key = `${t.id}|${l.id}`;
      const gaps = gapsBy.get(key) ?? [];
      const provision = provisionBy.get(key) ?? [];
      const observations = observationsBy.get(key) ?? [];
      let state: CellState = 'not-published';
      if (gaps.length) state = 'gap';
      else if (provision.length) state = 'provision';
      else if (observations.length && observations.every((o) => o.shown.kind === 'suppressed')) state = 'suppressed';
      cells.push({ type: t.id, locality: l.id, state, gaps, provision, observations });
    }
  }
  return cells;
});

const matrixByLocality = memo((m: Model) => groupBy(matrix(m), (c) => c.locality));
export const matrixForLocality = (m: Model, loc: string): MatrixCell[] => matrixByLocality(m).get(loc) ?? [];
