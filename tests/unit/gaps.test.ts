import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeGap, computeOutlook, gapSize, largestGaps } from '../../src/data/gaps.ts';
import type { Need } from '../../src/data/schemas/needs.ts';

const need = (over: Partial<Need>): Need => ({
  id: 'n',
  statement: 'Test need',
  placementType: 'childrens-homes',
  kind: 'additional',
  value: 5,
  unit: 'places',
  timeframe: 'next year',
  source: 'sp-2024',
  locator: 'SP3',
  asAt: '2023-10-31',
  ...over,
});
const supply = (n: number, unit: Need['unit'] = 'places') => ({ key: 's', label: 'Places', shown: { kind: 'number', n } as const, unit, asAt: '2023-10-31', source: 'sp-2024' });

describe('gaps', () => {
  it('a stated additional need is a stated gap of that size', () => {
    const g = computeGap(need({ value: 5 }), supply(31));
    expect(g.kind).toBe('stated');
    expect(g.shown).toEqual({ kind: 'number', n: 5 });
    expect(g.supply?.shown).toEqual({ kind: 'number', n: 31 });
  });
  it('a total need minus supply in the same unit is a computed gap', () => {
    const g = computeGap(need({ kind: 'total', value: 40 }), supply(31));
    expect(g).toMatchObject({ kind: 'computed', shown: { kind: 'number', n: 9 } });
  });
  it('ranges subtract as intervals', () => {
    const g = computeGap(need({ kind: 'total', value: { min: 10, max: 12 } }), { ...supply(0), shown: { kind: 'range', min: 2, max: 3 } });
    expect(g.shown).toEqual({ kind: 'range', min: 7, max: 10 });
  });
  it('never subtracts unlike units', () => {
    const g = computeGap(need({ kind: 'total', value: 40, unit: 'places' }), supply(20, 'carers'));
    expect(g.shown.kind).toBe('not-published');
    expect(g.reason).toMatch(/same unit/);
  });
  it('a hidden or missing supply gives no computed gap', () => {
    const g = computeGap(need({ kind: 'total', value: 40 }), { ...supply(0), shown: { kind: 'not-published' } });
    expect(g.shown.kind).toBe('not-published');
  });
  it('a forecast or target is never a gap: computeGap refuses it, computeOutlook keeps it as stated', () => {
    expect(() => computeGap(need({ kind: 'forecast', value: 320, unit: 'young-people' }))).toThrow(/forecast, not a shortfall/);
    const f = computeOutlook({ ...need({ value: 50 }), kind: 'forecast', per: 'year' }, supply(87));
    expect(f).toMatchObject({ kind: 'forecast', shown: { kind: 'number', n: 50 } });
    expect(f.toGo).toBeUndefined();
    // A target's distance is worked out against supply in the same unit, and never below zero.
    expect(computeOutlook({ ...need({ value: 10, unit: 'constellations' }), kind: 'target' }, supply(5, 'constellations')).toGo).toEqual({ kind: 'number', n: 5 });
    expect(computeOutlook({ ...need({ value: 10 }), kind: 'target' }, supply(12)).toGo).toEqual({ kind: 'number', n: 0 });
    expect(computeOutlook({ ...need({ value: 10 }), kind: 'target' }, supply(5, 'carers')).toGo).toBeUndefined();
  });
  it('an unquantified need is shown as not published', () => {
    expect(computeGap(need({ kind: 'unquantified', value: 'not-published' })).shown.kind).toBe('not-published');
  });
  it('largest gaps skip historic and unquantified needs and rank by size', () => {
    const gaps = [
      computeGap(need({ id: 'a', value: 5 })),
      computeGap(need({ id: 'b', value: 30 })),
      computeGap(need({ id: 'c', value: 50, historic: true })),
      computeGap(need({ id: 'd', kind: 'unquantified', value: 'not-published' })),
      computeGap(need({ id: 'e', value: { min: 2, max: 3 } })),
    ];
    expect(largestGaps(gaps, 5).map((g) => g.need.id)).toEqual(['b', 'a', 'e']);
  });
  it('property: a computed gap plus supply gives back the need', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (n, s) => {
        const g = computeGap(need({ kind: 'total', value: n }), supply(s));
        return g.shown.kind === 'number' && g.shown.n + s === n;
      }),
    );
  });
  it('property: the gap size is never negative for a stated need', () => {
    fc.assert(fc.property(fc.nat(1000), (v) => gapSize(computeGap(need({ value: v }))) === v));
  });
});

import { gapSizeText } from '../../src/text/gap-words.ts';
describe('gap sizes in words', () => {
  it('reads as a person would say it', () => {
    expect(gapSizeText(computeGap(need({ value: 10, unit: 'carers', per: 'year' })))).toBe('10 more carers a year');
    expect(gapSizeText(computeGap(need({ value: 2, qualifier: 'at-least' })))).toBe('at least 2 more places');
    expect(gapSizeText(computeGap(need({ value: { min: 2, max: 3 } })))).toBe('2 to 3 more places');
    expect(gapSizeText(computeGap(need({ value: 1 })))).toBe('1 more place');
    expect(gapSizeText(computeGap(need({ kind: 'unquantified', value: 'not-published' })))).toMatch(/not published/);
  });
});
