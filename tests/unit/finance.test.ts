/**
 * Money by placement type and year. Expected values are typed from the seed documents' own text
 * (../shared/seed-data.md §5; Corporate Parenting Board April 2021, Fostering report §12 and the
 * placement sufficiency equality impact assessment (c); Self-Assessment January 2023 §2.3), not
 * produced by the code under test. Before finance-figures.json these rows did not exist and the
 * site charted only the 2017/18 to 2019/20 fostering table.
 */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { CHART, chartById } from '../../src/charts/registry.ts';
import { financeChart, shortGbp, yearsText } from '../../src/charts/finance/draw.ts';
import { financeExamples } from '../../src/charts/finance/examples.ts';
import { serviceMoneyView } from '../../src/views/service-money.ts';
import { downloadCsv } from '../../src/site/csv.ts';
import { placementTypeCharts, providersCharts, prioritiesCharts, fosteringCharts } from '../../src/views/charts.ts';

const m = buildModel(loadCouncilData('data/councils/dorset', { today: new Date('2026-01-01') }));

/** [year, placement types, amount, basis, £, source, words the locator must contain] */
const SEED: [string, string[], string, string, number, string, RegExp][] = [
  ['2020/21', ['in-house-fostering'], 'budget', 'plan', 5_200_000, 'cpb-2021', /Fostering.*§12/],
  ['2020/21', ['in-house-fostering'], 'underspend', 'forecast', 1_100_000, 'cpb-2021', /Fostering.*§12/],
  ['2020/21', ['childrens-homes', 'secure-and-remand'], 'spend', 'forecast', 12_767_728, 'cpb-2021', /impact assessment.*\(c\)/],
  ['2020/21', ['childrens-homes', 'secure-and-remand'], 'cost-per-placement', 'forecast', 255_355, 'cpb-2021', /impact assessment.*\(c\)/],
  ['2021/22', [], 'budget', 'plan', 71_432_000, 'sa-2023', /§2\.3/],
  ['2021/22', [], 'spend', 'outturn', 72_256_000, 'sa-2023', /§2\.3/],
  ['2021/22', [], 'overspend', 'outturn', 824_000, 'sa-2023', /§2\.3/],
  ['2021/22', ['childrens-homes', 'independent-fostering'], 'overspend', 'outturn', 2_270_000, 'sa-2023', /§2\.3/],
  ['2021/22', [], 'income-shortfall', 'outturn', 1_200_000, 'sa-2023', /§2\.3/],
  ['2021/22', ['in-house-fostering'], 'underspend', 'outturn', 1_380_000, 'sa-2023', /§2\.3/],
  ['2021/22', [], 'savings', 'outturn', 4_750_000, 'sa-2023', /§2\.3/],
  ['2022/23', [], 'budget', 'plan', 75_876_000, 'sa-2023', /§2\.3/],
  ['2022/23', [], 'spend', 'forecast', 77_668_500, 'sa-2023', /§2\.3/],
  ['2022/23', [], 'overspend', 'forecast', 11_700_000, 'sa-2023', /§2\.3/],
  ['2022/23', ['childrens-homes', 'independent-fostering'], 'overspend', 'forecast', 1_600_000, 'sa-2023', /§2\.3/],
  ['2022/23', ['childrens-homes', 'independent-fostering'], 'extra-budget', 'plan', 1_200_000, 'sa-2023', /§2\.3/],
  ['2022/23', [], 'savings', 'plan', 2_200_000, 'sa-2023', /§2\.3/],
  ['2022/23', [], 'savings', 'plan', 2_090_000, 'sa-2023', /§2\.3/],
];

describe('finance figures from the documents', () => {
  it('has every sum in the seed list, with its source, section and as-at date', () => {
    for (const [year, types, amount, basis, gbp, source, locator] of SEED) {
      const hit = m.financeFigures.filter((f) => f.year === year && f.amount === amount && f.basis === basis && [...f.placementTypes].sort().join() === types.join() && f.gbp.kind === 'number' && f.gbp.n === gbp);
      expect(hit, `${year} ${types.join('+') || 'whole service'} ${amount} £${gbp}`).toHaveLength(1);
      expect(hit[0].source).toBe(source);
      expect(hit[0].locator).toMatch(locator);
      expect(hit[0].asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(m.financeFigures).toHaveLength(SEED.length);
  });

  it('footnotes the conflicts: the printed £11.7m overspend (about £1.8m by the arithmetic) and the undated "current financial year"', () => {
    const q3 = m.financeFigures.find((f) => f.year === '2022/23' && f.amount === 'overspend' && !f.placementTypes.length)!;
    expect(q3.printed).toBe('£11.7m (2.4%)');
    expect(q3.note).toMatch(/£1\.79m/);
    expect(q3.note).toMatch(/about £1\.8m/);
    const res = m.financeFigures.filter((f) => f.placementTypes.includes('secure-and-remand'));
    for (const f of res) expect(f.yearNote).toMatch(/current financial year/);
  });

  it('charts every sum by placement type and year, with the fostering table rows, and no whole-service sum', () => {
    const c = chartById(m, CHART.finance);
    const keys = c.table.rows.map((r) => r.key);
    // 2 lines × 3 years × (budget, spending, difference) from the fostering table.
    expect(keys.filter((k) => /^fostering-spend-/.test(k))).toHaveLength(18);
    const typed = m.financeFigures.filter((f) => f.placementTypes.length && f.amount !== 'cost-per-placement');
    for (const f of typed) expect(keys).toContain(f.id);
    expect(keys.some((k) => k.startsWith('childrens-services'))).toBe(false);
    // A cost per placement is a different unit: not a bar, but written in the notes.
    expect(keys).not.toContain('residential-and-secure-cost-per-placement-2020-21');
    expect(c.notes.join(' ')).toMatch(/£255,355 for one placement/);
    const row = (k: string) => c.table.rows.find((r) => r.key === k)!.cells;
    expect(row('external-placements-overspend-2021-22')).toEqual(expect.arrayContaining(['2021/22', 'Overspend', '£2,270,000']));
    expect(row('residential-and-secure-spend-2020-21')[1]).toBe('2020/21 (year not stated)');
    expect(row('fostering-spend-2019-20-independent-fostering:actual')).toContain('£4,449,178');
    expect(c.takeaway).toMatch(/Independent fostering agencies: over budget in 2017\/18 to 2019\/20/);
  });

  it('marks its one unit on the axis and one meaning per colour on the key', () => {
    const c = chartById(m, CHART.finance);
    for (const d of [c.wide, c.narrow]) expect(d.body).toMatch(/<g data-axis="x" data-unit="gbp">/);
    const meanings = c.legend.filter((l) => l.meaning);
    expect(new Set(meanings.map((l) => l.swatch)).size).toBe(meanings.length);
    expect(new Set(meanings.map((l) => l.meaning)).size).toBe(meanings.length);
    expect(meanings.map((l) => l.meaning)).toEqual(['budget', 'spending', 'difference-from-budget']);
    // Every bar carries its value: one mark per table row, each labelled.
    expect(c.wide.marks).toBe(c.table.rows.length);
  });

  it('draws an underspend left of zero and an overspend right of it', () => {
    const c = financeChart(financeExamples.twoTypes);
    const bar = (key: string) => {
      const g = c.wide.body.match(new RegExp(`data-key="${key}"[^>]*>(.*?)</g>`))![1];
      const [, x, w] = g.match(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/)!;
      return { x: +x, right: +x + +w };
    };
    const under = bar('cf-1-u');
    const over = bar('af-1-o');
    expect(under.right).toBeCloseTo(over.x, 0);
    expect(under.x).toBeLessThan(over.x);
    // A sum not published is a hatched box, said in the key and the table.
    expect(c.legend.map((l) => l.label)).toContain('not published');
    expect(c.table.rows.find((r) => r.key === 'af-2-s')!.cells[4]).toBe('not published');
  });

  it('words sums and years briefly', () => {
    expect(shortGbp(4_449_178)).toBe('£4.45m');
    expect(shortGbp(12_767_728)).toBe('£12.8m');
    expect(shortGbp(616_406)).toBe('£616k');
    expect(yearsText(['2019/20', '2017/18', '2018/19', '2021/22'])).toBe('2017/18 to 2019/20 and 2021/22');
    expect(yearsText(['2021/22', '2022/23'])).toBe('2021/22 and 2022/23');
  });

  it('shows the chart where its readers look: type pages, providers, councillors; the fostering page has charts too', () => {
    expect(placementTypeCharts(m, 'in-house-fostering').finance.map((c) => c.id)).toEqual([CHART.financeFor('in-house-fostering')]);
    expect(placementTypeCharts(m, 'childrens-homes').finance[0].table.rows.map((r) => r.key)).toContain('residential-and-secure-spend-2020-21');
    expect(placementTypeCharts(m, 'staying-put').finance).toEqual([]);
    expect(providersCharts(m).finance.map((c) => c.id)).toEqual([CHART.finance]);
    expect(prioritiesCharts(m).finance.map((c) => c.id)).toEqual([CHART.finance]);
    const f = fosteringCharts(m);
    expect([...f.where, ...f.trends].map((c) => c.id)).toEqual([CHART.whereFor('in-house-fostering'), CHART.trendFor('fostering-households')]);
  });

  it('lists the whole-service sums for councillors, each cited, and offers them as a download', () => {
    const v = serviceMoneyView(m)!;
    expect(v.rows).toHaveLength(SEED.filter((s) => !s[1].length).length);
    expect(v.rows.find((r) => r.year === '2021/22' && r.what === 'Spending')!.value).toBe('£72,256,000');
    for (const r of v.rows) expect(r.cite.title).toBeTruthy();
    const csv = downloadCsv(m, 'finance-figures');
    expect(csv.split('\n')[0]).toMatch(/^id,year,placement_types,covers,amount,basis,gbp/);
    expect(csv).toContain('in-house-fostering-budget-2020-21,2020/21,in-house-fostering');
  });
});

describe('the finance takeaway', () => {
  it('says what the sums are when no difference from budget is published', () => {
    expect(chartById(m, CHART.financeFor('secure-and-remand')).takeaway).toBe(
      'Residential care and secure accommodation: spending of £12,767,728 in 2020/21 (year not stated), a forecast. No difference from a budget is published.',
    );
  });
});
