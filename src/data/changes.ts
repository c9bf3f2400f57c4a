/**
 * "What changed": for every measure published at two or more dates (same area, cohort and unit),
 * the earliest and latest values and the change between them. Only published numbers take part;
 * a suppressed or unpublished value is never used to work out a change.
 */
import type { ShownFigure } from './model.ts';

export interface Change {
  measure: string;
  label: string;
  kind: ShownFigure['kind'];
  first: ShownFigure;
  last: ShownFigure;
  /** last minus first, in the measure's unit */
  delta: number;
}

export function changes(figures: readonly ShownFigure[]): Change[] {
  const groups = new Map<string, ShownFigure[]>();
  for (const f of figures) {
    if (f.area !== 'authority' || f.shown.kind !== 'number' || f.locality) continue;
    const key = `${f.measure}|${f.cohort ?? ''}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Change[] = [];
  for (const rows of groups.values()) {
    const dated = [...rows].sort((a, b) => a.asAt.localeCompare(b.asAt));
    const first = dated[0];
    const last = dated[dated.length - 1];
    if (first.asAt === last.asAt) continue;
    const n = (f: ShownFigure) => (f.shown.kind === 'number' ? f.shown.n : 0);
    out.push({ measure: first.measure, label: last.label, kind: last.kind, first, last, delta: Math.round((n(last) - n(first)) * 100) / 100 });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
}
