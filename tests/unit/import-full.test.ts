/**
 * When the full official files are at ../shared/realdata (relative to the repo root), import
 * them into a temporary folder and compare with the committed data/official/ byte for byte.
 * Skipped cleanly on a fresh clone without them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/import/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = resolve(ROOT, '../shared/realdata');
const COMMITTED = join(ROOT, 'data/official');
const available = existsSync(join(REAL, 'dfe_la_list_with_region_2025.csv')) && existsSync(COMMITTED);

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

describe.skipIf(!available)('full import of ../shared/realdata', () => {
  it('matches the committed data/official/ and reproduces the published check values', { timeout: 120000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-full-'));
    try {
      const out = join(tmp, 'official');
      const summary = runImport(REAL, out);
      expect(files(out)).toEqual(files(COMMITTED));
      for (const f of files(out)) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(COMMITTED, f), 'utf8'));
      expect(summary.areas).toEqual({ councils: 155, regions: 11, replaced: 2, constituencies: 526 });
      // The England file is read (the South West one is its strict subset): 11,385 rows a year.
      expect(summary.rowsRead['dfe_cla_on_31_march_by_characteristics_2021_2025_england.csv']).toBe(56925);
      expect(summary.rowsRead['dfe_cla_on_31_march_by_characteristics_2021_2025_south_west.csv']).toBeUndefined();
      expect(summary.rowsRead['dfe_la_care_leavers_accommodation_suitability_2021_2025.csv']).toBe(6680);
      expect(summary.rowsRead['dfe_la_care_leavers_activity_2021_2025.csv']).toBe(20040);
      expect(summary.rowsRead['dfe_statistical_neighbours_2025.csv']).toBe(153);
      expect(summary.rowsRead['ons_mid_year_population_children_0_17_2012_2024.csv']).toBe(2132);
      expect(summary.rowsRead['mhclg_ro3_2024_25_children_looked_after_spend_by_la.csv']).toBe(2844);
      expect(summary.rowsRead['ofsted_la_inspection_outcomes_31mar2025.csv']).toBe(153);
      expect(summary.neighbours).toBe(153);
      expect(summary.inspections).toBe(153);
      // Every council DfE reports in 2021-2025 (153; Cumbria and Northamptonshire retired before).
      expect(summary.councilsWith['children-looked-after-by-placement']).toBe(153);
      expect(summary.councilsWith.spending).toBe(153);
      const total = Object.values(summary.files).reduce((a, b) => a + b, 0);
      expect(total).toBeLessThan(50e6);

      const obs = (d: string) => JSON.parse(readFileSync(join(out, 'observations', `${d}.json`), 'utf8')) as { measure: string; area: string; asAt: string; value: unknown }[];
      const v = (d: string, m: string, a: string, at: string) => obs(d).find((o) => o.measure === m && o.area === a && o.asAt === at)?.value;
      expect(v('children-looked-after', 'children-looked-after', 'E92000001', '2025-03-31')).toBe(81770);
      // Children's homes in England: 3,042 "Children's home" + 8 "Children's Home" rows; 11,822 + 35 places.
      expect(v('ofsted-providers', 'childrens-homes', 'E92000001', '2023-03-31')).toBe(3050);
      // South West children's homes (Government Office Region "South West"): 219 homes, 684 places.
      expect(v('ofsted-providers', 'childrens-homes', 'E12000009', '2023-03-31')).toBe(219);
      expect(v('ofsted-providers', 'childrens-homes-places', 'E12000009', '2023-03-31')).toBe(684);
      expect(v('england-placement-provider', 'placed-all-by-any', 'E92000001', '2024-03-31')).toBe(83630);
      // Section 5 of the shared README: Sunderland and Leeds on 31 March 2025.
      expect(v('children-looked-after', 'children-looked-after', 'E08000024', '2025-03-31')).toBe(510);
      expect(v('children-looked-after-by-placement', 'placed-foster', 'E08000024', '2025-03-31')).toBe(322);
      expect(v('children-looked-after', 'children-looked-after', 'E08000035', '2025-03-31')).toBe(1498);
      expect(v('children-looked-after-by-placement', 'placed-foster', 'E08000035', '2025-03-31')).toBe(1055);
      expect(v('care-leavers-accommodation', 'care-leavers-19-21-suitable-accommodation', 'E06000059', '2025-03-31')).toBe(198);
      expect(v('spending', 'looked-after-expenditure', 'E92000001', '2025-03-31')).toBe(8917040346.14);
      expect(v('spending', 'looked-after-expenditure', 'E06000059', '2025-03-31')).toBe(50037000);
      const notes = JSON.parse(readFileSync(join(out, 'notes.json'), 'utf8')) as { kind: string }[];
      expect(notes.filter((n) => n.kind === 'missing-from-sheet')).toHaveLength(3812 - 3546);
      // ONS rows for Dorset County Council, Bournemouth and Poole (abolished 2019), 7 years each,
      // and the rows before mid-2019 (checked, not written).
      expect(notes.filter((n) => n.kind === 'not-imported')).toHaveLength(4);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
