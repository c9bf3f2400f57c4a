/** The size of a gap in words: "10 more carers a year", "at least 2 more places". */
import type { Gap, Outlook } from '../data/gaps.ts';
import type { Shown } from '../data/shown.ts';
import type { Unit } from '../data/schemas/common.ts';
import type { Qualifier } from '../data/schemas/observations.ts';
import { formatShownNumber, shownMax, unitWord } from './format.ts';

/** "about 320 young people", "50 places a year", "c": a value with its unit in words. */
function amount(shown: Shown, unit: Unit, qualifier?: Qualifier, perYear?: boolean, more = ''): string {
  if (shown.kind === 'suppressed') return 'c';
  if (shown.kind === 'symbol') return shown.symbol;
  const word = unitWord(unit, shownMax(shown));
  return `${formatShownNumber(shown, unit, qualifier)}${more}${word ? ' ' + word : ''}${perYear ? ' a year' : ''}`;
}

export function gapSizeText(g: Gap): string {
  if (g.shown.kind === 'not-published') return 'Shortfall named, number not published';
  return amount(g.shown, g.unit, g.need.qualifier, g.need.per === 'year', g.need.kind === 'additional' ? ' more' : '');
}

/** A forecast or target in words, never as a shortfall: "Forecast: about 320 young people", "Target: 10 constellations". */
export function outlookSizeText(o: Outlook): string {
  const head = o.kind === 'forecast' ? 'Forecast' : 'Target';
  if (o.shown.kind === 'not-published') return `${head}: number not published`;
  return `${head}: ${amount(o.shown, o.unit, o.need.qualifier, o.need.per === 'year')}`;
}

/** How far current supply is from a target, without a full stop (a list adds it): "5 more constellations to reach the target". */
export function toGoText(o: Outlook): string | undefined {
  if (!o.toGo || (o.toGo.kind !== 'number' && o.toGo.kind !== 'range')) return undefined;
  if (shownMax(o.toGo) === 0) return 'The target has been reached';
  return `${amount(o.toGo, o.unit, undefined, false, ' more')} to reach the target`;
}
