/** Values as a chart writes them: in full on labels and in tables, short on a mark. */
import type { Shown } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import type { Qualifier } from '../../data/schemas/observations.ts';
import { formatShown, formatShownNumber } from '../../text/format.ts';

/** "50 places a year", "2 to 3 places", "c", "not published". */
export function phrase(s: Shown, unit: Unit, q?: Qualifier, perYear?: boolean): string {
  const base = formatShown(s, unit, q);
  return perYear && (s.kind === 'number' || s.kind === 'range') ? `${base} a year` : base;
}

/** The short form drawn on a mark: "5", "2–3", "≥2", "c". */
export function shortValue(s: Shown, unit: Unit, q?: Qualifier): string {
  if (s.kind === 'range') return `${formatShownNumber({ kind: 'number', n: s.min }, unit)}–${formatShownNumber({ kind: 'number', n: s.max }, unit)}`;
  if (s.kind === 'number') return (q === 'at-least' || q === 'over' ? '≥' : q === 'up-to' || q === 'under' ? '≤' : '') + formatShownNumber(s, unit);
  return s.kind === 'suppressed' ? 'c' : '';
}
