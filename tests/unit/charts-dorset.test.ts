/** The charts built from the Dorset data: what a reader sees, checked against the source observations (seed-data.md). */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { buildModel } from '../../src/data/model.ts';
import { loadCouncilData } from '../../src/data/load.ts';
import { suppressedExplained } from '../../src/text/symbols.ts';
import { CHART, chartById, charts, maybeChart } from '../../src/charts/registry.ts';

const m = buildModel(loadCouncilData('data/councils/dorset', { today: new Date('2026-01-01') }));
const get = (id: string) => chartById(m, id);

describe('Dorset charts', () => {
  it('builds every chart the pages ask for, once per model', () => {
    for (const id of [CHART.gaps, CHART.matrix, CHART.map, CHART.where, CHART.trendFor('children-in-care'), CHART.trendFor('fostering-households'), CHART.fosteringBudget, CHART.progress, CHART.whereFor('childrens-homes')]) get(id);
    // A type's gap chart draws only that type's needs, so it exists where the type has one.
    const current = m.gaps.filter((g) => !g.need.historic);
    for (const t of m.placementTypes) {
      const own = current.filter((g) => g.need.placementType === t.id).map((g) => g.need.id).sort();
      if (own.length) expect(get(CHART.gapsFor(t.id)).table.rows.map((r) => r.key).sort()).toEqual(own);
      else expect(maybeChart(m, CHART.gapsFor(t.id))).toBeUndefined();
    }
    for (const l of m.localities) [get(CHART.matrixFor(l.id)), get(CHART.mapFor(l.id))];
    expect(charts(m)).toBe(charts(m));
    expect(maybeChart(m, 'no-such-chart')).toBeUndefined();
    expect(() => chartById(m, 'no-such-chart')).toThrow(/does not build/);
  });
  it('the headline takeaway names the largest stated shortfall: 30 more supported accommodation places (SP6); the 50 move-on homes a year are demand, not a shortfall', () => {
    expect(get(CHART.gaps).takeaway).toBe('The largest stated shortfall is 30 places, in supported accommodation; 5 more shortfalls are named without a number.');
  });
  it('where children in children’s homes live: 20 in Dorset, 15 neighbouring, 18 further away (SP3)', () => {
    expect(get(CHART.whereFor('childrens-homes')).takeaway).toBe("Children living in children's homes, October 2023: 20 in Dorset, 15 in neighbouring areas and 18 further away (of 53 children).");
  });
  it('takes the place name from council.json, not from the chart code', () => {
    const other = { ...m, council: { ...m.council, names: { ...m.council.names, short: 'Elsewhere' } } };
    expect(chartById(other, CHART.whereFor('childrens-homes')).takeaway).toContain('20 in Elsewhere, 15 in neighbouring areas');
    expect(chartById(other, CHART.where).notes[0]).toContain('border Elsewhere');
    expect(chartById(other, CHART.map).alt).toContain('localities of Elsewhere');
  });
  it('children in care: 344 in 2013 to 449 in March 2024', () => {
    const rows = csvParseRows(get(CHART.trendFor('children-in-care')).csv.trim());
    expect(rows[1]).toEqual(['Children in care', '2013', '2013-12-31', '344 children']);
    expect(rows.at(-1)).toEqual(['Children in care', 'March 2024', '2024-03-31', '449 children']);
    // The 2017 peak is published as "over 500" (seed-data.md §1.1): the wording must survive.
    expect(rows.find((r) => r[2].startsWith('2017'))?.[3]).toBe('over 500 children');
    expect(get(CHART.trendFor('children-in-care')).takeaway).toContain('peaking at over 500');
  });
  it('suppression holds: 2 care leavers in bed and breakfast is drawn and downloaded as c', () => {
    const f = get(CHART.progress);
    const row = csvParseRows(f.csv.trim()).find((r) => r[0] === 'Care leavers in bed and breakfast or homeless')!;
    expect(row[3]).toBe('c (October 2023)');
    expect(f.wide.body).toContain('baseline c');
    expect(f.csv).not.toMatch(/,2 young people/);
  });
  it('the matrix has a cell for every type and locality, and most say not published', () => {
    const f = get(CHART.matrix);
    expect(f.wide.marks).toBe(m.placementTypes.length * m.localities.length);
    const np = f.table.rows.flatMap((r) => r.cells.slice(1)).filter((c) => c === 'not published').length;
    expect(np).toBeGreaterThan(f.wide.marks / 2);
  });
  it('words c from the council’s disclosure rule', () => {
    expect(get(CHART.matrix).legend.map((l) => l.label)).toContain(suppressedExplained(m.rule));
  });
  it('the map marks its boundaries approximate and carries the OGL attribution', () => {
    const f = get(CHART.map);
    expect(f.notes.join(' ')).toContain('Open Government Licence v3.0');
    expect(f.wide.body).toContain('Boundaries are approximate');
  });
});
