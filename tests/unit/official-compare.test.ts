/**
 * The council's figures beside the official ones (src/views/official-compare.ts), for Dorset and
 * for the synthetic Brackenmoor council. Expected values are the published figures themselves,
 * each with the file it comes from; the tests also check that the official model reads the same
 * values from data/official, so a page can only show what the files say.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel, type Model } from '../../src/data/model.ts';
import { DataError } from '../../src/data/data-error.ts';
import { getOfficial } from '../../src/data/official/model.ts';
import type { Shown } from '../../src/data/shown.ts';
import { OfficialPairs } from '../../src/data/schemas/official-pairs.ts';
import { constituencyView, officialComparisons, officialCompareView, type CompareRow } from '../../src/views/official-compare.ts';
import { homeView } from '../../src/views/home.ts';
import { topicIds, topicView } from '../../src/views/topics.ts';
import { fosteringView } from '../../src/views/fostering.ts';
import { placementTypeView } from '../../src/views/placement-type.ts';

const DORSET = 'data/councils/dorset';
const FIXTURE = 'tests/fixtures/councils/brackenmoor';
const today = new Date('2026-12-01');
const load = (dir: string) => buildModel(loadCouncilData(dir, { today }));
const o = getOfficial();

const num = (v: { shown: Shown } | undefined) => (v?.shown.kind === 'number' ? v.shown.n : undefined);
/** The official rows for 31 March of each year, as [year, value shown]. */
const yearsOf = (r: CompareRow) => r.years.map((y) => [y.when, y.official]);
const row = (m: Model, id: string) => {
  const r = officialComparisons(m).find((x) => x.id === `official-${id}`);
  expect(r, `comparison ${id}`).toBeDefined();
  return r!;
};

describe('Dorset against the official figures', () => {
  const m = load(DORSET);
  const code = m.council.codes.ons;
  const doc = (id: string) => m.sources.find((s) => s.id === id)!.shortTitle;
  const councilObs = (measure: string, asAt: string) => m.observations.all.find((x) => x.measure === measure && x.area === 'council' && !x.cohort && x.asAt === asAt);

  it('reads the DfE and Ofsted values the pages quote from data/official', () => {
    // DfE, Children looked after in England 2025, cla_number_and_rate_per_10k_children (Dorset, E06000059).
    expect(o.series(code, 'children-looked-after').filter((v) => v.asAt >= '2021').map(num)).toEqual([450, 450, 433, 447, 437]);
    // The 2024 release gave 446 for 31 March 2024; the 2025 release revised it to 447.
    expect(o.revisions(code).find((r) => r.measure === 'children-looked-after')).toMatchObject({ asAt: '2024-03-31', from: { value: 446 }, to: { value: 447 } });
    // DfE characteristics file (South West): placed outside the council boundary, and in foster care.
    expect(o.series(code, 'placed-outside-boundary-percent').map(num)).toEqual([42, 47, 45, 46, 47]);
    expect(o.series(code, 'placed-foster-percent').filter((v) => v.asAt >= '2023').map(num)).toEqual([71, 68, 70]);
    // Ofsted providers and places, 31 March 2023, by constituency.
    const cons = new Map(o.constituenciesOf(code).map((c) => [c.name, c.id]));
    expect(num(o.constituencyValue(cons.get('South Dorset')!, 'childrens-homes'))).toBe(7);
    expect(num(o.constituencyValue(cons.get('South Dorset')!, 'childrens-homes-places'))).toBe(26);
    expect(num(o.constituencyValue(cons.get('West Dorset')!, 'childrens-homes'))).toBe(3);
    expect(num(o.constituencyValue(cons.get('West Dorset')!, 'childrens-homes-places'))).toBe(8);
  });

  it('every pair in the council file has official figures, and each shows on its topic page', () => {
    expect(m.officialPairs?.pairs.length).toBeGreaterThan(0);
    const rows = officialComparisons(m);
    expect(rows.map((r) => r.id)).toEqual(m.officialPairs!.pairs.map((p) => `official-${p.id}`));
    const onTopics = topicIds().flatMap((t) => topicView(m, t).official?.rows.map((r) => r.id) ?? []);
    expect(onTopics.sort()).toEqual(rows.map((r) => r.id).sort());
    for (const r of rows) {
      const measure = m.measures.find((x) => x.id === m.officialPairs!.pairs.find((p) => `official-${p.id}` === r.id)!.strategy)!;
      expect(r.topic).toBe(measure.topic);
      expect(r.href).toMatch(new RegExp(`/figures/[a-z-]+/#${r.id}$`));
      expect(r.why.length).toBeGreaterThan(20);
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.file.length).toBeGreaterThan(0);
    }
    // The home page lists every comparison, compactly.
    expect(homeView(m).official?.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(homeView(m).official?.compact).toBe(true);
    // Seven of the eight official figures are newer than the council's (all but Ofsted's 2023 children's home places).
    expect(rows.filter((r) => r.officialNewer).map((r) => r.id)).toEqual(rows.map((r) => r.id).filter((id) => id !== 'official-childrens-homes-places'));
    expect(homeView(m).official?.intro).toContain('For seven of these eight measures the official figure is newer');
  });

  it('children in care: 453 in the council papers and 450 from DfE at 31 March 2021, the DfE series to 2025, the revision, and DfE newer than the strategy', () => {
    const r = row(m, 'children-in-care');
    const strategy = councilObs('children-in-care', m.edition.asAt)!;
    expect(strategy.value).toBe(465);
    expect(r.council.value).toBe('465 children');
    expect(r.council.cite.title).toBe(doc(strategy.source));
    expect(yearsOf(r).slice(-5)).toEqual([['2021', '450'], ['2022', '450'], ['2023', '433'], ['2024', '447'], ['2025', '437']]);
    expect(r.yearsHeading).toBe('At 31 March');
    // The Fostering Annual Report in the April 2021 board papers gives 453 for the same day.
    const annual = councilObs('children-in-care', '2021-03-31')!;
    expect(annual.value).toBe(453);
    const y2021 = r.years.find((y) => y.when === '2021')!;
    expect(y2021.council).toMatchObject({ value: '453 children', differs: true });
    expect(y2021.council?.cite.title).toBe(doc(annual.source));
    const sameDay = r.sameDay.find((s) => s.includes('31 March 2021'))!;
    expect(sameDay).toContain('453 children');
    expect(sameDay).toContain('450');
    expect(sameDay).toContain(doc(annual.source));
    expect(sameDay).toContain('DfE');
    // Revised 2024 figure, both releases named.
    expect(r.years.find((y) => y.when === '2024')?.revised).toBe('revised from 446');
    expect(r.revisions).toHaveLength(1);
    for (const s of ['446', '447', '31 March 2024', o.sources.get('dfe-cla-2024-number-and-rate')!.release, o.sources.get('dfe-cla-2025-number-and-rate')!.release]) expect(r.revisions[0]).toContain(s);
    // DfE's latest (2025) is newer than the strategy's October 2023 snapshot.
    expect(r.officialNewer).toBe(true);
    expect(r.official.value).toBe('437 children');
    expect(r.official.when).toBe('31 March 2025');
    expect(r.summary).toContain("DfE's latest figure, 437 children at 31 March 2025");
    expect(r.summary).toContain('465 children (October 2023)');
    expect(r.official.cite).toMatchObject({ publisher: 'DfE', release: o.sources.get('dfe-cla-2025-number-and-rate')!.release, href: o.sources.get('dfe-cla-2025-number-and-rate')!.url });
  });

  it('living outside the area: DfE 42% to 47% from 2021 to 2025 does not show the fall the strategy describes', () => {
    const r = row(m, 'living-outside-the-area');
    expect(yearsOf(r)).toEqual([['2021', '42%'], ['2022', '47%'], ['2023', '45%'], ['2024', '46%'], ['2025', '47%']]);
    // The strategy gives 47% for 2021/22 and 42% at the end of October 2023 (§6 Locations of homes).
    expect(councilObs('placed-outside-dorset', '2022-03-31')?.value).toBe(47);
    expect(councilObs('placed-outside-dorset', m.edition.asAt)?.value).toBe(42);
    const trend = r.findings.find((f) => f.includes('a fall'))!;
    expect(trend).toContain('47% for 2021/22');
    expect(trend).toContain('42% for October 2023');
    expect(trend).toMatch(/DfE's figures from 31 March 2022 to 31 March 2025 do not fall: 47%, 45%, 46% and 47%/);
    // Same day, same figure: the two agree on 31 March 2022.
    expect(r.years.find((y) => y.when === '2022')?.council).toMatchObject({ value: '47%', differs: false });
  });

  it("the strategy's 196 children outside the area equals DfE's count for 31 March 2023", () => {
    const r = row(m, 'children-living-outside-the-area');
    expect(councilObs('cic-living-outside-dorset', m.edition.asAt)?.value).toBe(196);
    expect(num(o.value(code, 'placed-outside-boundary', '2023-03-31'))).toBe(196);
    expect(r.findings.some((f) => f.includes('196 children') && f.includes('31 March 2023'))).toBe(true);
  });

  it('long-term stability and three or more placements: both definitions shown, DfE’s from its measure', () => {
    for (const [id, official] of [['long-term-stability', 'same-carer-two-years-percent'], ['three-or-more-placements', 'three-placements-in-year-percent']] as const) {
      const r = row(m, id);
      expect(r.official.definition).toBe(o.measures.get(official)!.definition);
      expect(r.council.definition).not.toBe(r.official.definition);
      expect(r.why).toMatch(/measured differently/);
      expect(r.years.map((y) => y.official)).toEqual(o.series(code, official).map((v) => `${num(v)}%`));
    }
    expect(row(m, 'long-term-stability').official.definition).toMatch(/same carer/);
    expect(row(m, 'three-or-more-placements').official.definition).toMatch(/three or more placements during the year to 31 March/);
  });

  it('foster share: 71% in 2023, 68% in 2024 and 70% in 2025 from DfE, on the fostering and placements pages', () => {
    const r = row(m, 'foster-care-share');
    expect(yearsOf(r).slice(-3)).toEqual([['2023', '71%'], ['2024', '68%'], ['2025', '70%']]);
    // The Corporate Parenting Strategy's 71% (March 2024) matches DfE's 2023 figure, not its 2024 one.
    expect(councilObs('foster-care-share', '2024-03-31')?.value).toBe(71);
    expect(r.years.find((y) => y.when === '2024')?.council).toMatchObject({ value: '71%', differs: true });
    expect(r.findings.some((f) => f.includes('71%') && f.includes('31 March 2023'))).toBe(true);
    expect(fosteringView(m).official?.rows.map((x) => x.id)).toEqual(['official-foster-care-share']);
    expect(topicView(m, 'placed').official?.rows.map((x) => x.id)).toContain('official-foster-care-share');
  });

  it("children's homes by constituency, as Ofsted gives them, with the note on Ofsted's two sheets", () => {
    const type = m.placementTypes.find((t) => t.id === 'childrens-homes')!;
    const v = placementTypeView(m, type).constituencies!;
    expect(v).not.toBeNull();
    const rows = new Map(v.rows.map((r) => [r.name, r.values]));
    expect(rows.get('South Dorset')).toEqual(['7', '26']);
    expect(rows.get('West Dorset')).toEqual(['3', '8']);
    // The rows add up to Ofsted's whole-council figures, shown as the total.
    const whole = ['childrens-homes', 'childrens-homes-places'].map((me) => num(o.value(code, me, '2023-03-31')));
    expect(v.total?.values).toEqual(whole.map(String));
    expect([0, 1].map((i) => v.rows.reduce((a, r) => a + Number(r.values[i]), 0))).toEqual(whole);
    // Its own geography: Ofsted's constituencies, not the council's localities; where a name is shared, the page says so.
    expect(v.rows.map((r) => r.name)).toEqual(o.constituenciesOf(code).map((c) => c.name));
    const shared = v.rows.map((r) => r.name).filter((n) => m.localities.some((l) => l.name === n));
    expect(shared.length).toBeGreaterThan(0);
    for (const n of shared) expect(v.sameNames).toContain(n);
    // The importer's note on the home missing from the provider-level sheet, in plain words.
    const note = o.notes.find((n) => n.message.includes('(South Dorset)') && n.message.startsWith("Children's home"));
    expect(note?.urn).toBe('2682502');
    expect(v.sheetNotes).toHaveLength(1);
    for (const s of ['South Dorset', 'run by a council', '3 places', '14 October 2022', '6 homes and 23 places']) expect(v.sheetNotes[0]).toContain(s);
    expect(v.cite.publisher).toBe('Ofsted');
    expect(v.cite.asAt).toBe('31 March 2023');
    // Only the children's homes page has it.
    for (const t of m.placementTypes.filter((x) => x.id !== 'childrens-homes')) expect(constituencyView(m, t.id)).toBeNull();
  });

  it("children's home places: the strategy's 31 is newer than Ofsted's 43 at 31 March 2023", () => {
    const r = row(m, 'childrens-homes-places');
    expect(councilObs('childrens-homes-places', m.edition.asAt)?.value).toBe(31);
    expect(num(o.value(code, 'childrens-homes-places'))).toBe(43);
    expect(r.officialNewer).toBe(false);
    expect(r.summary).toContain("The council's figure, 31 places (October 2023), is newer than Ofsted's latest, 43 places at 31 March 2023.");
    const type = m.placementTypes.find((t) => t.id === 'childrens-homes')!;
    expect(placementTypeView(m, type).official?.rows.map((x) => x.id)).toEqual(['official-childrens-homes-places']);
  });

  it('an official measure id the official data does not have stops the build, naming the file and path', () => {
    const bad: Model = { ...m, officialPairs: { pairs: [{ ...m.officialPairs!.pairs[0], official: 'no-such-measure' }] } };
    expect(() => officialComparisons(bad)).toThrow(DataError);
    expect(() => officialComparisons(bad)).toThrow(/official-pairs\.json: pairs\[0\]\.official: unknown official measure id "no-such-measure"/);
  });
});

describe('a council without official figures shows no comparison', () => {
  const root = mkdtempSync(join(tmpdir(), 'official-compare-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const pairs = {
    pairs: [{ id: 'children-in-care', label: 'Children in care', strategy: 'children-in-care', official: 'children-looked-after', why: 'Counted on different days from different records.' }],
    constituencies: { placementType: 'residential-homes', providerType: "Children's home", columns: [{ measure: 'childrens-homes', label: 'Homes' }], note: 'As Ofsted gives them.' },
  };
  const copy = (name: string, edit?: (council: Record<string, unknown>) => void, file: unknown = pairs) => {
    const dir = join(root, name);
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'official-pairs.json'), JSON.stringify(file));
    if (edit) {
      const c = JSON.parse(readFileSync(join(dir, 'council.json'), 'utf8'));
      edit(c);
      writeFileSync(join(dir, 'council.json'), JSON.stringify(c));
    }
    return dir;
  };

  it('the Brackenmoor fixture has no pairs file and shows none', () => {
    const m = load(FIXTURE);
    expect(m.officialPairs).toBeUndefined();
    expect(officialComparisons(m)).toEqual([]);
    expect(homeView(m).official).toBeNull();
    expect(fosteringView(m).official).toBeNull();
    for (const t of topicIds()) expect(topicView(m, t).official).toBeNull();
    for (const t of m.placementTypes) expect(placementTypeView(m, t).constituencies).toBeNull();
  });

  it('with a pairs file but an ONS code the official data does not have, still none', () => {
    const m = load(copy('unknown-code'));
    expect(o.area(m.council.codes.ons)).toBeUndefined();
    expect(m.officialPairs?.pairs).toHaveLength(1);
    expect(officialComparisons(m)).toEqual([]);
    expect(homeView(m).official).toBeNull();
    expect(constituencyView(m, 'residential-homes')).toBeNull();
  });

  it("with a real council's code the same file shows that council's official series (nothing is tied to one council)", () => {
    const other = o.councils.find((c) => c.status === 'current' && c.code !== 'E06000059' && o.series(c.code, 'children-looked-after').length > 1)!;
    const m = load(copy('real-code', (c) => ((c.codes as Record<string, string>).ons = other.code)));
    const [r] = officialComparisons(m);
    expect(r.years.map((y) => y.official)).toEqual(o.series(other.code, 'children-looked-after').map((v) => String(num(v)?.toLocaleString('en-GB'))));
    expect(officialCompareView(m, { topic: 'children-in-care' })?.rows).toHaveLength(1);
  });

  it('a pairs file naming an unknown council measure or placement type is refused with file and path', () => {
    const bad = { pairs: [{ ...pairs.pairs[0], strategy: 'no-such-measure', placementType: 'no-such-type' }] };
    const dir = copy('bad-ids', undefined, bad);
    expect(() => loadCouncilData(dir, { today })).toThrow(/official-pairs\.json: pairs\[0\]\.strategy: unknown measure id "no-such-measure"/);
    expect(() => loadCouncilData(dir, { today })).toThrow(/official-pairs\.json: pairs\[0\]\.placementType: unknown placement type id "no-such-type"/);
  });

  it('the schema refuses unknown keys and markup', () => {
    expect(OfficialPairs.safeParse({ pairs: [{ ...pairs.pairs[0], extra: 1 }] }).success).toBe(false);
    expect(OfficialPairs.safeParse({ pairs: [{ ...pairs.pairs[0], why: '<b>bold</b>' }] }).success).toBe(false);
    expect(OfficialPairs.parse({}).pairs).toEqual([]);
  });
});
