import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ageInDays, staleness } from '../../scripts/lib/staleness.ts';

let root = '';
const dataWith = (asAt: Record<string, string>) => {
  root = mkdtempSync(join(tmpdir(), 'stale-'));
  for (const [id, date] of Object.entries(asAt)) {
    mkdirSync(join(root, id));
    writeFileSync(join(root, id, 'council.json'), JSON.stringify({ slug: id, editions: [{ asAt: date }] }));
  }
  return root;
};
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe('data staleness warning', () => {
  it('counts whole days between the "as at" date and today', () => {
    expect(ageInDays('2024-01-01', new Date('2024-01-31T23:00:00Z'))).toBe(30);
    expect(ageInDays('2023-03-01', new Date('2024-03-01T00:00:00Z'))).toBe(366); // 2024 is a leap year
  });
  it('flags only authorities older than the limit', () => {
    const dir = dataWith({ old: '2020-01-01', fresh: '2024-06-01' });
    const r = staleness(dir, 365, new Date('2024-12-01T12:00:00Z'));
    expect(r.find((s) => s.authority === 'old')).toMatchObject({ stale: true, ageDays: 1796 });
    expect(r.find((s) => s.authority === 'fresh')).toMatchObject({ stale: false, ageDays: 183 });
  });
  it('the CLI warns in the GitHub Actions format and fails, or passes with a generous limit', () => {
    const dir = dataWith({ old: '2020-01-01' });
    const strict = spawnSync(process.execPath, ['scripts/check-staleness.ts', '--data', dir, '--max-age-days', '30'], { encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^::warning file=data\/councils\/old\/council\.json,title=Data is out of date::old: the data is as at 2020-01-01/m);
    const lax = spawnSync(process.execPath, ['scripts/check-staleness.ts', '--data', dir, '--max-age-days', '100000'], { encoding: 'utf8' });
    expect(lax.status).toBe(0);
  });
});
