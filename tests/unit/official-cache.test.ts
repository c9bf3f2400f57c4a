/**
 * data/official/ validated once per content (src/data/official/validated-cache.ts): the same files
 * are read back without validating, identical to a full validation; any change to a file is
 * validated again, and invalid data is refused even where a valid version was kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'official-cache-'));
const dir = join(tmp, 'official');
const file = join(dir, 'observations', 'children-looked-after.json');
let load: typeof import('../../src/data/official/load.ts').loadOfficialData;
let stats: typeof import('../../src/data/official/validated-cache.ts').officialCacheStats;

beforeAll(async () => {
  process.env.OFFICIAL_DATA_CACHE = join(tmp, 'cache');
  cpSync('data/official', dir, { recursive: true });
  ({ loadOfficialData: load } = await import('../../src/data/official/load.ts'));
  ({ officialCacheStats: stats } = await import('../../src/data/official/validated-cache.ts'));
});
afterAll(() => {
  delete process.env.OFFICIAL_DATA_CACHE;
  rmSync(tmp, { recursive: true, force: true });
});

describe('official data validated once per content', () => {
  it('reads unchanged files back, equal to a full validation', () => {
    const first = load(dir);
    expect(stats).toEqual({ hits: 0, misses: 1 });
    const again = load(dir);
    expect(stats).toEqual({ hits: 1, misses: 1 });
    expect(again).toEqual(first);
    expect(again.observations.length).toBeGreaterThan(3);
  });

  it('validates a changed file again and returns the new figure', () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"value":19927,', '"value":19928,'));
    const d = load(dir);
    expect(stats.misses).toBe(2);
    const rows = d.observations.find((o) => o.file === 'observations/children-looked-after.json')!.rows;
    expect(rows[0].value).toBe(19928);
  });

  it('refuses invalid data even though a valid version was kept', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace('"value":19928,', '"value":-5,'));
    expect(() => load(dir)).toThrow(/children-looked-after\.json: \[0\]\.value/);
  });
});
