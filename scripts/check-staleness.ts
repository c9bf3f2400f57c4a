/**
 * Warns when an authority's data is older than a maximum age.
 * Usage: node scripts/check-staleness.ts [--max-age-days 548] [--data data/councils]
 * (or MAX_DATA_AGE_DAYS). Prints a GitHub Actions ::warning:: line per stale authority and exits
 * 1 when any is stale (the scheduled job shows that as a failed, notifying run).
 */
import { parseArgs } from 'node:util';
import { staleness } from './lib/staleness.ts';

const { values } = parseArgs({ options: { 'max-age-days': { type: 'string' }, data: { type: 'string', default: 'data/councils' } } });
const maxAge = Number(values['max-age-days'] ?? process.env.MAX_DATA_AGE_DAYS ?? 548);
if (!Number.isFinite(maxAge) || maxAge < 0) throw new Error(`--max-age-days: expected a number of days, received ${values['max-age-days']}`);
let stale = 0;
for (const s of staleness(values.data!, maxAge)) {
  if (s.stale) {
    stale++;
    console.log(`::warning file=data/councils/${s.authority}/council.json,title=Data is out of date::${s.authority}: the data is as at ${s.asAt}, ${s.ageDays} days ago (more than ${maxAge}). Publish a new edition.`);
  } else console.log(`${s.authority}: as at ${s.asAt}, ${s.ageDays} days old (limit ${maxAge})`);
}
process.exit(stale ? 1 : 0);
