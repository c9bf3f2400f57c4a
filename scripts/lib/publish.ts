/**
 * Build-then-swap publishing, shared by `npm run publish` and `npm run watch`:
 * validate the data (file, JSON path, expectation on failure), build the site into a fresh
 * folder, index it for search, check the result, then point the published path (a symlink)
 * at it with one atomic rename. Any failure leaves the published site exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, delimiter, dirname, join, relative, resolve } from 'node:path';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';

export interface PublishOptions {
  /** The council's data folder (becomes SITE_DATA_DIR for the build). */
  dataDir: string;
  /** The published path: a symlink to the current build, which a static server serves. */
  out: string;
  /** Where builds are made; defaults to "<out>-builds" beside the published path. */
  buildsDir?: string;
  /** How many earlier builds to keep for a quick roll-back (besides the current one). */
  keep?: number;
  log?: (line: string) => void;
}

export type PublishResult = { ok: true; dir: string; ms: number; steps: Record<string, number> } | { ok: false; stage: string; error: string; ms: number };

const bin = (name: string) => resolve('node_modules/.bin', name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    // The tools' shebangs say `node`: make that this Node (the project's), not the shell's.
    const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
    const child = spawn(cmd, args, { env: { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
    child.on('error', (e) => done({ code: 1, output: String(e) }));
  });
}

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

  mkdirSync(buildsDir, { recursive: true });
  const dir = join(buildsDir, `build-${Date.now()}-${process.pid}`);
  log(`building into ${relative(process.cwd(), dir)}`);
  const fail = (stage: string, error: string): PublishResult => {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, stage, error, ms: ms() };
  };
  const env = { SITE_DATA_DIR: resolve(opts.dataDir) };
  const astro = await run(bin('astro'), ['build', '--outDir', dir], env);
  step('astro');
  if (astro.code !== 0) return fail('build', astro.output.trim().split('\n').slice(-15).join('\n'));
  const search = await run(process.execPath, ['scripts/build-search.ts', dir], env);
  step('pagefind');
  if (search.code !== 0) return fail('search index', search.output.trim().split('\n').slice(-15).join('\n'));
  for (const must of ['index.html', 'sitemap.xml', 'pagefind/pagefind.js', 'search-terms.json']) {
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
  return { ok: true, dir, ms: ms(), steps };
}
