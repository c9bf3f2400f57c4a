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
      expect(summary.rowsRead['dfe_cla_on_31_march_by_characteristics_2021_2025_south_west.csv']).toBe(9315);
      const total = Object.values(summary.files).reduce((a, b) => a + b, 0);
      expect(total).toBeLessThan(15e6);

      const obs = (d: string) => JSON.parse(readFileSync(join(out, 'observations', `${d}.json`), 'utf8')) as { measure: string; area: string; asAt: string; value: unknown }[];
      const v = (d: string, m: string, a: string, at: string) => obs(d).find((o) => o.measure === m && o.area === a && o.asAt === at)?.value;
      expect(v('children-looked-after', 'children-looked-after', 'E92000001', '2025-03-31')).toBe(81770);
      // Children's homes in England: 3,042 "Children's home" + 8 "Children's Home" rows; 11,822 + 35 places.
      expect(v('ofsted-providers', 'childrens-homes', 'E92000001', '2023-03-31')).toBe(3050);
      // South West children's homes (Government Office Region "South West"): 219 homes, 684 places.
      expect(v('ofsted-providers', 'childrens-homes', 'E12000009', '2023-03-31')).toBe(219);
      expect(v('ofsted-providers', 'childrens-homes-places', 'E12000009', '2023-03-31')).toBe(684);
      expect(v('england-placement-provider', 'placed-all-by-any', 'E92000001', '2024-03-31')).toBe(83630);
      const notes = JSON.parse(readFileSync(join(out, 'notes.json'), 'utf8')) as { kind: string }[];
      expect(notes.filter((n) => n.kind === 'missing-from-sheet')).toHaveLength(3812 - 3546);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
