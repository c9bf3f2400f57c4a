/** The size of a gap in words: "10 more carers a year", "at least 2 more places". */
import type { Gap } from '../data/gaps.ts';
import { formatShownNumber, shownMax, unitWord } from './format.ts';

export function gapSizeText(g: Gap): string {
  if (g.shown.kind === 'not-published') return 'Shortfall named, number not published';
  if (g.shown.kind === 'suppressed') return 'c';
  if (g.shown.kind === 'symbol') return g.shown.symbol;
  const word = unitWord(g.unit, shownMax(g.shown));
  const more = g.need.kind === 'additional' ? ' more' : '';
  return `${formatShownNumber(g.shown, g.unit, g.need.qualifier)}${more}${word ? ' ' + word : ''}${g.need.per === 'year' ? ' a year' : ''}`;
}
