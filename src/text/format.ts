/** Turns values, units and dates into the words a page shows. */
import type { Unit } from '../data/schemas/common.ts';
import type { Qualifier } from '../data/schemas/observations.ts';
import type { Shown } from '../data/shown.ts';

const UNIT_WORDS: Record<Unit, [string, string]> = {
  children: ['child', 'children'],
  'young-people': ['young person', 'young people'],
  places: ['place', 'places'],
  households: ['household', 'households'],
  carers: ['carer', 'carers'],
  flats: ['flat', 'flats'],
  properties: ['property', 'properties'],
  homes: ['home', 'homes'],
  providers: ['provider', 'providers'],
  services: ['service', 'services'],
  constellations: ['constellation', 'constellations'],
  women: ['woman', 'women'],
  enquiries: ['enquiry', 'enquiries'],
  visits: ['visit', 'visits'],
  occasions: ['occasion', 'occasions'],
  areas: ['area', 'areas'],
  days: ['day', 'days'],
  gbp: ['', ''],
  percent: ['', ''],
  'rate-per-10k': ['per 10,000 children', 'per 10,000 children'],
  ratio: ['', ''],
  grades: ['grade', 'grades'],
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: 'about',
  over: 'over',
  under: 'under',
  'at-least': 'at least',
  'up-to': 'up to',
  almost: 'almost',
  'fewer-than': 'fewer than',
};

import { NOT_PUBLISHED, SUPPRESSED } from './symbols.ts';

const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pence = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The bare number in its unit's notation: "£4,449,178", "42%", "67.92". */
export function formatNumber(n: number, unit: Unit): string {
  // Pence only on small sums (a weekly fee of £146.50); MHCLG's England and region totals come in £ thousands
  // with five decimals, and "£8,917,040,346.14" would claim a precision no one published.
  if (unit === 'gbp') return (n < 0 ? '-£' : '£') + (Math.abs(n) >= 1000 || Number.isInteger(n) ? whole : pence).format(Math.abs(n));
  if (unit === 'percent') return `${nf.format(n)}%`;
  return nf.format(n);
}

export function unitWord(unit: Unit, n: number): string {
  const [one, many] = UNIT_WORDS[unit];
  return n === 1 ? one : many;
}

/** "2 to 3", "465": the upper end is what decides singular or plural. */
export const shownMax = (s: Shown): number => (s.kind === 'number' ? s.n : s.kind === 'range' ? s.max : 0);

/** "2023-10-31" with a period in words: the period where the source gives one, else the month. */
export const whenText = (o: { asAt: string; period?: string }) => o.period ?? formatMonth(o.asAt);

/** Hyphenated data words as plain words: "in-development" → "in development". */
export const words = (s: string) => s.replaceAll('-', ' ');

/** The number part only ("2 to 3", "c", "not published"). */
export function formatShownNumber(s: Shown, unit: Unit, q?: Qualifier): string {
  if (s.kind === 'not-published') return NOT_PUBLISHED;
  if (s.kind === 'suppressed') return SUPPRESSED;
  if (s.kind === 'symbol') return s.symbol;
  const pre = q ? QUALIFIER_WORDS[q] + ' ' : '';
  if (s.kind === 'range') return `${pre}${formatNumber(s.min, unit)} to ${formatNumber(s.max, unit)}`;
  return pre + formatNumber(s.n, unit);
}

/** Value with its unit: "465 children", "2 to 3 places", "c", "not published". */
export function formatShown(s: Shown, unit: Unit, q?: Qualifier): string {
  const num = formatShownNumber(s, unit, q);
  if (s.kind === 'not-published' || s.kind === 'suppressed' || s.kind === 'symbol') return num;
  const word = unitWord(unit, shownMax(s));
  return word ? `${num} ${word}` : num;
}


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-10-31" → "31 October 2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2023-10-31" → "October 2023": most figures describe a month-end. */
export function formatMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/** Joins names as prose: "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts in words, as prose writes them: "six localities", "12 localities". */
export const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);
