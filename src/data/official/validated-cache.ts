/**
 * data/official/ is about 11 MB of JSON, and zod validating it is most of a second of CPU in every
 * Astro run (the whole site, and each part that `npm run watch` rebuilds, since the council's pages
 * compare with official figures). Validating the same bytes with the same code always gives the same
 * answer, so the validated data is kept, keyed by a hash of every file read, of the data layer's
 * source (src/data/) and of zod's version, and read back with JSON.parse alone. Any change to a data
 * file or to the code that checks it is a new key, validated in full. Invalid data is never kept.
 * Where the source is not at hand (run from another folder), nothing is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** OFFICIAL_DATA_CACHE moves it (tests keep their own). */
const CACHE = resolve(process.env.OFFICIAL_DATA_CACHE ?? join('node_modules', '.cache', 'official-data'));

/** Loads this process has answered from the cache and by validating (for tests and logs). */
export const officialCacheStats = { hits: 0, misses: 0 };

let codeHash: string | null | undefined;
/** A hash of every source file under src/data/ and zod's version; null when they are not here. */
function code(): string | null {
  if (codeHash !== undefined) return codeHash;
  const src = resolve('src', 'data');
  const zod = resolve('node_modules', 'zod', 'package.json');
  if (!existsSync(src) || !existsSync(zod)) return (codeHash = null);
  const h = createHash('sha256').update(readFileSync(zod));
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = join(d, e.name);
      if (e.isDirectory()) visit(f);
      else if (e.name.endsWith('.ts')) h.update(f).update('\0').update(readFileSync(f)).update('\0');
    }
  };
  visit(src);
  return (codeHash = h.digest('hex'));
}

/** The key for these files (absolute paths, in the order read), or null when nothing may be kept. */
export function officialKey(files: string[]): string | null {
  const c = code();
  if (!c) return null;
  const h = createHash('sha256').update(c);
  for (const f of files) h.update(f).update('\0').update(existsSync(f) ? readFileSync(f) : 'missing').update('\0');
  return h.digest('hex').slice(0, 40);
}

export function readValidated<T>(key: string | null): T | null {
  const file = key && join(CACHE, `${key}.json`);
  if (!file || !existsSync(file)) return null;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as T;
    officialCacheStats.hits++;
    return data;
  } catch {
    return null;
  }
}

/** Entries kept: the data changes rarely, but tests validate fixtures of their own. */
const KEEP = 3;

/** Keeps the validated data under its key, and the few most recent others. */
export function keepValidated(key: string | null, data: unknown): void {
  officialCacheStats.misses++;
  if (!key) return;
  try {
    mkdirSync(CACHE, { recursive: true });
    const others = readdirSync(CACHE)
      .filter((f) => f.endsWith('.json') && !f.startsWith(key))
      .map((f) => ({ f, t: statSync(join(CACHE, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of others.slice(KEEP - 1)) rmSync(join(CACHE, f), { force: true });
    // Written beside and renamed: builds running side by side never read half a file.
    const tmp = join(CACHE, `${key}.json.${process.pid}`);
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, join(CACHE, `${key}.json`));
  } catch {
    // A cache that cannot be written costs only time.
  }
}
