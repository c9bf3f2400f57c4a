/**
 * The importers on the attributed slices in tests/fixtures/official/ reproduce figures
 * read by hand from the published files (see the README there).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, type ImportSummary } from '../../scripts/import/index.ts';
import { parseCell } from '../../scripts/import/values.ts';
import { OfficialAreas, Revisions } from '../../src/data/schemas/official.ts';
import { Measures } from '../../src/data/schemas/measures.ts';
import { ConstituencyAreas, ConstituencyObservations, ImportedSources, ImportNotes, OfficialObservations } from '../../src/data/schemas/official-import.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/official');
let out: string;
let summary: ImportSummary;
const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));
type O = { measure: string; area: string; asAt: string; value: unknown; breakdown?: string; total?: boolean; period?: string; source: string; locator: string };
const obsCache = new Map<string, O[]>();
const obs = (dataset: string): O[] => {
  if (!obsCache.has(dataset)) obsCache.set(dataset, read(`observations/${dataset}.json`));
  return obsCache.get(dataset)!;
};
const value = (dataset: string, measure: string, area: string, asAt: string) => {
  const hits = obs(dataset).filter((o) => o.measure === measure && o.area === area && o.asAt === asAt);
  expect(hits, `${measure} ${area} ${asAt}`).toHaveLength(1);
  return hits[0].value;
};

const DORSET = 'E06000059';
const BRISTOL = 'E06000023';
const ENGLAND = 'E92000001';
const SOUTH_WEST = 'E12000009';

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'import-values-')), 'official');
  summary = runImport(FIXTURES, out);
});
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('children looked after, number and rate (two releases)', () => {
  it('Dorset on 31 March 2021-2025: 450, 450, 433, 447, 437 (and 476 in 2020 from the older release)', () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025].map((y) => value('children-looked-after', 'children-looked-after', DORSET, `${y}-03-31`));
    expect(years).toEqual([476, 450, 450, 433, 447, 437]);
    expect(value('children-looked-after', 'children-looked-after-rate', DORSET, '2025-03-31')).toBe(65);
    expect(value('children-looked-after', 'child-population', DORSET, '2025-03-31')).toBe(67149);
  });
  it('England 2025: 81,770; South West 2025: 6,920; Bristol ("Bristol, City of", quoted) 2025: 753, rate 81', () => {
    expect(value('children-looked-after', 'children-looked-after', ENGLAND, '2025-03-31')).toBe(81770);
    expect(value('children-looked-after', 'children-looked-after', SOUTH_WEST, '2025-03-31')).toBe(6920);
    expect(value('children-looked-after', 'children-looked-after', BRISTOL, '2025-03-31')).toBe(753);
    expect(value('children-looked-after', 'children-looked-after-rate', BRISTOL, '2025-03-31')).toBe(81);
  });
  it('the later release wins and the Dorset 2024 revision 446 -> 447 is recorded', () => {
    const revisions = Revisions.parse(read('revisions.json'));
    const r = revisions.find((x) => x.measure === 'children-looked-after' && x.area === DORSET && x.asAt === '2024-03-31');
    expect(r).toEqual({ measure: 'children-looked-after', area: DORSET, asAt: '2024-03-31', from: { value: 446, source: 'dfe-cla-2024-number-and-rate' }, to: { value: 447, source: 'dfe-cla-2025-number-and-rate' } });
    const o = obs('children-looked-after').find((x) => x.measure === 'children-looked-after' && x.area === DORSET && x.asAt === '2024-03-31')!;
    expect(o.source).toBe('dfe-cla-2025-number-and-rate');
    expect(o.locator).toMatch(/^dfe_cla_number_and_rate_per_10k_children_2021_2025\.csv, row \d+$/);
  });
  it('Cumbria and Northamptonshire: figures while they reported, "z" after; their successors "z" before', () => {
    expect(value('children-looked-after', 'children-looked-after', 'E10000006', '2022-03-31')).toBe(734);
    expect(value('children-looked-after', 'children-looked-after', 'E10000006', '2025-03-31')).toBe('z');
    expect(value('children-looked-after', 'children-looked-after', 'E06000063', '2025-03-31')).toBe(458);
    expect(value('children-looked-after', 'children-looked-after', 'E06000063', '2022-03-31')).toBe('z');
    expect(value('children-looked-after', 'children-looked-after', 'E10000021', '2021-03-31')).toBe(1144);
    expect(value('children-looked-after', 'child-population', 'E10000021', '2025-03-31')).toBe('x');
  });
  it('starting and leaving care are for the year to 31 March', () => {
    const o = obs('children-looked-after').find((x) => x.measure === 'children-starting-care' && x.area === DORSET && x.asAt === '2025-03-31')!;
    expect(o.period).toBe('year to 31 March 2025');
  });
});

describe('where children are placed', () => {
  it('Dorset net gain 2024: 178 placed in, 208 placed out, -30; Bristol: 114, 380, -266', () => {
    expect(value('placement-net-gain', 'placed-in-by-other-councils', DORSET, '2024-03-31')).toBe(178);
    expect(value('placement-net-gain', 'placed-out-of-area', DORSET, '2024-03-31')).toBe(208);
    expect(value('placement-net-gain', 'placement-net-gain', DORSET, '2024-03-31')).toBe(-30);
    expect(value('placement-net-gain', 'placement-net-gain', BRISTOL, '2024-03-31')).toBe(-266);
    expect(value('placement-net-gain', 'placed-out-of-area', BRISTOL, '2024-03-31')).toBe(380);
  });
  it('Dorset new placements in the year to 31 March 2025: 524 in all, 203/84/38/147 by location, 52 not known', () => {
    const d = (m: string) => value('new-placements', m, DORSET, '2025-03-31');
    expect(d('new-placements')).toBe(524);
    expect([d('new-placements-inside-near'), d('new-placements-inside-far'), d('new-placements-outside-near'), d('new-placements-outside-far'), d('new-placements-distance-unknown')]).toEqual([203, 84, 38, 147, 52]);
    const total = obs('new-placements').find((x) => x.measure === 'new-placements' && x.area === DORSET && x.asAt === '2025-03-31')!;
    expect(total).toMatchObject({ total: true, breakdown: 'new-placements-location', period: 'year to 31 March 2025' });
    expect(value('new-placements', 'new-placements', ENGLAND, '2025-03-31')).toBe(90930);
  });
  it('Bristol 2025 placement stability: 61 of 753 (8%) with three or more placements', () => {
    expect(value('placement-stability', 'three-placements-in-year', BRISTOL, '2025-03-31')).toBe(61);
    expect(value('placement-stability', 'three-placements-in-year-percent', BRISTOL, '2025-03-31')).toBe(8);
    expect(value('placement-stability', 'stability-base-year', BRISTOL, '2025-03-31')).toBe(753);
  });
  it('South West placement file: Dorset 2025 foster 304 (70%), inside boundary 233, own provision 208, other LA provision "c"; Bristol foster 516; South West inside 4,160', () => {
    const v = (m: string, a = DORSET) => value('children-looked-after-by-placement', m, a, '2025-03-31');
    expect(v('placed-foster')).toBe(304);
    expect(v('placed-foster-percent')).toBe(70);
    expect(v('placed-childrens-homes')).toBe(55);
    expect(v('placed-residential-schools')).toBe(0);
    expect(v('placed-inside-boundary')).toBe(233);
    expect(v('placed-outside-boundary')).toBe(204);
    expect(v('provider-own-council')).toBe(208);
    expect(v('provider-private')).toBe(186);
    expect(v('provider-other-council')).toBe('c');
    expect(v('placed-foster', BRISTOL)).toBe(516);
    expect(v('placed-inside-boundary', SOUTH_WEST)).toBe(4160);
  });
  it('England by placement type and provider 2024: 2,790 in children\'s homes inside the boundary, 1,600 of them private, "k" kept', () => {
    expect(value('england-placement-provider', 'placed-inside-childrens-homes-by-any', ENGLAND, '2024-03-31')).toBe(2790);
    expect(value('england-placement-provider', 'placed-inside-childrens-homes-by-private', ENGLAND, '2024-03-31')).toBe(1600);
    expect(value('england-placement-provider', 'placed-inside-childrens-homes-by-parents', ENGLAND, '2024-03-31')).toBe('z');
    expect(value('england-placement-provider', 'placed-all-by-any', ENGLAND, '2024-03-31')).toBe(83630);
  });
});

describe("Ofsted children's homes at 31 March 2023", () => {
  it('South Dorset constituency (Dorset): 7 homes, 26 places, counted from the fuller sheet', () => {
    const areas = ConstituencyAreas.parse(read('constituencies.json'));
    const sd = areas.find((a) => a.name === 'South Dorset' && a.parent === DORSET)!;
    expect(sd.id).toBe('south-dorset-e06000059');
    const cons = ConstituencyObservations.parse(read('observations/ofsted-constituencies.json'));
    expect(cons.find((o) => o.area === sd.id && o.measure === 'childrens-homes')!.value).toBe(7);
    expect(cons.find((o) => o.area === sd.id && o.measure === 'childrens-homes-places')!.value).toBe(26);
  });
  it('notices the 3-place council home in South Dorset that the provider-level sheet lacks', () => {
    const notes = ImportNotes.parse(read('notes.json'));
    const n = notes.find((x) => x.urn === '2682502')!;
    expect(n.kind).toBe('missing-from-sheet');
    expect(n.message).toMatch(/South Dorset/);
    expect(n.message).toMatch(/ofsted_csc_2023_provider_level_31mar2023\.csv/);
    expect(n.locator).toMatch(/^ofsted_csc_2023_providers_places_31mar2023\.csv, row \d+$/);
    expect(notes.filter((x) => x.kind === 'missing-from-sheet')).toHaveLength(14); // 170 - 156 rows in the slices
  });
  it('Dorset 14 homes / 43 places (11 private, 3 council; 9 good, 4 requires improvement, 1 not yet rated); Bristol 8 / 31; BCP 10 / 24 ("&" in Ofsted\'s name)', () => {
    const v = (m: string, a: string) => value('ofsted-providers', m, a, '2023-03-31');
    expect(v('childrens-homes', DORSET)).toBe(14);
    expect(v('childrens-homes-places', DORSET)).toBe(43);
    expect(v('childrens-homes-private', DORSET)).toBe(11);
    expect(v('childrens-homes-council', DORSET)).toBe(3);
    expect(v('childrens-homes-voluntary', DORSET)).toBe(0);
    expect(v('childrens-homes-good', DORSET)).toBe(9);
    expect(v('childrens-homes-requires-improvement', DORSET)).toBe(4);
    expect(v('childrens-homes-not-rated', DORSET)).toBe(1);
    expect(v('childrens-homes', BRISTOL)).toBe(8);
    expect(v('childrens-homes-places', BRISTOL)).toBe(31);
    expect(v('childrens-homes-council', BRISTOL)).toBe(7);
    expect(v('childrens-homes', 'E06000058')).toBe(10);
    expect(v('childrens-homes-places', 'E06000058')).toBe(24);
    expect(v('childrens-homes-inadequate', 'E06000058')).toBe(1);
    expect(v('childrens-homes', 'E10000006')).toBe(49);
    expect(v('childrens-homes-places', 'E10000006')).toBe(213);
    expect(v('ofsted-providers-independent-fostering-agency', BRISTOL)).toBe(4);
  });
  it('Cumberland did not exist on 31 March 2023, so has no Ofsted figures; Cumbria has', () => {
    expect(obs('ofsted-providers').some((o) => o.area === 'E06000063')).toBe(false);
    expect(obs('ofsted-providers').some((o) => o.area === 'E10000006')).toBe(true);
  });
});

describe('areas, sources, measures, files', () => {
  it('areas: England, regions, councils; Cumbria and Northamptonshire replaced by their successors', () => {
    const areas = OfficialAreas.parse(read('areas.json'));
    const cumbria = areas.find((a) => a.code === 'E10000006')!;
    expect(cumbria).toMatchObject({ status: 'replaced', replacedBy: ['E06000063', 'E06000064'], level: 'council', parent: 'E12000002' });
    expect(cumbria.note).toMatch(/1 April 2023/);
    expect(areas.find((a) => a.code === 'E10000021')!.replacedBy).toEqual(['E06000061', 'E06000062']);
    expect(areas.find((a) => a.code === BRISTOL)!).toMatchObject({ name: 'Bristol, City of', slug: 'bristol-city-of', dfe: '801', parent: SOUTH_WEST });
    expect(areas.find((a) => a.code === ENGLAND)!.level).toBe('country');
    expect(summary.areas).toMatchObject({ councils: 155, replaced: 2, regions: 11 });
  });
  it('every file validates; sources carry the OGL and an attribution; measure ids have no dates', () => {
    const sources = ImportedSources.parse(read('sources.json'));
    for (const s of sources) {
      expect(s.licence).toBe('Open Government Licence v3.0');
      expect(s.attribution).toMatch(/Open Government Licence v3\.0/);
    }
    const measures = Measures.parse(read('measures.json'));
    for (const m of measures) {
      expect(m.id).not.toMatch(/20\d\d/);
      expect(m.sourceKind).toBe('official');
    }
    for (const d of Object.keys(summary.observations).filter((d) => d !== 'ofsted-constituencies')) OfficialObservations.parse(obs(d));
  });
  it('symbols stay symbols, never 0', () => {
    expect(parseCell('c', 'f.csv', 2, 'x')).toBe('c');
    expect(parseCell('low', 'f.csv', 2, 'x')).toBe('low');
    const values = Object.keys(summary.observations).filter((d) => d !== 'ofsted-constituencies').flatMap((d) => obs(d).map((o) => o.value));
    expect(values).toContain('c');
    expect(values).toContain('z');
  });
  it('one observation per line, sorted, and the same bytes on a second run', () => {
    const text = readFileSync(join(out, 'observations/children-looked-after.json'), 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.length).toBe(obs('children-looked-after').length + 2);
    const again = join(mkdtempSync(join(tmpdir(), 'import-again-')), 'official');
    runImport(FIXTURES, again);
    expect(readFileSync(join(again, 'observations/children-looked-after.json'), 'utf8')).toBe(text);
    rmSync(join(again, '..'), { recursive: true, force: true });
  });
});
