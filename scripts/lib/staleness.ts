/**
 * How old each council's data is: its newest edition's "as at" date in data/councils/<slug>/council.json
 * against a maximum age in days. Used by the scheduled CI job to warn before figures go stale.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Staleness {
  authority: string;
  asAt: string;
  ageDays: number;
  stale: boolean;
}

const DAY = 86_400_000;

export function ageInDays(asAt: string, today: Date): number {
  const [y, m, d] = asAt.split('-').map(Number);
  const t = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.floor((t - Date.UTC(y, m - 1, d)) / DAY);
}

export function staleness(dataRoot: string, maxAgeDays: number, today = new Date()): Staleness[] {
  return readdirSync(dataRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dataRoot, e.name, 'council.json')))
    .map((e) => {
      const a = JSON.parse(readFileSync(join(dataRoot, e.name, 'council.json'), 'utf8'));
      const asAt: string = a.editions?.at(-1)?.asAt;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt ?? '')) throw new Error(`${dataRoot}/${e.name}/council.json: editions: expected the last edition's asAt written YYYY-MM-DD, received ${JSON.stringify(asAt)}`);
      const ageDays = ageInDays(asAt, today);
      return { authority: e.name, asAt, ageDays, stale: ageDays > maxAgeDays };
    });
}
