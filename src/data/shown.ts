/** A value as the site shows it, after the disclosure rule has run. */
import type { DfeSymbol, Value } from './schemas/common.ts';

export type Shown =
  | { kind: 'number'; n: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'not-published' }
  /** primary: a small count; secondary: hides another; derived: built on a hidden count; source: withheld by the source. */
  | { kind: 'suppressed'; reason: 'primary' | 'secondary' | 'derived' | 'source' }
  /** A DfE symbol other than c: z not applicable, x not available, k below 0.5, low, u low reliability. */
  | { kind: 'symbol'; symbol: Exclude<DfeSymbol, 'c'> };

export function toShown(v: Value): Shown {
  if (typeof v === 'number') return { kind: 'number', n: v };
  if (v === 'not-published') return { kind: 'not-published' };
  if (v === 'suppressed' || v === 'c') return { kind: 'suppressed', reason: 'source' };
  if (typeof v === 'string') return { kind: 'symbol', symbol: v };
  return { kind: 'range', min: v.min, max: v.max };
}

/** Lower and upper bounds of a published value, or null when nothing is published. */
export function bounds(s: Shown): [number, number] | null {
  if (s.kind === 'number') return [s.n, s.n];
  if (s.kind === 'range') return [s.min, s.max];
  return null;
}

/** The single number a chart draws: the number, or a range's upper end. */
export function upper(s: Shown): number | null {
  const b = bounds(s);
  return b ? b[1] : null;
}
