/**
 * Where a council stands on one measure at one date, as DfE's dashboards show it: its rank among
 * the current councils with a number (1 = the highest value, whatever the measure), the quarter
 * of councils it falls in, and its 10 statistical neighbours' values with their median. Words are
 * "higher" and "lower"; which way is better is said only where the publisher says it
 * (measure.polarity). Worked out once per measure and date.
 */
import type { OfficialArea } from '../schemas/official.ts';
import type { OfficialModel, OfficialValue } from './model.ts';

export interface Ranking {
  measure: string;
  asAt: string;
  /** Current councils with a number at the date, highest value first; ties share a rank. */
  ranked: { area: OfficialArea; value: OfficialValue; n: number; rank: number }[];
  /** Current councils with no number at the date (a symbol, or no row). */
  unranked: { area: OfficialArea; value?: OfficialValue }[];
}

export type Quartile = 'highest' | 'upper-middle' | 'lower-middle' | 'lowest';
export const QUARTILE_WORDS: Record<Quartile, string> = {
  highest: 'highest quarter',
  'upper-middle': 'second-highest quarter',
  'lower-middle': 'second-lowest quarter',
  lowest: 'lowest quarter',
};

export interface Standing {
  rank: number;
  of: number;
  quartile: Quartile;
  neighbours: { area: OfficialArea; closeness: string; value?: OfficialValue }[];
  /** Median of the neighbours with a number (computed); null when fewer than half have one. */
  median: number | null;
  /** Neighbours the median is of. */
  medianOf: number;
}

const cache = new WeakMap<OfficialModel, Map<string, Ranking>>();

/** Councils ranked on a measure at a date (default: the newest date any council has it). */
export function ranking(o: OfficialModel, measure: string, asAt?: string): Ranking | null {
  const date = asAt ?? latestCouncilDate(o, measure);
  if (!date) return null;
  let byKey = cache.get(o);
  if (!byKey) cache.set(o, (byKey = new Map()));
  const key = `${measure}|${date}`;
  let r = byKey.get(key);
  if (!r) byKey.set(key, (r = buildRanking(o, measure, date)));
  return r;
}

function buildRanking(o: OfficialModel, measure: string, asAt: string): Ranking {
  const withN: { area: OfficialArea; value: OfficialValue; n: number }[] = [];
  const unranked: Ranking['unranked'] = [];
  for (const area of o.currentCouncils) {
    const value = o.value(area.code, measure, asAt);
    if (value?.shown.kind === 'number') withN.push({ area, value, n: value.shown.n });
    else unranked.push({ area, value });
  }
  withN.sort((a, b) => b.n - a.n || a.area.name.localeCompare(b.area.name, 'en-GB'));
  let rank = 0;
  const ranked = withN.map((x, i) => {
    if (i === 0 || x.n !== withN[i - 1].n) rank = i + 1;
    return { ...x, rank };
  });
  return { measure, asAt, ranked, unranked };
}

export function latestCouncilDate(o: OfficialModel, measure: string): string | undefined {
  const dates = o.dates(measure).slice().reverse();
  return dates.find((d) => o.currentCouncils.some((c) => o.value(c.code, measure, d)?.shown.kind === 'number'));
}

/** The quarter a rank falls in among `of` ranked councils (rank 1 is in the highest). */
export function quartileOf(rank: number, of: number): Quartile {
  const q = Math.ceil((4 * rank) / of);
  return q <= 1 ? 'highest' : q === 2 ? 'upper-middle' : q === 3 ? 'lower-middle' : 'lowest';
}

export function median(ns: readonly number[]): number | null {
  if (!ns.length) return null;
  const s = [...ns].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A council's statistical neighbours' values on a measure at a date and their median (computed), whether or
 * not the council itself has a figure: the median is of the neighbours, not of the council. */
export function neighboursMedian(o: OfficialModel, council: string, measure: string, asAt?: string): Pick<Standing, 'neighbours' | 'median' | 'medianOf'> | null {
  const at = asAt ?? ranking(o, measure)?.asAt;
  if (!at) return null;
  const neighbours = o.neighboursOf(council).map((n) => ({ ...n, value: o.value(n.area.code, measure, at) }));
  const ns = neighbours.flatMap((n) => (n.value?.shown.kind === 'number' ? [n.value.shown.n] : []));
  return { neighbours, median: ns.length * 2 >= neighbours.length && ns.length ? median(ns) : null, medianOf: ns.length };
}

/** A council's standing on a measure at a date; null when it has no number then. */
export function standing(o: OfficialModel, council: string, measure: string, asAt?: string): Standing | null {
  const r = ranking(o, measure, asAt);
  if (!r) return null;
  const me = r.ranked.find((x) => x.area.code === council);
  if (!me) return null;
  return { rank: me.rank, of: r.ranked.length, quartile: quartileOf(me.rank, r.ranked.length), ...neighboursMedian(o, council, measure, r.asAt)! };
}

/** "12th" */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

/** "12th highest of 153 councils" (rank 1 = highest); from the bottom when nearer it. */
export function rankWords(s: Pick<Standing, 'rank' | 'of'>): string {
  const fromBottom = s.of - s.rank + 1;
  return s.rank <= fromBottom ? `${s.rank === 1 ? '' : ordinal(s.rank) + ' '}highest of ${s.of} councils` : `${fromBottom === 1 ? '' : ordinal(fromBottom) + ' '}lowest of ${s.of} councils`;
}

/** The precision a median or ratio is shown at: whole pounds, two places for a ratio, else one. */
export const roundFor = (n: number, unit: string) => (unit === 'gbp' ? Math.round(n) : unit === 'ratio' ? Math.round(n * 100) / 100 : Math.round(n * 10) / 10);
