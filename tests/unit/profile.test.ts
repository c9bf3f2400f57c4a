/**
 * The official profile: ranks, quarters and neighbours' medians on a small made-up model whose
 * answers are worked out by hand here; computed measures against the raw rows of the committed
 * official files; the catalogue's own checks; the comparisons; and the audit's defects, which
 * must not come back on any council's page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOfficialModel, getOfficial } from '../../src/data/official/model.ts';
import { median, neighboursMedian, quartileOf, rankWords, ranking, standing } from '../../src/data/official/standing.ts';
import type { RawOfficial } from '../../src/data/official/load.ts';
import { Profile } from '../../src/data/schemas/profile.ts';
import { profileCatalogue } from '../../src/data/profile.ts';
import { councilPageView } from '../../src/views/official-council.ts';
import { regionPageView } from '../../src/views/official-region.ts';
import { compareCsv, compareView } from '../../src/views/compare.ts';
import { councilDatasets, datasetTable } from '../../src/site/open-data/table.ts';

// SYNTHETIC TEST DATA: five made-up councils in one made-up region.
const SRC = { id: 'src', title: 'T', publisher: 'Department for Education', release: 'R', file: 'f.csv', licence: 'OGL', attribution: 'A' } as const;
const council = (i: number) => ({ code: `E0600000${i}`, name: `Council ${i}`, slug: `council-${i}`, level: 'council' as const, parent: 'E12000001', status: 'current' as const });
function synthetic(values: (number | string)[], neighbours: number[]): RawOfficial {
  const areas = [
    { code: 'E92000001', name: 'England', slug: 'england', level: 'country' as const, status: 'current' as const },
    { code: 'E12000001', name: 'Region', slug: 'region', level: 'region' as const, parent: 'E92000001', status: 'current' as const },
    ...values.map((_, i) => council(i + 1)),
  ];
  const obs = (measure: string, vs: (number | string)[]) => vs.map((value, i) => ({ measure, area: council(i + 1).code, asAt: '2025-03-31', value, source: 'src', locator: `f.csv, row ${i + 2}` }));
  return {
    areas,
    measures: [
      { id: 'm', label: 'M', unit: 'percent', topic: 'placed', sourceKind: 'official' },
      { id: 'num', label: 'N', unit: 'children', topic: 'placed', sourceKind: 'official' },
      { id: 'den', label: 'D', unit: 'places', topic: 'supply', sourceKind: 'official' },
    ],
    sources: [SRC],
    revisions: [],
    notes: [],
    districts: [],
    constituencies: [],
    neighbours: { source: 'src', neighbours: { E06000001: neighbours.map((n) => ({ code: council(n).code, closeness: 'Close' as const })) }, locators: { E06000001: 'row 2' } },
    inspections: [],
    observations: [{ file: 'observations/x.json', rows: [...obs('m', values), ...obs('num', [12, 'c', 9, 0, 5]), ...obs('den', [4, 3, 0, 'x', 10])] }],
    constituencyObservations: [],
  } as unknown as RawOfficial;
}

describe('rank, quarter and median', () => {
  // Values 30, 20, 20, 10 and one withheld: ranks 1, 2, 2, 4 (ties share), the withheld one unranked.
  const o = buildOfficialModel(synthetic([20, 30, 20, 'c', 10], [2, 3, 4, 5]), [{ id: 'ratio', label: 'R', short: 'r', unit: 'ratio', numerator: 'num', denominator: 'den', definition: 'num ÷ den', topic: 'supply' }]);
  it('ranks from the highest, ties share a rank, a withheld value is not ranked', () => {
    const r = ranking(o, 'm')!;
    expect(r.ranked.map((x) => [x.area.name, x.rank])).toEqual([['Council 2', 1], ['Council 1', 2], ['Council 3', 2], ['Council 5', 4]]);
    expect(r.unranked.map((x) => x.area.name)).toEqual(['Council 4']);
  });
  it('quarters of four ranked councils and the median of the neighbours with a figure', () => {
    expect([1, 2, 3, 4].map((k) => quartileOf(k, 4))).toEqual(['highest', 'upper-middle', 'lower-middle', 'lowest']);
    const s = standing(o, 'E06000001', 'm')!;
    expect(s).toMatchObject({ rank: 2, of: 4, quartile: 'upper-middle', medianOf: 3 });
    // Neighbours 2, 3, 4, 5 have 30, 20, c, 10: the median of 30, 20 and 10 is 20.
    expect(s.median).toBe(20);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(rankWords({ rank: 1, of: 153 })).toBe('highest of 153 councils');
    expect(rankWords({ rank: 150, of: 153 })).toBe('4th lowest of 153 councils');
  });
  it("a council without a figure has no rank, but its neighbours' median still stands (MHCLG's M councils)", () => {
    // Council 1 withheld; its neighbours 2, 3, 4, 5 have 30, 20, c, 10.
    const w = buildOfficialModel(synthetic(['c', 30, 20, 'c', 10], [2, 3, 4, 5]));
    expect(standing(w, 'E06000001', 'm')).toBeNull();
    expect(neighboursMedian(w, 'E06000001', 'm', '2025-03-31')).toMatchObject({ median: 20, medianOf: 3 });
  });
  it('a computed measure divides the two parts at one date, and gives nothing where a part is withheld, x or zero', () => {
    const v = (i: number) => o.value(council(i).code, 'ratio');
    expect(v(1)?.shown).toEqual({ kind: 'number', n: 3 });
    expect(v(1)?.derived).toBe(true);
    expect(v(1)?.locator).toBe('computed: f.csv, row 2 ÷ f.csv, row 2');
    expect(v(2)).toBeUndefined();
    expect(v(3)).toBeUndefined();
    expect(v(4)).toBeUndefined();
    expect(v(5)?.shown).toEqual({ kind: 'number', n: 0.5 });
  });
  it('a computed measure that names an unknown measure stops the build, naming the file', () => {
    expect(() => buildOfficialModel(synthetic([1, 2, 3, 4, 5], [2, 3, 4, 5]), [{ id: 'bad', label: 'B', short: 'b', unit: 'ratio', numerator: 'nope', denominator: 'den', definition: 'x', topic: 'supply' }])).toThrow(/data\/site\/profile\.json: computed measure "bad" names measure "nope"/);
  });
});

describe('the catalogue', () => {
  it('refuses a repeated section id and a parts section without parts, naming the JSON path', () => {
    const p = structuredClone(JSON.parse(readFileSync('data/site/profile.json', 'utf8')));
    p.sections.push({ ...p.sections[0] });
    p.sections.push({ id: 'empty', heading: 'E', about: 'E', kind: 'parts', parts: [] });
    const r = Profile.safeParse(p);
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain(`sections.${p.sections.length - 2}.id: expected a unique section id; "${p.sections[0].id}" is used twice`);
    expect(issues).toContain(`sections.${p.sections.length - 1}.parts: expected at least one part in a "parts" section`);
  });
  it('every measure the catalogue names exists in the official measures or its computed list', () => {
    const o = getOfficial();
    const cat = profileCatalogue();
    const named = [...cat.sections.flatMap((s) => [s.headline, s.total, ...s.parts.flatMap((p) => [p.measure, p.share])]), ...cat.compare.filter((c) => c.kind === 'measure').map((c) => c.measure)].filter((x): x is string => !!x);
    for (const id of named) expect(o.measures.has(id), id).toBe(true);
  });
});

const o = getOfficial();
const area = (name: string) => o.councils.find((c) => c.name === name)!;
const raw = (file: string) => JSON.parse(readFileSync(join('data/official/observations', file), 'utf8')) as { measure: string; area: string; asAt: string; value: number | string }[];
const rawValue = (file: string, measure: string, code: string, asAt: string) => raw(file).find((r) => r.measure === measure && r.area === code && r.asAt === asAt)?.value;

describe('computed measures on the real files', () => {
  it("Dorset's children in children's homes for each local place at 31 March 2023 is DfE's count over Ofsted's places", () => {
    const d = area('Dorset').code;
    const placed = rawValue('children-looked-after-by-placement.json', 'placed-childrens-homes', d, '2023-03-31') as number;
    const places = rawValue('ofsted-providers.json', 'childrens-homes-places', d, '2023-03-31') as number;
    expect(places).toBe(43);
    expect(o.value(d, 'children-in-childrens-homes-per-local-place', '2023-03-31')?.shown).toEqual({ kind: 'number', n: Math.round((100 * placed) / places) / 100 });
  });
  it('spending per child in care is RO3 gross spending over children in care at 31 March 2025, in whole pounds', () => {
    const k = area('Kent').code;
    const spend = rawValue('spending.json', 'looked-after-expenditure', k, '2025-03-31') as number;
    const cla = rawValue('children-looked-after.json', 'children-looked-after', k, '2025-03-31') as number;
    expect(o.value(k, 'looked-after-spend-per-child')?.shown).toEqual({ kind: 'number', n: Math.round(spend / cla) });
  });
});

describe('England-wide comparisons', () => {
  it('every current council is listed once, ranked from the highest value, with a CSV row each', () => {
    for (const c of profileCatalogue().compare) {
      const v = compareView(o, c.id)!;
      expect(v, c.id).not.toBeNull();
      expect(new Set(v.rows.map((r) => r.code)).size, c.id).toBe(o.currentCouncils.length);
      expect(v.rows).toHaveLength(o.currentCouncils.length);
      const ns = v.rows.filter((r) => r.rank !== null).map((r) => r.n!);
      if (c.kind === 'measure') expect(ns, c.id).toEqual([...ns].sort((a, b) => b - a));
      expect(compareCsv(v).trim().split('\n')).toHaveLength(o.currentCouncils.length + 1);
    }
  });
  it("the rate comparison's top council has the highest 2025 rate in DfE's file", () => {
    const rows = raw('children-looked-after.json').filter((r) => r.measure === 'children-looked-after-rate' && r.asAt === '2025-03-31' && r.area.startsWith('E0') && typeof r.value === 'number');
    const max = Math.max(...rows.map((r) => r.value as number));
    const v = compareView(o, 'children-in-care-rate')!;
    expect(v.rows[0].n).toBe(max);
    expect(rows.filter((r) => r.value === max).map((r) => r.area)).toContain(v.rows[0].code);
  });
  it("the judgement comparison lists every council in Ofsted's order of grades", () => {
    const v = compareView(o, 'ofsted-judgement')!;
    const order = v.rows.map((r) => r.n ?? 9);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(v.rows.find((r) => r.name === 'Dorset')?.value).toBe('Outstanding');
    // Its map shades councils by grade: the key's and the marks' unit is grades, not a number.
    expect(v.map?.wide.body).toMatch(/data-axis="colour" data-unit="grades"/);
    expect(v.map?.wide.body).not.toMatch(/data-unit="(?!grades)/);
    expect(v.map?.table.rows.find((r) => r.key === area('Dorset').code)?.cells[1]).toBe('Outstanding');
    expect(v.map?.notes[0]).toMatch(/^One shade per grade, light to dark in the publisher's order: Outstanding; Good; Requires improvement to be good; Inadequate\./);
  });
  it('the all-councils file of a dataset has a row per council and year with figures, and only that dataset\'s columns', () => {
    expect(councilDatasets(o)).toContain('care-leavers-accommodation');
    const t = datasetTable(o, 'care-leavers-accommodation');
    const names = t.fields.map((f) => f.name);
    expect(names).toContain('care_leavers_19_21_suitable_accommodation_percent');
    expect(names).not.toContain('children_looked_after');
    const years2025 = t.rows.filter((r) => r[0] === '2025' && r[2] === 'Local authority');
    expect(years2025.length).toBeGreaterThanOrEqual(150);
  });
});

describe('what the audit found stays fixed', () => {
  const pages = o.councils.map((c) => councilPageView(o, c));
  it('no "c" key calls every c a small count of 1 to 5, and no "20 miles or more"', () => {
    for (const p of pages) {
      const tables = [p.cla.table, p.where?.table, p.stability, p.newPlacements, p.keyMeasures, ...p.profile.flatMap((s) => s.tables)].filter((t) => !!t);
      const text = JSON.stringify(tables);
      expect(text, p.name).not.toMatch(/1 to 5 children/);
      expect(text, p.name).not.toMatch(/20 miles or more/);
    }
  });
  it('a new placements total DfE gives as z, or as 0, is not written as 100%', () => {
    const odd = o.councils.filter((c) => {
      const t = o.series(c.code, 'new-placements').at(-1)?.shown;
      return t && (t.kind === 'symbol' || (t.kind === 'number' && t.n === 0));
    });
    // Cumbria and Northamptonshire (z after they were replaced) and the Isles of Scilly (0).
    expect(odd.map((c) => c.name)).toEqual(expect.arrayContaining(['Cumbria', 'Northamptonshire', 'Isles of Scilly']));
    for (const c of odd) {
      const total = councilPageView(o, c).newPlacements?.rows.find((r) => r.head === 'All new placements');
      expect(total?.cells[1], c.name).not.toBe('100%');
    }
  });
  it('a replaced council leads with its last real figure, not a symbol', () => {
    const cumbria = councilPageView(o, area('Cumbria'));
    expect(cumbria.summary[0].text).toMatch(/^\d[\d,]* children in care at 31 March \d{4}, its last figure before it was replaced/);
    expect(cumbria.meta.description).not.toMatch(/: [czx] children/);
  });
  it('no summary or description states a bare symbol as a figure', () => {
    for (const p of pages) for (const t of [...p.summary.map((s) => s.text), p.meta.description]) expect(t, p.name).not.toMatch(/(^|[\s(])[czx] (children|per 10,000|of its|children's homes)/);
  });
  it("a region's sum of net gains is never 'at least', and Ofsted totals we counted say so", () => {
    for (const r of o.regions) {
      const v = regionPageView(o, r);
      const col = v.councils.columns.findIndex((c) => c.label.startsWith('Net gain')) - 1;
      const sum = v.councils.rows.find((x) => x.kind === 'total')!.cells[col];
      expect(sum, r.name).not.toMatch(/at least/);
      const own = v.councils.rows.find((x) => x.kind === 'comparator')!;
      expect(own.head).not.toMatch(/as published/);
      const homesCol = v.councils.columns.findIndex((c) => c.label.startsWith("Children's homes (")) - 1;
      expect(own.cells[homesCol], r.name).toMatch(/counted by us/);
    }
  });
  it('the homes against places table no longer claims the two counts show how far supply meets need', () => {
    const v = councilPageView(o, area('Dorset'));
    const s = v.profile.find((x) => x.id === 'need-and-supply')!;
    expect(JSON.stringify(s)).not.toMatch(/how far local supply could meet local need/);
    expect(s.text.join(' ')).toMatch(/computed/);
    expect(s.text.join(' ')).toMatch(/net gain/);
  });
  it("what Ofsted counts is stated, with Dorset's residential special school places shown apart", () => {
    const v = councilPageView(o, area('Dorset'));
    const s = v.profile.find((x) => x.id === 'childrens-homes-supply')!;
    expect(s.text.join(' ')).toMatch(/suspended/);
    const other = s.tables.find((t) => t.id === 'other-provision-table')!;
    const places = rawValue('ofsted-providers.json', 'ofsted-places-residential-special-school-registered-as-a-childrens-home', area('Dorset').code, '2023-03-31');
    expect(other.rows.find((r) => r.head.startsWith('Residential special schools registered'))?.cells[1]).toBe(String(places));
  });
});
