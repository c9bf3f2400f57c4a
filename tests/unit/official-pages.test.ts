/**
 * The official-data pages' view models, built from the committed data/official/. Expected
 * values are read from the DfE and Ofsted files themselves (see ../shared/realdata/README.md
 * and tests/fixtures/official/), never from this code's output.
 */
import { describe, expect, it } from 'vitest';
import { getOfficial } from '../../src/data/official/model.ts';
import { sumShown } from '../../src/data/official/rollup.ts';
import { councilPageView, councilsIndexView } from '../../src/views/official-council.ts';
import { regionPageView, regionsIndexView } from '../../src/views/official-region.ts';
import type { Shown } from '../../src/data/shown.ts';

const o = getOfficial();
const code = (name: string) => {
  const a = o.councils.find((c) => c.name === name);
  if (!a) throw new Error(`no council ${name}`);
  return a;
};
const n = (s: Shown | undefined) => (s?.kind === 'number' ? s.n : s?.kind);

describe('official data: known values from the files', () => {
  it('Dorset children looked after at 31 March 2021-2025 are 450, 450, 433, 447, 437', () => {
    const s = o.series(code('Dorset').code, 'children-looked-after').filter((v) => v.asAt >= '2021');
    expect(s.map((v) => n(v.shown))).toEqual([450, 450, 433, 447, 437]);
    expect(s.map((v) => v.asAt.slice(0, 4))).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('England 2025 is 81,770 and Dorset 2020 (only in the 2024 release) is 476', () => {
    expect(n(o.value(o.england.code, 'children-looked-after', '2025-03-31')?.shown)).toBe(81770);
    const d2020 = o.value(code('Dorset').code, 'children-looked-after', '2020-03-31');
    expect(n(d2020?.shown)).toBe(476);
    expect(d2020?.source).toMatch(/2024/);
  });

  it('other councils and regions: Cumberland 458, Westmorland and Furness 261, Cornwall 638, Camden 205 in 2025; Cumbria 736 in 2021; London 9,290', () => {
    const at = (name: string, d: string) => n(o.value(code(name).code, 'children-looked-after', d)?.shown);
    expect(at('Cumberland', '2025-03-31')).toBe(458);
    expect(at('Westmorland and Furness', '2025-03-31')).toBe(261);
    expect(at('Cornwall', '2025-03-31')).toBe(638);
    expect(at('Camden', '2025-03-31')).toBe(205);
    expect(at('Cumbria', '2021-03-31')).toBe(736);
    const london = o.regions.find((r) => r.name === 'London')!;
    expect(n(o.value(london.code, 'children-looked-after', '2025-03-31')?.shown)).toBe(9290);
  });

  it('the later release wins: Dorset 2024 was 446, revised to 447, and the revision is recorded', () => {
    const d = code('Dorset').code;
    expect(n(o.value(d, 'children-looked-after', '2024-03-31')?.shown)).toBe(447);
    const rev = o.revisions(d).find((r) => r.measure === 'children-looked-after' && r.asAt === '2024-03-31');
    expect(rev?.from.value).toBe(446);
    expect(rev?.to.value).toBe(447);
  });

  it('Dorset net gain 2024 is 178 in minus 208 out = -30', () => {
    const d = code('Dorset').code;
    expect(n(o.value(d, 'placed-in-by-other-councils', '2024-03-31')?.shown)).toBe(178);
    expect(n(o.value(d, 'placed-out-of-area', '2024-03-31')?.shown)).toBe(208);
    expect(n(o.value(d, 'placement-net-gain', '2024-03-31')?.shown)).toBe(-30);
  });
});

describe('region roll-ups', () => {
  it('an exact sum of councils is within DfE rounding (nearest 10) of the published regional figure', () => {
    let compared = 0;
    for (const r of o.regions)
      for (const d of o.dates('children-looked-after')) {
        const parts = o.councilsIn(r.code).map((c) => o.value(c.code, 'children-looked-after', d)).filter((v) => v !== undefined).map((v) => v.shown);
        const t = sumShown(parts);
        const pub = n(o.value(r.code, 'children-looked-after', d)?.shown) as number;
        if (t.kind === 'exact') {
          expect(Math.abs(t.n - pub), `${r.name} ${d}`).toBeLessThanOrEqual(5);
          compared++;
        } else if (t.kind === 'at-least') expect(t.n, `${r.name} ${d}`).toBeLessThanOrEqual(pub + 5);
      }
    expect(compared).toBeGreaterThan(40);
  });

  it('a suppressed part makes the total "at least", never a smaller exact number', () => {
    expect(sumShown([{ kind: 'number', n: 10 }, { kind: 'suppressed', reason: 'source' }, { kind: 'number', n: 7 }])).toEqual({ kind: 'at-least', n: 17, hidden: 1 });
    expect(sumShown([{ kind: 'number', n: 10 }, { kind: 'symbol', symbol: 'z' }])).toEqual({ kind: 'exact', n: 10 });
    expect(sumShown([{ kind: 'suppressed', reason: 'source' }]).kind).toBe('none');
  });

  it('the region page keeps "at least" in its totals where a council is suppressed, and lists every council', () => {
    const london = o.regions.find((r) => r.name === 'London')!;
    const v = regionPageView(o, london);
    expect(v.councils.rows.filter((r) => !r.kind || r.kind === 'replaced')).toHaveLength(o.councilsIn(london.code).length);
    expect(o.councilsIn(london.code).length).toBe(33);
    const sum = v.councils.rows.find((r) => r.kind === 'total')!;
    const cells = [...sum.cells, ...v.trend.rows.flatMap((r) => r.cells)];
    expect(cells.some((c) => c.startsWith('at least'))).toBe(true);
    expect(v.councils.notes.join(' ')).toMatch(/at least/);
  });
});

describe('council pages', () => {
  it('every council DfE names has a page, 155 in all, in the index by region', () => {
    expect(o.councils).toHaveLength(155);
    const idx = councilsIndexView(o);
    expect(idx.regions.flatMap((r) => r.table.rows)).toHaveLength(155);
  });

  it('a replaced council says so and links its successors; a successor links back', () => {
    const cumbria = councilPageView(o, code('Cumbria'));
    expect(cumbria.replaced?.note).toMatch(/replaced/);
    expect(cumbria.replaced?.successors.map((s) => s.name).sort()).toEqual(['Cumberland', 'Westmorland and Furness']);
    const wf = councilPageView(o, code('Westmorland and Furness'));
    expect(wf.predecessors.map((p) => p.name)).toEqual(['Cumbria']);
  });

  it("Dorset's page shows its official figures with the region and England alongside", () => {
    const v = councilPageView(o, code('Dorset'));
    const row2025 = v.cla.table.rows.find((r) => r.head === '2025')!;
    expect(row2025.cells[0]).toBe('437');
    expect(v.cla.table.columns.map((c) => c.label)).toContain('South West per 10,000');
    expect(v.summary[0].text).toMatch(/^437 children in care at 31 March 2025/);
    expect(v.meta.description).toMatch(/437/);
    const section = (id: string) => v.profile.find((s) => s.id === id)!;
    expect(section('childrens-homes-supply').tables[0].rows.find((r) => r.kind === 'total')?.cells).toEqual(['14', '43']);
    // Count and share from the same DfE file (children looked after by placement, 2025).
    expect(section('placement-types').tables[0].rows.find((r) => r.head === 'Foster care')?.cells.slice(0, 2)).toEqual(['304', '70%']);
    expect(v.cla.chart?.table.rows.length).toBeGreaterThan(10);
  });

  it('suppressed values stay "c" on the page with the symbol explained', () => {
    const pages = o.councils.map((c) => councilPageView(o, c));
    const tables = pages.flatMap((p) => [p.cla.table, p.where?.table, p.stability, p.newPlacements, ...p.profile.flatMap((s) => s.tables)].filter((t) => t !== undefined && t !== null));
    const withC = tables.filter((t) => t.rows.some((r) => r.cells.includes('c')));
    expect(withC.length).toBeGreaterThan(0);
    // DfE withholds more than small counts, so the key never calls every c "a small count (1 to 5)".
    for (const t of withC) expect(t.notes.join(' ')).toMatch(/(^| )c: withheld by the publisher to protect confidentiality: a small number, or a figure from which/);
    for (const t of withC) expect(t.notes.join(' ')).not.toMatch(/1 to 5/);
    // No table shows a suppressed value as 0.
    for (const p of pages) for (const r of p.cla.table.rows) expect(r.cells[0]).not.toBe('');
  });

  it('the regions index lists the nine regions and England', () => {
    const v = regionsIndexView(o);
    expect(v.table.rows.map((r) => r.head)).toHaveLength(10);
    expect(v.table.rows.at(-1)?.head).toBe('England');
  });
});
