/**
 * The state of an ask, target or forecast on a given day (the build date, an explicit input):
 * met or replaced when a later document says so, replaced when it comes from a document the
 * current edition has superseded, otherwise due or overdue against its due date, or undated.
 */
import type { Due, Outcome } from './schemas/due.ts';

export type DueStateKind = 'due' | 'overdue' | 'met' | 'replaced' | 'undated';

export interface DueState {
  kind: DueStateKind;
  due?: Due;
  outcome?: Outcome;
}

export function dueState(x: { due?: Due; outcome?: Outcome; historic?: boolean }, day: string): DueState {
  if (x.outcome) return { kind: x.outcome.state, due: x.due, outcome: x.outcome };
  if (x.historic) return { kind: 'replaced', due: x.due };
  if (!x.due) return { kind: 'undated' };
  return { kind: day > x.due.by ? 'overdue' : 'due', due: x.due };
}
