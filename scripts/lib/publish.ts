/**
 * Build-then-swap publishing, shared by `npm run publish` and `npm run watch`:
 * validate the data (file, JSON path, expectation on failure), build the parts of the site that
 * changed (scripts/lib/parts.ts: the council's own pages, the official national pages; when
 * both are needed, one Astro run split into the two), link them with the parts kept from
 * earlier runs into a fresh folder, index it for search, check
 * the result, then point the published path (a symlink) at it with one atomic rename. Any
 * failure leaves the published site, and the kept parts, exactly as they were.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { officialDir } from '../../src/data/official/model.ts';
import { buildPart, GROUPS, mergeParts, run, splitByGroup, type Group } from './parts.ts';

export interface PublishOptions {
  /** The council's data folder (becomes SITE_DATA_DIR for the build). */
  dataDir: string;
  /** The published path: a symlink to the current build, which a static server serves. */
  out: string;
  /** Where builds are made; defaults to "<out>-builds" beside the published path. */
  buildsDir?: string;
  /** Where each part's last good output is kept; defaults to "<out>-parts". */
  partsDir?: string;
  /** The parts to rebuild (default: all). A part never built before is built too. */
  groups?: readonly Group[];
  /** How many earlier builds to keep for a quick roll-back (besides the current one). */
  keep?: number;
  log?: (line: string) => void;
}

export type PublishResult =
  | {
      ok: true;
      dir: string;
      ms: number;
      steps: Record<string, number>;
      /** CPU (user + system, ms) of the Astro and search runs, where /usr/bin/time exists: steadier than wall time on a busy machine. */
      cpuMs: number;
      built: Group[];
      pages: number;
    }
  | { ok: false; stage: string; error: string; ms: number };

const bin = (name: string) => resolve('node_modules/.bin', name);
const tail = (s: string) => s.trim().split('\n').slice(-15).join('\n');

/** Validates a data folder exactly as the build will; returns the error text, or null when valid. */
export function validate(dataDir: string): string | null {
  const rel = relative(process.cwd(), dataDir).replaceAll('\\', '/');
  const label = rel && !rel.startsWith('..') ? rel : dataDir;
  try {
    buildModel(loadCouncilData(dataDir, { label }), { label });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The build folder the published path points to, or null before the first publish. */
export function currentBuild(out: string): string | null {
  if (!existsSync(out) || !lstatSync(out).isSymbolicLink()) return null;
  return resolve(dirname(out), readlinkSync(out));
}

export async function publish(opts: PublishOptions): Promise<PublishResult> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  const log = opts.log ?? (() => {});
  const out = resolve(opts.out);
  const buildsDir = resolve(opts.buildsDir ?? `${out}-builds`);
  const partsDir = resolve(opts.partsDir ?? `${out}-parts`);
  const steps: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    steps[name] = Math.round(performance.now() - mark);
    mark = performance.now();
  };

  if (existsSync(out) && !lstatSync(out).isSymbolicLink()) {
    return { ok: false, stage: 'publish', error: `${opts.out}: exists and is not a symlink made by this tool; move it away first`, ms: ms() };
  }
  const invalid = validate(resolve(opts.dataDir));
  step('validate');
  if (invalid) return { ok: false, stage: 'validate', error: invalid, ms: ms() };

  // Parts: rebuild those asked for and any never built; keep the others' last good output.
  mkdirSync(partsDir, { recursive: true });
  const kept = (g: Group) => join(partsDir, g);
  const want = new Set(opts.groups ?? GROUPS);
  const built = GROUPS.filter((g) => want.has(g) || !existsSync(join(kept(g), 'sitemap.xml')));
  const next = (g: Group) => join(partsDir, `${g}.next-${process.pid}`);
  // Each publisher (one per published path) has its own part projects under .tmp/parts/
  // (about 1 MB each); those unused for a week (a test's temporary path) are removed.
  const tag = createHash('sha256').update(out).digest('hex').slice(0, 8);
  const projects = resolve('.tmp/parts');
  for (const d of existsSync(projects) ? readdirSync(projects) : [])
    if (Date.now() - statSync(join(projects, d)).mtimeMs > 7 * 86_400_000) rmSync(join(projects, d), { recursive: true, force: true });
  const env = { SITE_DATA_DIR: resolve(opts.dataDir), OFFICIAL_DATA_DIR: officialDir() };
  log(`building ${built.join(' and ')} pages`);
  const dropNext = () => built.forEach((g) => rmSync(next(g), { recursive: true, force: true }));
  // Everything: one Astro run (one start-up), split into the parts. Otherwise only what changed.
  const all = built.length === GROUPS.length;
  const whole = join(partsDir, `all.next-${process.pid}`);
  const results = all
    ? [await buildPart({ name: `all-${tag}`, groups: GROUPS }, whole, env)]
    : await Promise.all(built.map((g) => buildPart({ name: `${g}-${tag}`, groups: [g] }, next(g), env)));
  step('astro');
  const failed = results.findIndex((r) => r.code !== 0);
  if (failed >= 0) {
    dropNext();
    rmSync(whole, { recursive: true, force: true });
    return { ok: false, stage: 'build', error: tail(results[failed].output), ms: ms() };
  }
  if (all) {
    dropNext();
    splitByGroup(whole, { council: next('council'), national: next('national') });
    rmSync(whole, { recursive: true, force: true });
  }

  mkdirSync(buildsDir, { recursive: true });
  const dir = join(buildsDir, `build-${Date.now()}-${process.pid}`);
  log(`merging into ${relative(process.cwd(), dir)}`);
  const fail = (stage: string, error: string): PublishResult => {
    rmSync(dir, { recursive: true, force: true });
    dropNext();
    return { ok: false, stage, error, ms: ms() };
  };
  mergeParts(GROUPS.map((g) => ({ dir: built.includes(g) ? next(g) : kept(g) })), dir);
  step('merge');
  const search = await run(process.execPath, ['scripts/build-search.ts', dir], env);
  if (search.code !== 0) return fail('search index', tail(search.output));
  step('pagefind');
  for (const must of ['index.html', 'sitemap.xml', 'pagefind/pagefind.js', 'search-terms.json', 'councils/index.html']) {
    if (!existsSync(join(dir, must)) || statSync(join(dir, must)).size === 0) return fail('check', `the new build has no ${must}`);
  }

  // Atomic swap: a new symlink beside the old one, renamed over it in one step.
  const link = `${out}.next-${process.pid}`;
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(out), dir), link);
  renameSync(link, out);
  step('swap');
  // The new parts become the kept ones (the published build holds its own links to the files).
  for (const g of built) {
    rmSync(kept(g), { recursive: true, force: true });
    renameSync(next(g), kept(g));
  }

  const keep = new Set([basename(dir)]);
  const older = readdirSync(buildsDir).filter((d) => d.startsWith('build-') && !keep.has(d)).sort();
  for (const old of older.slice(0, Math.max(0, older.length - (opts.keep ?? 1)))) rmSync(join(buildsDir, old), { recursive: true, force: true });
  const pages = (readFileSyncSafe(join(dir, 'sitemap.xml')).match(/<loc>/g) ?? []).length + 1;
  const cpuMs = [...results, search].reduce((a, r) => a + (r.cpuMs ?? 0), 0);
  return { ok: true, dir, ms: ms(), steps, cpuMs, built, pages };
}

function readFileSyncSafe(f: string): string {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return '';
  }
}
