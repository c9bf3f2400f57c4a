/**
 * "What changed": for every measure published at two or more dates (same area, cohort and unit),
 * the earliest and latest values and the change between them. Only published numbers take part;
 * a suppressed or unpublished value is never used to work out a change, and neither is a derived
 * one (worked out by us, such as "almost two thirds" shown as a percentage).
 */
import type { ShownObservation } from './observations.ts';

export interface Change {
  measure: string;
  label: string;
  topic: ShownObservation['topic'];
  first: ShownObservation;
  last: ShownObservation;
  /** last minus first, in the measure's unit */
  delta: number;
}

export function changes(observations: readonly ShownObservation[]): Change[] {
  const groups = new Map<string, ShownObservation[]>();
  for (const f of observations) {
    if (f.area !== 'council' || f.shown.kind !== 'number' || f.locality || f.derived) continue;
    const key = `${f.measure}|${f.cohort ?? ''}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Change[] = [];
  for (const rows of groups.values()) {
    const dated = [...rows].sort((a, b) => a.asAt.localeCompare(b.asAt));
    const first = dated[0];
    const last = dated[dated.length - 1];
    if (first.asAt === last.asAt) continue;
    const n = (f: ShownObservation) => (f.shown.kind === 'number' ? f.shown.n : 0);
    out.push({ measure: first.measure, label: last.label, topic: last.topic, first, last, delta: Math.round((n(last) - n(first)) * 100) / 100 });
  }
  return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.label.localeCompare(b.label));
}
