/**
 * One `astro build` of the whole portal into outDir (replaced), for publish, watch and the benchmark.
 * Which councils it holds is the site file's answer (SITE_CONFIG in env, else data/site/site.json).
 * Astro is pointed at a folder inside the working folder and the result moved: for an outDir outside
 * it, Astro keeps its prerender chunks in the shared ./.astro/.prerender, which builds side by side
 * would overwrite.
 */
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { astroEnv, run, type RunResult } from './run.ts';

export async function buildSite(outDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const work = resolve('.tmp', `build-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const r = await run(resolve('node_modules/.bin/astro'), ['build', '--outDir', work], { ...astroEnv(), ...env });
  if (r.code === 0) {
    mkdirSync(dirname(resolve(outDir)), { recursive: true });
    try {
      renameSync(work, outDir);
    } catch {
      cpSync(work, outDir, { recursive: true });
    }
  }
  rmSync(work, { recursive: true, force: true });
  return r;
}

