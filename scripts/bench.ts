/**
 * `npm run bench`: measures the build and the site and prints one table (numbers, not
 * pass/fail; the gates in `npm test` enforce the budgets). Rows:
 * - full build (check-data + astro build + pagefind) of the Dorset data, and of SYNTHETIC
 *   datasets 1x, 5x and 15x the size (scripts/synthetic.ts, in a temp folder, never published);
 * - pages per second, per-page bytes (median, max) and JS bytes, search index bytes;
 * - dev edit-to-update latency (astro dev, Chromium, data edit until the open page shows it);
 * - watch rebuild time (data edit until `npm run watch` has published);
 * - Lighthouse (Debian Chromium) for home, one placement-type page and one locality page.
 * Usage: node scripts/bench.ts [--quick]   (--quick: skips 15x and Lighthouse)
 */
import { benchSearch } from './bench-search.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, tmpdir, release } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { generateSynthetic } from './synthetic.ts';
import { pageWeight } from './lib/size.ts';
import { sitemapPaths, walk } from './lib/dist.ts';

const quick = process.argv.includes('--quick');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
const ENV = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1' };
const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
const rows: [string, string][] = [];
const row = (k: string, v: string) => {
  rows.push([k, v]);
  console.error(`  ${k}: ${v}`);
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync(cmd, args, { env: { ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).toString();
const time = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/** check-data, astro build and pagefind into outDir; returns step times and page count. */
function fullBuild(dataDir: string, outDir: string) {
  const env = { SITE_DATA_DIR: resolve(dataDir) };
  const check = time(() => sh(process.execPath, ['scripts/check-data.ts', dataDir], env));
  const astro = time(() => sh('astro', ['build', '--outDir', outDir], env));
  const pagefind = time(() => sh(process.execPath, ['scripts/build-search.ts', outDir], env));
  const pages = sitemapPaths({ root: outDir }).length + 1; // + the 404 page
  return { check, astro, pagefind, total: check + astro + pagefind, pages };
}

function machine() {
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = sh(CHROMIUM, ['--version']).trim();
  } catch {
    /* not installed */
  }
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}, ${chromiumVersion}`;
}

async function waitFor(check: () => boolean, ms: number, what: string) {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function renameType(file: string, name: string) {
  const types = JSON.parse(readFileSync(file, 'utf8'));
  types.find((t: { id: string }) => t.id === 'childrens-homes').name = name;
  writeFileSync(file, JSON.stringify(types, null, 2));
}

async function devLatency(): Promise<number[]> {
  const data = join(tmp, 'dev-data', 'dorset');
  cpSync('data/councils/dorset', data, { recursive: true });
  const port = 4351;
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], { env: { ...ENV, SITE_DATA_DIR: data }, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        if (i > 300) throw new Error('astro dev did not start');
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/placement-types/childrens-homes/`);
    const out: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const name = `Children's homes edit ${i}`;
      const t0 = performance.now();
      renameType(join(data, 'placement-types.json'), name);
      await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, name, { timeout: 30_000 });
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 300));
    }
    return out;
  } finally {
    await browser.close();
    dev.kill('SIGTERM');
  }
}

async function watchRebuild(): Promise<{ first: number; rebuilds: number[] }> {
  const data = join(tmp, 'watch-data', 'dorset');
  cpSync('data/councils/dorset', data, { recursive: true });
  let log = '';
  const t0 = performance.now();
  const w: ChildProcess = spawn(process.execPath, ['scripts/watch.ts', '--data', data, '--out', join(tmp, 'watched'), '--no-serve', '--debounce', '300'], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  w.stdout!.on('data', (d) => (log += d));
  w.stderr!.on('data', (d) => (log += d));
  const published = () => (log.match(/\] published /g) ?? []).length;
  try {
    await waitFor(() => published() >= 1, 120_000, 'first publish');
    const first = performance.now() - t0;
    const rebuilds: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const before = published();
      const t = performance.now();
      renameType(join(data, 'placement-types.json'), `Children's homes watch ${i}`);
      await waitFor(() => published() > before, 120_000, 'rebuild');
      rebuilds.push(performance.now() - t);
    }
    return { first, rebuilds };
  } finally {
    w.kill('SIGTERM');
  }
}

async function lighthouse(root: string) {
  const port = 4352;
  const server = spawn(process.execPath, ['scripts/serve-static.ts', root, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const results: [string, Record<string, number>][] = [];
  try {
    for (const path of ['/', '/placement-types/childrens-homes/', '/localities/north-dorset/']) {
      const out = join(tmp, 'lh.json');
      const profile = mkdtempSync(join(tmp, 'lh-profile-'));
      sh('lighthouse', [`http://127.0.0.1:${port}${path}`, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${[...FLAGS, `--user-data-dir=${profile}`].join(' ')}`], { CHROME_PATH: CHROMIUM });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const scores: Record<string, number> = {};
      for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) scores[k] = Math.round((report.categories[k]?.score ?? 0) * 100);
      const failing = Object.values(report.audits as Record<string, { score: number | null; title: string; scoreDisplayMode: string }>)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map((a) => a.title);
      results.push([path, scores]);
      if (failing.length) console.error(`  lighthouse ${path} audits below 1: ${failing.join('; ')}`);
    }
  } finally {
    server.kill();
  }
  return results;
}

console.error(`bench: ${machine()}`);
mkdirSync(tmp, { recursive: true });
const dorsetOut = join(tmp, 'dorset-site');
// Chart PNGs are cached by content (node_modules/.cache/chart-png): measure cold builds, then a warm one.
const PNG_CACHE = join('node_modules', '.cache', 'chart-png');
rmSync(PNG_CACHE, { recursive: true, force: true });
const cold = fullBuild('data/councils/dorset', dorsetOut);
row('Full build, Dorset, cold (no chart PNG cache)', `${secs(cold.total)} (astro ${secs(cold.astro)}), ${cold.pages} pages, ${(cold.pages / (cold.total / 1000)).toFixed(1)} pages/s`);
const dorset = fullBuild('data/councils/dorset', dorsetOut);
row('Full build, Dorset, warm (check-data + astro + pagefind)', `${secs(dorset.total)} (${secs(dorset.check)} + ${secs(dorset.astro)} + ${secs(dorset.pagefind)}), ${dorset.pages} pages, ${(dorset.pages / (dorset.total / 1000)).toFixed(1)} pages/s`);

for (const factor of quick ? [1, 5] : [1, 5, 15]) {
  const dir = generateSynthetic(factor, join(tmp, `synthetic-${factor}x`, 'synthetic'));
  const figures = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')).length;
  const out = join(tmp, `synthetic-${factor}x-site`);
  rmSync(PNG_CACHE, { recursive: true, force: true });
  const b = fullBuild(dir, out);
  row(`Full build, SYNTHETIC ${factor}x (${figures} figures), cold`, `${secs(b.total)} (astro ${secs(b.astro)}), ${b.pages} pages, ${(b.pages / (b.total / 1000)).toFixed(1)} pages/s`);
  rmSync(out, { recursive: true, force: true });
}

const weights = sitemapPaths({ root: dorsetOut }).map((p) => pageWeight(p, { root: dorsetOut }));
const totals = weights.map((w) => w.total);
const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
row('Per-page bytes, gzipped HTML+CSS+JS (median / max)', `${kb(median(totals))} / ${kb(Math.max(...totals))} (${heaviest.path}); budget 60.0 kB`);
const js = weights.map((w) => w.js);
row('JS bytes per page, gzipped (median / max)', `${kb(median(js))} / ${kb(Math.max(...js))} (${weights.find((w) => w.js === Math.max(...js))!.path}); text-page budget 2.0 kB`);
const index = walk(join(dorsetOut, 'pagefind')).reduce((a, f) => a + readFileSync(join(dorsetOut, 'pagefind', f)).length, 0);
row('Search index bytes (dist/pagefind, all files)', kb(index));
const search = await benchSearch(dorsetOut);
row('Search: bytes a first search downloads (cold cache)', kb(search.firstSearchBytes));
row('Search: time to first results (6 cold queries, median / max)', `${secs(search.medianMs)} / ${secs(search.maxMs)}`);

const dev = await devLatency();
row('Dev edit-to-update latency (5 edits, median / max)', `${secs(median(dev))} / ${secs(Math.max(...dev))}`);
const w = await watchRebuild();
row('Watch rebuild, data edit to published (3 edits, median / max; 300 ms debounce)', `${secs(median(w.rebuilds))} / ${secs(Math.max(...w.rebuilds))} (first publish ${secs(w.first)})`);

if (!quick) {
  for (const [path, s] of await lighthouse(dorsetOut)) row(`Lighthouse ${path}`, `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`);
}

rmSync(tmp, { recursive: true, force: true });
console.log(`\nMachine: ${machine()}\n`);
console.log('| Measure | Result |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
