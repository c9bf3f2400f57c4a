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
export function matrix(m: Model): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const t of m.placementTypes) {
    for (const l of m.localities) {
      const gaps = m.gaps.filter((g) => g.need.placementType === t.id && g.need.locality === l.id && !g.need.historic);
      const provision = m.provision.filter((p) => p.placementType === t.id && p.locality === l.id && p.status !== 'closed');
      const figures = m.figures.filter((f) => f.placementType === t.id && f.locality === l.id);
      let state: CellState = 'not-published';
      if (gaps.length) state = 'gap';
      else if (provision.length) state = 'provision';
      else if (figures.length && figures.every((f) => f.shown.kind === 'suppressed')) state = 'suppressed';
      cells.push({ type: t.id, locality: l.id, state, gaps, provision, figures });
    }
  }
  return cells;
}
