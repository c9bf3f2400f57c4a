/** What each symbol in a table or chart means, in words (DfE's conventions; "c" from the council's threshold). */
import type { DfeSymbol } from '../data/schemas/common.ts';
import type { Shown } from '../data/shown.ts';

export const NOT_PUBLISHED = 'not published';
export const SUPPRESSED = 'c';

const MEANINGS: Record<Exclude<DfeSymbol, 'c'>, string> = {
  z: 'not applicable',
  x: 'not available',
  k: 'fewer than 0.5, rounded to 0',
  low: 'a low figure, not shown',
  u: 'low reliability',
};

/**
 * "c: a count of fewer than 6 children, or a figure that would reveal one, withheld to protect
 * privacy", from the disclosure rule in force. The same words for every "c": a figure hidden so a
 * small count cannot be worked out (secondary or derived suppression) is not itself small, and
 * saying which is which would point at the small one.
 */
export function suppressedExplained(rule: { max: number }): string {
  return `c: a count of fewer than ${rule.max + 1} children, or a figure that would reveal one, withheld to protect privacy`;
}

/**
 * The key for a publisher's own "c" (DfE, Ofsted, MHCLG): withheld to protect confidentiality. Not
 * always a small count: DfE also withholds a figure from which a small one could be worked out,
 * so a "c" may stand for a larger number (or, for a net gain, a negative one). Every official
 * table, chart and map uses these words.
 */
export const OFFICIAL_SUPPRESSED = 'c: withheld by the publisher to protect confidentiality: a small number, or a figure from which a small number could be worked out, so it may stand for a larger number';

/** The meaning of a symbol that stands in for a value. */
export function symbolMeaning(symbol: Exclude<DfeSymbol, 'c'>): string {
  return MEANINGS[symbol];
}

/** Every symbol a set of values uses, with its meaning, for a table's or chart's key. */
export function symbolKey(shown: readonly Shown[], rule: { max: number }): string[] {
  const out = new Set<string>();
  for (const s of shown) {
    if (s.kind === 'suppressed') out.add(suppressedExplained(rule));
    else if (s.kind === 'symbol') out.add(`${s.symbol}: ${MEANINGS[s.symbol]}`);
    else if (s.kind === 'not-published') out.add(`${NOT_PUBLISHED}: the documents give no figure`);
  }
  return [...out];
}
