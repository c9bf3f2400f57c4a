/** Due dates and states in words: "by October 2024", "Overdue on 4 December 2026". */
import type { Due } from '../data/schemas/due.ts';
import type { DueStateKind } from '../data/due.ts';
import { formatDate, formatMonth } from './format.ts';

/** "by October 2024" (a month), "by the end of 2025" (a year). */
export function dueWords(due: Due): string {
  return due.precision === 'month' ? `by ${formatMonth(due.by)}` : `by the end of ${due.by.slice(0, 4)}`;
}

export const STATE_LABELS: Record<DueStateKind, string> = {
  due: 'Due',
  overdue: 'Overdue',
  met: 'Met',
  replaced: 'Replaced',
  undated: 'No date given',
};

/**
 * The state in words. Due and overdue are states on the build date, which the page names before
 * this text (`onBuildDay`). A forecast cannot be "overdue": its date passing means it is now about
 * the past.
 */
export function stateSentence(kind: DueStateKind, opts: { forecast?: boolean; replacedBy?: string }): string {
  switch (kind) {
    case 'due':
      return 'not yet due.';
    case 'overdue':
      return opts.forecast
        ? 'the date of this forecast has passed; we found no later forecast.'
        : 'past its date; no later council document we found says it was met.';
    case 'met':
      return 'Met, according to a later document:';
    case 'replaced':
      return opts.replacedBy ? `From an earlier document: replaced by the council's ${opts.replacedBy}.` : 'Replaced by a later plan:';
    case 'undated':
      return 'The document gives no date.';
  }
}

/** "On 4 December 2026 (the build date):", before a due or overdue state. */
export const onBuildDay = (day: string) => `On ${formatDate(day)} (the build date):`;
