/**
 * Adding official values up (a region from its councils) without losing what is hidden: a
 * suppressed part makes the total a floor ("at least"), never a smaller exact number.
 */
import type { Shown } from '../shown.ts';

export type Total =
  | { kind: 'exact'; n: number }
  /** Some parts are suppressed (c): the known parts add up to n, the true total is higher. */
  | { kind: 'at-least'; n: number; hidden: number }
  /** A sum of signed parts (a net gain) with some withheld: no bound, only the published parts' sum. */
  | { kind: 'partial'; n: number; hidden: number }
  /** No part has a number (all suppressed or not available). */
  | { kind: 'none'; shown: Shown };

/** The sum of parts that are counts. Symbols other than c (z, x, ...) count as nothing known. */
export function sumShown(parts: readonly Shown[], signed = false): Total {
  let n = 0;
  let hidden = 0;
  let numbers = 0;
  for (const p of parts) {
    if (p.kind === 'number') {
      n += p.n;
      numbers++;
    } else if (p.kind === 'range') {
      n += p.min;
      hidden++;
    } else if (p.kind === 'symbol' && (p.symbol === 'k' || p.symbol === 'z')) {
      // k rounds to zero and z does not apply: each adds nothing, and hides nothing.
      numbers++;
    } else if (p.kind !== 'not-published') hidden++;
  }
  if (!numbers && hidden) return { kind: 'none', shown: parts.find((p) => p.kind !== 'not-published') ?? { kind: 'not-published' } };
  if (!numbers) return { kind: 'none', shown: { kind: 'not-published' } };
  // A withheld part of a signed measure may be negative, so the known sum bounds nothing.
  return hidden ? { kind: signed ? 'partial' : 'at-least', n, hidden } : { kind: 'exact', n };
}
