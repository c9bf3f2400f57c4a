/**
 * Build-then-swap publishing, shared by `npm run publish` and `npm run watch`: validate the data
 * (file, JSON path, expectation on failure), build the whole portal with Astro, index it for
 * search, check the result, then point the published path (a symlink) at it with one atomic
 * rename. Any failure leaves the published site exactly as it was.
 *
 * Which councils are built is the site file's answer (data/site/site.json, or `site`). `dataDir`
 * stands in one council's folder for the one of the same slug (a copy being edited, or checked).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { officialDir } from '../../src/data/official/model.ts';
import { readSite, siteFile } from '../../src/data/site-config.ts';
import { councilRoutes } from '../../src/data/council-routes.ts';
import { buildSite } from './build-site.ts';
import { run } from './run.ts';

export interface PublishOptions {
  /** The site file (default: SITE_CONFIG, else data/site/site.json). */
  site?: string;
  /** A council's data folder to build in place of the site file's council of the same slug. */
  dataDir?: string;
  /** The published path: a symlink to the current build, which a static server serves. */
  out: string;
  /** Where builds are made; defaults to "<out>-builds" beside the published path. */
  buildsDir?: string;
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
      pages: number;
    }
  | { ok: false; stage: string; error: string; ms: number };

const tail = (s: string) => s.trim().split('\n').slice(-15).join('\n');
const labelOf = (dir: string) => {
  const rel = relative(process.cwd(), dir).replaceAll('\\', '/');
  return rel && !rel.startsWith('..') ? rel : dir;
};

/** Validates a data folder exactly as the build will; returns the error text, or null when valid. */
export function validate(dataDir: string): string | null {
  const label = labelOf(dataDir);
  try {
    buildModel(loadCouncilData(dataDir, { label }), { label });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * The site file a publish builds from: the given one, or (with dataDir) a copy written under .tmp/
 * whose council of that slug reads from dataDir instead. Throws a DataError on a bad site file.
 */
function siteFor(opts: PublishOptions): string {
  const file = resolve(opts.site ?? siteFile());
  if (!opts.dataDir) return file;
  const site = readSite(file);
  const dir = resolve(opts.dataDir);
  const slug = (JSON.parse(readFileSync(join(dir, 'council.json'), 'utf8')) as { slug?: string }).slug ?? basename(dir);
  const councils = site.councils.some((c) => c.slug === slug) ? site.councils.map((c) => (c.slug === slug ? { ...c, dir } : c)) : [...site.councils, { slug, dir, synthetic: false }];
  const out = resolve('.tmp', `site-${process.pid}-${slug}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ ...site, councils }, null, 2));
  return out;
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
  const steps: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    steps[name] = Math.round(performance.now() - mark);
    mark = performance.now();
  };

  if (existsSync(out) && !lstatSync(out).isSymbolicLink()) {
    return { ok: false, stage: 'publish', error: `${opts.out}: exists and is not a symlink made by this tool; move it away first`, ms: ms() };
  }
  let file: string;
  try {
    file = siteFor(opts);
    const site = readSite(file);
    const problems = site.councils.map((c) => validate(resolve(c.dir))).filter((e): e is string => e !== null);
    councilRoutes();
    if (problems.length) return { ok: false, stage: 'validate', error: problems.join('\n'), ms: ms() };
  } catch (e) {
    return { ok: false, stage: 'validate', error: (e as Error).message, ms: ms() };
  }
  step('validate');
  const env = { SITE_CONFIG: file, OFFICIAL_DATA_DIR: officialDir() };

  mkdirSync(buildsDir, { recursive: true });
  const dir = join(buildsDir, `build-${Date.now()}-${process.pid}`);
  const fail = (stage: string, error: string): PublishResult => {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, stage, error, ms: ms() };
  };
  log(`building into ${relative(process.cwd(), dir)}`);
  const built = await buildSite(dir, env);
  step('astro');
  if (built.code !== 0) return fail('build', tail(built.output));
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

  const keep = new Set([basename(dir)]);
  const older = readdirSync(buildsDir).filter((d) => d.startsWith('build-') && !keep.has(d)).sort();
  for (const old of older.slice(0, Math.max(0, older.length - (opts.keep ?? 1)))) rmSync(join(buildsDir, old), { recursive: true, force: true });
  const pages = (readFileSyncSafe(join(dir, 'sitemap.xml')).match(/<loc>/g) ?? []).length + 1;
  const cpuMs = [built, search].reduce((a, r) => a + (r.cpuMs ?? 0), 0);
  return { ok: true, dir, ms: ms(), steps, cpuMs, pages };
}

function readFileSyncSafe(f: string): string {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return '';
  }
}
