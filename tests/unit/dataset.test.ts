/**
 * The published Dorset dataset against the source documents. Expected values are typed from
 * ../shared/seed-data.md (which cites each seed's section), not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { matrix } from '../../src/data/queries.ts';

const raw = loadCouncilData('data/councils/dorset');
const m = buildModel(raw);
const obs = m.observations.all;
/** One observation of the council itself, by measure and date. */
const at = (measure: string, asAt = '2023-10-31') => {
  const f = obs.find((x) => x.measure === measure && x.asAt === asAt && x.area === 'council' && !x.locality);
  if (!f) throw new Error(`observation of ${measure} at ${asAt} missing`);
  return f;
};

describe('the Dorset dataset', () => {
  it('has the six localities and at least ten placement types', () => {
    expect(m.localities.map((l) => l.name).sort()).toEqual(['Chesil', 'Dorchester', 'East Dorset', 'North Dorset', 'Purbeck', 'West Dorset']);
    expect(m.placementTypes.length).toBeGreaterThanOrEqual(10);
    for (const id of ['in-house-fostering', 'kinship-fostering', 'independent-fostering', 'childrens-homes', 'supported-accommodation', 'supported-lodgings', 'short-breaks', 'parent-and-child', 'staying-put', 'staying-close', 'shared-lives', 'care-leaver-housing', 'secure-and-remand']) {
      expect(m.placementTypes.map((t) => t.id)).toContain(id);
    }
  });

  it('matches the strategy snapshot at the end of October 2023', () => {
    const expected: [string, number][] = [
      ['children-in-care', 465],
      ['children-in-care-excl-uasc', 399],
      ['cic-foster-care', 310],
      ['cic-in-house-foster', 182],
      ['cic-childrens-homes', 53],
      ['fostering-households', 171],
      ['childrens-homes-places', 31],
      ['sa-framework-places', 87],
      ['supported-lodgings-carers', 23],
      ['supported-lodgings-young-people', 21],
      ['shared-lives-carers', 45],
      ['care-leaver-flats', 12],
      ['staying-put', 29],
      ['staying-close', 10],
      ['mockingbird-constellations', 5],
    ];
    for (const [measure, n] of expected) {
      const o = obs.find((x) => x.measure === measure && x.asAt === '2023-10-31' && x.area === 'council');
      expect(o?.shown, measure).toEqual({ kind: 'number', n });
      expect(o?.source, measure).toBe('sp-2024');
    }
  });

  it('has the children-in-care series from 2013 to March 2024', () => {
    const series = obs.filter((f) => f.measure === 'children-in-care' && f.area === 'council' && !f.cohort?.match(/uasc/i)).sort((a, b) => a.asAt.localeCompare(b.asAt));
    const values = series.map((f) => (f.shown.kind === 'number' ? f.shown.n : null));
    expect(values[0]).toBe(344);
    expect(values).toContain(466);
    expect(values).toContain(465);
    expect(values.at(-1)).toBe(449);
    expect(series.at(-1)!.asAt.startsWith('2024-03')).toBe(true);
  });

  it('has the fostering budget table for 2017/18 to 2019/20, as printed', () => {
    expect(m.finance).toHaveLength(9);
    const ifa1920 = m.finance.find((l) => l.year === '2019/20' && l.line === 'independent-fostering')!;
    expect(ifa1920.actualGbp).toEqual({ kind: 'number', n: 4449178 });
    expect(ifa1920.note).toMatch(/4,?490,?178|arithmetic|add up/i);
  });

  it('states the council’s quantified needs (forecasts F1 to F9)', () => {
    const stated = m.gaps.filter((g) => g.kind === 'stated' && !g.need.historic && g.shown.kind !== 'not-published');
    const sizes = (type: string) => stated.filter((g) => g.need.placementType === type).map((g) => g.shown);
    expect(sizes('in-house-fostering')).toEqual(expect.arrayContaining([{ kind: 'number', n: 10 }, { kind: 'number', n: 20 }]));
    expect(sizes('childrens-homes')).toContainEqual({ kind: 'number', n: 5 });
    expect(sizes('supported-accommodation')).toContainEqual({ kind: 'number', n: 30 });
    const north = stated.find((g) => g.need.locality === 'north-dorset' && g.need.placementType === 'short-breaks');
    expect(north?.shown).toEqual({ kind: 'number', n: 2 });
    expect(north?.need.qualifier).toBe('at-least');
  });

  it('has seven priorities with success measures', () => {
    expect(m.priorities.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const all = m.priorities.flatMap((p) => p.measures);
    expect(all.length).toBeGreaterThanOrEqual(12);
    const bnb = all.find((me) => /bed and breakfast|B&B/i.test(me.label));
    // 2 care leavers in B&B: a count of young people from 1 to 5, so it is published as c.
    expect(bnb?.baseline?.shown.kind).toBe('suppressed');
  });

  it('withholds small child counts everywhere they are published', () => {
    const small = obs.filter((f) => (f.unit === 'children' || f.unit === 'young-people') && f.shown.kind === 'number' && f.shown.n >= 1 && f.shown.n <= 5);
    expect(small).toEqual([]);
    expect(obs.some((f) => f.shown.kind === 'suppressed')).toBe(true);
  });

  it('every observation has provenance from a known source', () => {
    const ids = new Set(m.sources.map((s) => s.id));
    for (const f of obs) {
      expect(ids.has(f.source), f.key).toBe(true);
      expect(f.locator.length, f.key).toBeGreaterThan(1);
      expect(f.asAt, f.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('the type × locality matrix is mostly "not published", as the documents give few locality figures', () => {
    const cells = matrix(m);
    expect(cells).toHaveLength(m.placementTypes.length * 6);
    const gapCells = cells.filter((c) => c.state === 'gap').map((c) => `${c.type}/${c.locality}`);
    expect(gapCells).toEqual(expect.arrayContaining(['short-breaks/north-dorset', 'short-breaks/chesil', 'short-breaks/west-dorset']));
    expect(cells.filter((c) => c.state === 'not-published').length).toBeGreaterThan(cells.length / 2);
  });
});
