/** Read-only views over the model that several pages share. */
import type { Model, ShownFigure, ShownProvision } from './model.ts';
import type { Gap } from './gaps.ts';

export const byId = <T extends { id: string }>(rows: readonly T[], id: string): T | undefined => rows.find((r) => r.id === id);

export function figure(m: Model, id: string): ShownFigure {
  const f = byId(m.figures, id);
  if (!f) throw new Error(`The page asks for figure "${id}", which is not in figures.json`);
  return f;
}

export const source = (m: Model, id: string) => byId(m.sources, id)!;

/** Figures of one measure in one area, oldest first: a time series. */
export function series(m: Model, measure: string, area = 'authority', cohort?: string): ShownFigure[] {
  return m.figures
    .filter((f) => f.measure === measure && f.area === area && (cohort === undefined || f.cohort === cohort))
    .sort((a, b) => a.asAt.localeCompare(b.asAt));
}

export const figuresForType = (m: Model, type: string) => m.figures.filter((f) => f.placementType === type);
export const figuresForLocality = (m: Model, loc: string) => m.figures.filter((f) => f.locality === loc);
export const gapsForType = (m: Model, type: string) => m.gaps.filter((g) => g.need.placementType === type);
export const gapsForLocality = (m: Model, loc: string) => m.gaps.filter((g) => g.need.locality === loc);
export const provisionForType = (m: Model, type: string) => m.provision.filter((p) => p.placementType === type);
export const provisionForLocality = (m: Model, loc: string) => m.provision.filter((p) => p.locality === loc);

export type CellState = 'gap' | 'provision' | 'suppressed' | 'not-published';

export interface MatrixCell {
  type: string;
  locality: string;
  state: CellState;
  gaps: Gap[];
  provision: ShownProvision[];
  figures: ShownFigure[];
}

/**
 * Placement type × locality: what is published for each pair. A stated shortfall outranks
 * provision; a cell with only suppressed child counts is "c"; anything else is "not published".
 */
const matrices = new WeakMap<Model, MatrixCell[]>();

export function matrix(m: Model): MatrixCell[] {
  // Computed once per model and by one pass over each list: every locality page asks for it,
  // and filtering every list for every type × locality pair grew with the cube of the data.
  const cached = matrices.get(m);
  if (cached) return cached;
  const byPair = <T>(rows: T[], type: (r: T) => string | undefined, locality: (r: T) => string | undefined) => {
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const key = `${type(r)}|${locality(r)}`;
      map.set(key, [...(map.get(key) ?? []), r]);
    }
    return map;
  };
  const gapsBy = byPair(m.gaps.filter((g) => !g.need.historic), (g) => g.need.placementType, (g) => g.need.locality);
  const provisionBy = byPair(m.provision.filter((p) => p.status !== 'closed'), (p) => p.placementType, (p) => p.locality);
  const figuresBy = byPair(m.figures, (f) => f.placementType, (f) => f.locality);
  const cells: MatrixCell[] = [];
  for (const t of m.placementTypes) {
    for (const l of m.localities) {
      const key = `${t.id}|${l.id}`;
      const gaps = gapsBy.get(key) ?? [];
      const provision = provisionBy.get(key) ?? [];
      const figures = figuresBy.get(key) ?? [];
      let state: CellState = 'not-published';
      if (gaps.length) state = 'gap';
      else if (provision.length) state = 'provision';
      else if (figures.length && figures.every((f) => f.shown.kind === 'suppressed')) state = 'suppressed';
      cells.push({ type: t.id, locality: l.id, state, gaps, provision, figures });
    }
  }
  matrices.set(m, cells);
  return cells;
}
