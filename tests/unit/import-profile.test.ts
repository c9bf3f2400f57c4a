/**
 * The importers for every council's profile (placement characteristics for all councils, care
 * leavers, ONS child population, MHCLG RO3 spending, DfE statistical neighbours, Ofsted ILACS
 * judgements and LAIT polarity) on the attributed slices in tests/fixtures/official/. Expected
 * values are typed from ../shared/realdata/README.md (section 5) and the raw files, never taken
 * from the code under test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/import/index.ts';
import { thousandsToPounds } from '../../scripts/import/datasets/spending.ts';
import { Measures } from '../../src/data/schemas/measures.ts';
import { ImportedSources, ImportNotes, Inspections, OfficialObservations, StatisticalNeighbours } from '../../src/data/schemas/official-import.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/official');
const tmp = mkdtempSync(join(tmpdir(), 'import-profile-'));
const out = join(tmp, 'official');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  runImport(FIXTURES, out);
});

type O = { measure: string; area: string; asAt: string; value: unknown; note?: string; period?: string; source: string; locator: string; breakdown?: string; total?: boolean };
const read = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const obs = (dataset: string, dir = out): O[] => OfficialObservations.parse(read(dir, `observations/${dataset}.json`)) as O[];
function one(dataset: string, measure: string, area: string, asAt: string, dir = out): O {
  const hits = obs(dataset, dir).filter((o) => o.measure === measure && o.area === area && o.asAt === asAt);
  expect(hits, `${measure} ${area} ${asAt}`).toHaveLength(1);
  return hits[0];
}
const value = (dataset: string, measure: string, area: string, asAt: string) => one(dataset, measure, area, asAt).value;

const DORSET = 'E06000059';
const SUNDERLAND = 'E08000024';
const LEEDS = 'E08000035';
const ENGLAND = 'E92000001';
const MARCH_2025 = '2025-03-31';

describe('children in care by characteristics, every council (England file)', () => {
  const P = 'children-looked-after-by-placement';
  it('Sunderland 2025: foster 322 (63%), secure and children\'s homes 74 (15%), supported accommodation 43 (8%)', () => {
    expect(value(P, 'placed-foster', SUNDERLAND, MARCH_2025)).toBe(322);
    expect(value(P, 'placed-foster-percent', SUNDERLAND, MARCH_2025)).toBe(63);
    expect(value(P, 'placed-childrens-homes', SUNDERLAND, MARCH_2025)).toBe(74);
    expect(value(P, 'placed-childrens-homes-percent', SUNDERLAND, MARCH_2025)).toBe(15);
    expect(value(P, 'placed-supported-accommodation', SUNDERLAND, MARCH_2025)).toBe(43);
    expect(value(P, 'placed-supported-accommodation-percent', SUNDERLAND, MARCH_2025)).toBe(8);
  });
  it('Leeds 2025: foster 1,055 (70%), secure and children\'s homes 178 (12%), other residential 6 ("k" per cent)', () => {
    expect(value(P, 'placed-foster', LEEDS, MARCH_2025)).toBe(1055);
    expect(value(P, 'placed-foster-percent', LEEDS, MARCH_2025)).toBe(70);
    expect(value(P, 'placed-childrens-homes', LEEDS, MARCH_2025)).toBe(178);
    expect(value(P, 'placed-childrens-homes-percent', LEEDS, MARCH_2025)).toBe(12);
    expect(value(P, 'placed-other-residential', LEEDS, MARCH_2025)).toBe(6);
    expect(value(P, 'placed-other-residential-percent', LEEDS, MARCH_2025)).toBe('k');
  });
  it('Dorset 2025 as in the South West file (foster 304, 70%); every observation cites the England file', () => {
    const o = one(P, 'placed-foster', DORSET, MARCH_2025);
    expect(o.value).toBe(304);
    expect(o.source).toBe('dfe-cla-2025-characteristics');
    expect(o.locator).toMatch(/^dfe_cla_on_31_march_by_characteristics_2021_2025_england\.csv, row \d+$/);
    expect(value(P, 'placed-inside-boundary', DORSET, MARCH_2025)).toBe(233);
    expect(value(P, 'provider-other-council', DORSET, MARCH_2025)).toBe('c');
  });
  it('new groups: distance, distance by locality, legal status, UASC and age, each with its breakdown', () => {
    const measures = new Set(obs(P).filter((o) => o.area === DORSET && o.asAt === MARCH_2025).map((o) => o.measure));
    for (const m of ['placed-over-20-miles', 'placed-outside-over-20-miles', 'legal-full-care-order', 'legal-section-20', 'uasc', 'not-uasc', 'aged-under-1', 'aged-16-and-over']) {
      expect(measures, m).toContain(m);
      expect(measures, m).toContain(`${m}-percent`);
    }
    expect(one(P, 'uasc', DORSET, MARCH_2025).breakdown).toBe('unaccompanied-asylum-seeking');
    expect(one(P, 'placed-outside-over-20-miles', DORSET, MARCH_2025).breakdown).toBe('placement-distance-locality');
  });
  it("City of London 2024: the providers' total is suppressed (c) where the placement total is 7, which is not a disagreement", () => {
    expect(value(P, 'placed-foster', 'E09000001', '2024-03-31')).toBeDefined();
  });
  it('a folder with only the South West file still imports it (the older fixture layout)', () => {
    const dir = join(tmp, 'sw-only');
    cpSync(FIXTURES, dir, { recursive: true });
    rmSync(join(dir, 'dfe_cla_on_31_march_by_characteristics_2021_2025_england.csv'));
    const swOut = join(tmp, 'sw-out');
    runImport(dir, swOut);
    const o = one(P, 'placed-foster', DORSET, MARCH_2025, swOut);
    expect(o.value).toBe(304);
    expect(o.source).toBe('dfe-cla-2025-characteristics-south-west');
    expect(o.locator).toMatch(/_south_west\.csv, row \d+$/);
    expect(obs(P, swOut).some((o) => o.area === SUNDERLAND)).toBe(false);
  });
});

describe('care leavers', () => {
  it('Dorset 2025, aged 19 to 21: 198 of 209 (95%) in suitable accommodation; unsuitable "c"', () => {
    const D = 'care-leavers-accommodation';
    expect(value(D, 'care-leavers-19-21-suitable-accommodation', DORSET, MARCH_2025)).toBe(198);
    expect(value(D, 'care-leavers-19-21-suitable-accommodation-percent', DORSET, MARCH_2025)).toBe(95);
    expect(value(D, 'care-leavers-19-21-unsuitable-accommodation', DORSET, MARCH_2025)).toBe('c');
    const base = one(D, 'care-leavers-19-21-accommodation-base', DORSET, MARCH_2025);
    expect(base).toMatchObject({ value: 209, total: true, breakdown: 'care-leavers-19-21-accommodation', period: 'year to 31 March 2025' });
    // Aged 17 to 18: 83 of 84 (99%).
    expect(value(D, 'care-leavers-17-18-suitable-accommodation', DORSET, MARCH_2025)).toBe(83);
    expect(value(D, 'care-leavers-17-18-accommodation-base', DORSET, MARCH_2025)).toBe(84);
  });
  it('Dorset 2025, aged 17 to 18: 67 of 84 (80%) in education, employment or training, 17 NEET for other reasons, "z" kept', () => {
    const D = 'care-leavers-activity';
    expect(value(D, 'care-leavers-17-18-eet', DORSET, MARCH_2025)).toBe(67);
    expect(value(D, 'care-leavers-17-18-eet-percent', DORSET, MARCH_2025)).toBe(80);
    expect(value(D, 'care-leavers-17-18-activity-base', DORSET, MARCH_2025)).toBe(84);
    expect(value(D, 'care-leavers-17-18-neet-other-reasons', DORSET, MARCH_2025)).toBe(17);
    expect(value(D, 'care-leavers-17-18-training-or-employment', DORSET, MARCH_2025)).toBe('z');
    // Finer splits are not parts of the EET / NEET / not known breakdown.
    expect(one(D, 'care-leavers-17-18-apprenticeship', DORSET, MARCH_2025).breakdown).toBeUndefined();
    expect(one(D, 'care-leavers-17-18-eet', DORSET, MARCH_2025).breakdown).toBe('care-leavers-17-18-activity');
  });
});

describe('ONS child population', () => {
  it('Dorset mid-2024: 67,149, dated 31 March 2025 (the DfE reporting year whose rate uses it), the mid-year named', () => {
    const o = one('child-population', 'child-population-mid-year', DORSET, '2025-03-31');
    expect(o.value).toBe(67149);
    expect(o.note).toMatch(/mid-2024 estimate \(30 June 2024\)/);
    // The same figure DfE gives beside its 2025 rate (README section 1: 67,149).
    expect(value('children-looked-after', 'child-population', DORSET, '2025-03-31')).toBe(67149);
    // Rows before mid-2019 are checked but not written (the other figures start in 2020).
    expect(obs('child-population').some((o) => o.asAt < '2020-03-31')).toBe(false);
    expect(value('child-population', 'child-population-mid-year', DORSET, '2020-03-31')).toBe(66931); // mid-2019
  });
  it("North Yorkshire's former code E10000023 is read as E06000065 (same area), with a note", () => {
    const o = one('child-population', 'child-population-mid-year', 'E06000065', '2023-03-31');
    expect(one('child-population', 'child-population-mid-year', 'E06000065', '2022-03-31').note).toMatch(/mid-2021 estimate/);
    expect(o.value).toBe(114700); // mid-2022, under E10000023 in the file
    expect(o.note).toMatch(/E10000023/);
    expect(value('child-population', 'child-population-mid-year', 'E06000065', '2025-03-31')).toBe(115721); // mid-2024
  });
  it('Bournemouth and Dorset County Council before 2019 are left out, with a note naming the rows', () => {
    const notes = ImportNotes.parse(read(out, 'notes.json')).filter((n) => n.kind === 'not-imported' && /abolished/.test(n.message));
    expect(notes.map((n) => n.message.match(/\((E\d{8})\)/)![1]).sort()).toEqual(['E06000028', 'E10000009']);
    expect(notes[0].locator).toMatch(/^ons_mid_year_population_children_0_17_2012_2024\.csv, rows \d+/);
    expect(obs('child-population').some((o) => o.area === 'E10000009' || o.area === 'E06000028')).toBe(false);
  });
});

describe('MHCLG RO3 spending 2024-25 (£ thousands in the file, pounds here)', () => {
  const S = 'spending';
  it('Dorset UA: children looked after £50,037k, residential care £19,608k, fostering £12,767k; all children\'s social care £100,225k', () => {
    expect(value(S, 'looked-after-expenditure', DORSET, MARCH_2025)).toBe(50037000);
    expect(value(S, 'looked-after-residential-expenditure', DORSET, MARCH_2025)).toBe(19608000);
    expect(value(S, 'looked-after-fostering-expenditure', DORSET, MARCH_2025)).toBe(12767000);
    expect(value(S, 'childrens-social-care-expenditure', DORSET, MARCH_2025)).toBe(100225000);
    expect(one(S, 'looked-after-expenditure', DORSET, MARCH_2025).period).toBe('financial year 2024-25');
  });
  it('England: £8,917,040.34614k on children looked after', () => {
    expect(value(S, 'looked-after-expenditure', ENGLAND, MARCH_2025)).toBe(8917040346.14);
  });
  it('Birmingham (M, return not received): "[x]" kept as x, both marks in words', () => {
    const o = one(S, 'looked-after-expenditure', 'E08000025', MARCH_2025);
    expect(o.value).toBe('x');
    expect(o.note).toMatch(/not received in time/);
    expect(o.note).toMatch(/\[x\]: not available/);
  });
  it('Gateshead ([note 4]): the total is a figure with the note; the split lines are x with the note', () => {
    const total = one(S, 'looked-after-expenditure', 'E08000037', MARCH_2025);
    expect(total.value).toBe(41170999.59);
    expect(total.note).toMatch(/note 4/);
    const split = one(S, 'looked-after-residential-expenditure', 'E08000037', MARCH_2025);
    expect(split.value).toBe('x');
    expect(split.note).toMatch(/\[note 4\] instead of a figure/);
  });
  it('net spending may be negative (Sandwell -£20k)', () => {
    expect(value(S, 'looked-after-net-expenditure', 'E08000028', MARCH_2025)).toBe(-20000);
  });
  it('class totals ("Unitary Authorities") are not areas and are not imported', () => {
    expect(obs(S).some((o) => !/^E(06|08|09|10|92)\d{6}$/.test(o.area))).toBe(false);
  });
  it('£ thousands to pounds by moving the decimal point', () => {
    expect(thousandsToPounds('50037')).toBe(50037000);
    expect(thousandsToPounds('38966.94')).toBe(38966940);
    expect(thousandsToPounds('0.5')).toBe(500);
    expect(thousandsToPounds('-7')).toBe(-7000);
    expect(thousandsToPounds('0')).toBe(0);
    expect(thousandsToPounds('3810192.40477')).toBe(3810192404.77);
  });
});

describe('statistical neighbours', () => {
  it("Dorset's 10, nearest first: 933 Somerset ... 815 North Yorkshire, all very close", () => {
    const n = StatisticalNeighbours.parse(read(out, 'neighbours.json'));
    expect(n.neighbours[DORSET].map((x) => x.code)).toEqual([
      'E06000066', // 933 Somerset
      'E10000008', // 878 Devon
      'E06000051', // 893 Shropshire
      'E10000029', // 935 Suffolk
      'E10000034', // 885 Worcestershire
      'E10000012', // 881 Essex
      'E10000007', // 830 Derbyshire
      'E10000016', // 886 Kent
      'E10000032', // 938 West Sussex
      'E06000065', // 815 North Yorkshire
    ]);
    expect(new Set(n.neighbours[DORSET].map((x) => x.closeness))).toEqual(new Set(['Very close']));
    expect(n.locators[DORSET]).toMatch(/^dfe_statistical_neighbours_2025\.csv, row \d+$/);
    expect(n.source).toBe('dfe-statistical-neighbours-2025');
  });
  it('trailing spaces trimmed ("Close " for Barking and Dagenham); "Extremely close" kept', () => {
    const n = StatisticalNeighbours.parse(read(out, 'neighbours.json'));
    expect(n.neighbours.E09000002[0]).toEqual({ code: 'E09000010', closeness: 'Close' }); // 301 -> 308 Enfield ("Close " in the file)
    expect(Object.values(n.neighbours).flat().some((x) => x.closeness === 'Extremely close')).toBe(true);
    expect(readFileSync(join(out, 'neighbours.json'), 'utf8')).not.toMatch(/close /);
  });
});

describe('Ofsted ILACS judgements (inspections.json)', () => {
  it('Dorset: inspected 2025-03-17, published 2025-05-09, outstanding overall, care leavers good', () => {
    const list = Inspections.parse(read(out, 'inspections.json'));
    expect(list.find((i) => i.area === DORSET)).toMatchObject({ inspected: '2025-03-17', published: '2025-05-09', overall: 'outstanding', childrenInCare: 'outstanding', careLeavers: 'good', asAt: MARCH_2025 });
  });
  it('inspections before 2023 have no separate care leavers judgement', () => {
    const list = Inspections.parse(read(out, 'inspections.json'));
    const old = list.filter((i) => i.inspected < '2023-01-01');
    expect(old.length).toBeGreaterThan(0);
    for (const i of old) expect(i.careLeavers).toBeUndefined();
    for (const i of list.filter((x) => x.inspected >= '2023-01-01')) expect(i.careLeavers).toBeDefined();
  });
});

describe('measures catalogue: dataset and polarity only where DfE states it (LAIT)', () => {
  const measures = () => new Map(Measures.parse(read(out, 'measures.json')).map((m) => [m.id, m]));
  it('High and Low become polarities, with the LAIT measure named', () => {
    const m = measures();
    expect(m.get('placed-foster-percent')).toMatchObject({ polarity: 'higher-is-better', polarityFrom: '% of CLA in foster care' });
    expect(m.get('placed-outside-over-20-miles-percent')).toMatchObject({ polarity: 'lower-is-better', polarityFrom: 'Children looked after placed more than 20 miles from home, outside LA Boundary (%)' });
    expect(m.get('care-leavers-19-21-suitable-accommodation-percent')).toMatchObject({ polarity: 'higher-is-better', polarityFrom: 'Care Leavers - Suitable accommodation (%)' });
    expect(m.get('three-placements-in-year-percent')).toMatchObject({ polarity: 'lower-is-better', polarityFrom: 'Placement 1 - % CLA with three or more placements' });
  });
  it('"-" and NA, and measures LAIT does not have, get none (no judgement of our own either)', () => {
    const m = measures();
    for (const id of ['placed-childrens-homes-percent', 'children-looked-after-rate', 'three-placements-in-year', 'care-leavers-17-18-suitable-accommodation-percent', 'looked-after-expenditure', 'child-population-mid-year']) {
      expect(m.get(id)!.polarity, id).toBeUndefined();
      expect(m.get(id)!.polarityFrom, id).toBeUndefined();
      expect(m.get(id)!.higherIsBetter, id).toBeUndefined();
    }
  });
  it('every observed measure names its observations file; the new sources are listed with the OGL', () => {
    const m = measures();
    expect(m.get('looked-after-expenditure')!.dataset).toBe('spending');
    expect(m.get('care-leavers-19-21-eet')!.dataset).toBe('care-leavers-activity');
    expect(m.get('uasc')!.dataset).toBe('children-looked-after-by-placement');
    expect(m.get('looked-after-expenditure')!.unit).toBe('gbp');
    const sources = ImportedSources.parse(read(out, 'sources.json'));
    const ids = sources.map((s) => s.id);
    for (const id of ['mhclg-ro3-2024-25', 'ofsted-ilacs-outcomes-2025', 'dfe-statistical-neighbours-2025', 'ons-mid-year-children-0-17', 'dfe-lait-data-dictionary-2026', 'dfe-cla-2025-care-leavers-accommodation', 'dfe-cla-2025-care-leavers-activity']) expect(ids).toContain(id);
    expect(sources.find((s) => s.id === 'mhclg-ro3-2024-25')!.publisher).toBe('Ministry of Housing, Communities and Local Government');
  });
});
