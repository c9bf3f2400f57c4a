/**
 * Measures we work out from two published ones (data/site/profile.json `computed`): numerator ÷
 * denominator in each area at each date both have a number. A withheld or missing part gives no
 * figure, never a guess. Each value is marked derived and names the two rows it came from.
 */
import type { Measure } from '../schemas/measures.ts';
import type { ComputedMeasure } from '../schemas/profile.ts';
import type { OfficialValue } from './model.ts';

/** Whole pounds, ratios to two places: the precision the parts allow. */
const round = (n: number, unit: Measure['unit']) => (unit === 'gbp' ? Math.round(n) : unit === 'ratio' ? Math.round(n * 100) / 100 : Math.round(n * 10) / 10);

export function computedMeasure(c: ComputedMeasure, parts: { numerator?: Measure; denominator?: Measure }): Measure {
  return {
    id: c.id,
    label: c.label,
    unit: c.unit,
    topic: c.topic,
    definition: c.definition,
    sourceKind: 'official',
    ...(parts.numerator?.dataset ? { dataset: parts.numerator.dataset } : {}),
  };
}

/** The computed values of one measure, from the indexed series of its two parts in every area. */
export function computeValues(c: ComputedMeasure, areas: readonly string[], series: (area: string, measure: string) => readonly OfficialValue[]): OfficialValue[] {
  const out: OfficialValue[] = [];
  for (const area of areas) {
    const den = new Map(series(area, c.denominator).map((v) => [v.asAt, v]));
    for (const n of series(area, c.numerator)) {
      const d = den.get(n.asAt);
      if (!d || n.shown.kind !== 'number' || d.shown.kind !== 'number' || d.shown.n === 0) continue;
      out.push({
        measure: c.id,
        area,
        asAt: n.asAt,
        shown: { kind: 'number', n: round(n.shown.n / d.shown.n, c.unit) },
        source: n.source,
        locator: `computed: ${n.locator ?? n.source} ÷ ${d.locator ?? d.source}`,
        derived: true,
        ...(n.period ? { period: n.period } : {}),
        computedFrom: [n, d],
      });
    }
  }
  return out;
}
