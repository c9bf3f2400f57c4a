/**
 * `npm run bench`: measures the build at three sizes against a plain-Astro baseline, publishing
 * one council's change, search and page weight, and prints each target as met or not met.
 *
 * Sites:
 * - the portal as one Astro run from the site file (scripts/lib/build-site.ts);
 * - the real national site: exactly `npm run build` (check-data, astro build, the search index): Dorset in depth plus every council and region from data/official;
 * - a SYNTHETIC England: 153 councils, each a Dorset-sized council in depth under /councils/synthetic-<n>/
 *   (scripts/synthetic.ts generateEngland, in .tmp/, never published), plus the national pages,
 *   in one Astro run from a site file listing them (marked synthetic);
 * - a same-bytes baseline per site: a plain Astro project generated in .tmp/ whose one catch-all
 *   static route returns each built page's HTML verbatim (the same bytes, checked), plus a Pagefind
 *   index of those pages (the Pagefind CLI): what any Astro site writing these pages must pay, so
 *   "≤ 2× the baseline" measures the portal's own work (models, views, charts, cards, search words).
 * Each site is built cold (the site's own caches empty: share cards, prepared search pages,
 * validated official data, each in a fresh folder) and then warm (the same folders again), as is
 * its baseline (a fresh project, then again). For each: pages, wall and CPU seconds, pages/s,
 * ratio to the baseline, peak RSS, output files, the share cards drawn cold and how long they took,
 * first-search bytes on the wire, the heaviest page and the most JavaScript on any page (gzipped,
 * before search loads). Then: one council's change published (npm run watch on the real site; a
 * whole rebuild of the SYNTHETIC England), dev edit latency and Lighthouse.
 *
 * Usage: node scripts/bench.ts [--quick] [--no-england] [--no-watch]
 *   --quick: 10 SYNTHETIC councils instead of 153, one watch edit, no dev latency or Lighthouse.
 *   --no-england: leave out the SYNTHETIC England (and its one-council publish).
 *   --no-watch: leave out the watch and dev-latency measures.
 */
import { benchSearch } from './bench-search.ts';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { generateEngland } from './synthetic.ts';
import { pageWeight } from './lib/size.ts';
import { htmlFiles, sitemapPaths, walk } from './lib/dist.ts';
import { astroEnv, run, type RunResult } from './lib/run.ts';
import { buildSite } from './lib/build-site.ts';

const quick = process.argv.includes('--quick');
const noEngland = process.argv.includes('--no-england');
const noWatch = process.argv.includes('--no-watch');
// Benchmark builds are never published: a local address, as `npm run build:local` uses.
process.env.LOCAL_PREVIEW ??= '1';
const COUNCILS = quick ? 10 : 153;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
const ENV = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1' };
// Inside the working folder: Astro shares ./.astro/.prerender for an outDir outside it.
const tmp = resolve('.tmp', `bench-${process.pid}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const mb = (k: number) => `${(k / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync(cmd, args, { env: { ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).toString();

/** Steps of one build, summed: wall and CPU time, the largest peak RSS. */
class Steps {
  parts: [string, number, number, number][] = [];
  outputs: string[] = [];
  ms = 0;
  cpuMs = 0;
  rssKb = 0;
  add(name: string, r: RunResult) {
    if (r.code !== 0) throw new Error(`${name} failed:\n${r.output.trim().split('\n').slice(-20).join('\n')}`);
    this.parts.push([name, r.ms, r.cpuMs ?? 0, r.maxRssKb ?? 0]);
    this.outputs.push(r.output);
    this.ms += r.ms;
    this.cpuMs += r.cpuMs ?? 0;
    this.rssKb = Math.max(this.rssKb, r.maxRssKb ?? 0);
  }
  /** Share cards drawn in these steps and the time drawing took (src/site/card-png.ts prints a line per card route). */
  get cards() {
    let drawn = 0;
    let ms = 0;
    for (const o of this.outputs)
      for (const m of o.matchAll(/\[share-cards\] \d+ [^:]*: (\d+) drawn in ([\d.]+) s/g)) {
        drawn += Number(m[1]);
        ms += Number(m[2]) * 1000;
      }
    return { drawn, ms };
  }
  /** name wall (CPU, peak RSS) for each step. */
  get detail() {
    return this.parts.map(([n, m, c, k]) => `${n} ${secs(m)}${c ? ` (CPU ${secs(c)}${k ? `, ${mb(k)}` : ''})` : ''}`).join(' + ');
  }
}

const node = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) => run(process.execPath, [script, ...args], env);
const astroBin = resolve('node_modules/.bin/astro');
/** The search index and words, as `npm run build` makes them (scripts/build-search.ts, Pagefind's Node API). */
const pagefind = async (s: Steps, dir: string, env: NodeJS.ProcessEnv = {}) => {
  s.add('search', await node('scripts/build-search.ts', [dir], env));
};

interface Site {
  name: string;
  dir: string;
  steps: Steps;
  pages: number;
  /** The same build again, caches warm (the real site only). */
  warm?: Steps;
}

/** Fresh folders for the site's own caches (share cards, prepared search pages, validated official data): empty the first time, warm after. */
function cacheEnv(name: string): NodeJS.ProcessEnv {
  const d = join(tmp, `caches-${name}`);
  return { CARD_CACHE_DIR: join(d, 'share-cards'), SEARCH_PAGES_CACHE: join(d, 'search-pages'), OFFICIAL_DATA_CACHE: join(d, 'official-data') };
}

const pagesIn = (dir: string) => sitemapPaths({ root: dir }).length + (existsSync(join(dir, '404.html')) ? 1 : 0);

/** Exactly `npm run build`, into dir, with the given cache folders. */
async function buildNational(dir: string, env: NodeJS.ProcessEnv): Promise<Steps> {
  const s = new Steps();
  s.add('check-data', await node('scripts/check-data.ts', [], env));
  s.add('astro', await run(astroBin, ['build', '--outDir', dir], { ...astroEnv(), ...env }));
  await pagefind(s, dir, env);
  return s;
}

/** The real national site, cold (empty caches) and then warm (the same caches, the same command again). */
async function nationalSite(dir: string): Promise<Site> {
  const env = cacheEnv('national');
  const cold = await buildNational(dir, env);
  const warm = await buildNational(dir, env);
  return { name: 'Real national site (npm run build)', dir, steps: cold, warm, pages: pagesIn(dir) };
}

/** A site file covering the SYNTHETIC councils in depth (never published: each is marked synthetic). */
function syntheticSite(councils: { slug: string; dir: string }[]): string {
  const file = join(tmp, 'synthetic-site.json');
  const site = JSON.parse(readFileSync('data/site/site.json', 'utf8'));
  mkdirSync(tmp, { recursive: true });
  writeFileSync(file, JSON.stringify({ ...site, councils: councils.map((c) => ({ slug: c.slug, dir: c.dir, synthetic: true })) }));
  return file;
}

/** The SYNTHETIC England in one Astro run, cold and then warm; keeps the unindexed build in `raw` for the one-council publish. */
async function england(dir: string, raw: string, councils: { slug: string; dir: string }[]): Promise<Site> {
  const env = { SITE_CONFIG: syntheticSite(councils), ...cacheEnv('england') };
  const once = async () => {
    const s = new Steps();
    s.add('check-data', await node('scripts/check-data.ts', [], env));
    s.add('astro', await buildSite(raw, env));
    rmSync(dir, { recursive: true, force: true });
    s.add('link', { code: 0, output: '', ms: time(() => cpSync(raw, dir, { recursive: true })) });
    await pagefind(s, dir, env);
    return s;
  };
  const cold = await once();
  const warm = await once();
  return { name: `SYNTHETIC England (${councils.length} councils)`, dir, steps: cold, warm, pages: pagesIn(dir) };
}

function time(fn: () => void) {
  const t0 = performance.now();
  fn();
  return Math.round(performance.now() - t0);
}

/**
 * The same-bytes baseline: a plain Astro project (generated in .tmp/) with one catch-all static
 * route that returns each of the site's built pages verbatim, then Pagefind's CLI over them.
 * Built twice: a fresh project (cold), then again (warm). Checks a page came out byte-identical.
 */
async function sameBytes(site: Site, name: string): Promise<{ cold: Steps; warm: Steps }> {
  const root = join(tmp, `baseline-${name}`);
  const src = join(root, 'src', 'pages');
  mkdirSync(src, { recursive: true });
  const list = join(root, 'pages.json');
  const pages = htmlFiles(site.dir).filter((f) => f.endsWith('index.html'));
  writeFileSync(list, JSON.stringify(pages));
  writeFileSync(join(root, 'astro.config.mjs'), `export default { trailingSlash: 'always' };\n`);
  writeFileSync(
    join(src, '[...path].astro'),
    `---\nimport { readFileSync } from 'node:fs';\n` +
      `export function getStaticPaths() {\n  return JSON.parse(readFileSync(${JSON.stringify(list)}, 'utf8')).map((f) => ({ params: { path: f.replace(/\\/?index\\.html$/, '') || undefined }, props: { f } }));\n}\n` +
      `const html = readFileSync(${JSON.stringify(site.dir + '/')} + Astro.props.f, 'utf8');\n---\n<Fragment set:html={html} />\n`,
  );
  const out = join(root, 'dist');
  const once = async () => {
    const s = new Steps();
    s.add('astro', await run(astroBin, ['build', '--root', root, '--outDir', out], astroEnv()));
    s.add('pagefind', await run(resolve('node_modules/.bin/pagefind'), ['--site', out]));
    return s;
  };
  const cold = await once();
  const warm = await once();
  const probe = pages.find((f) => f.startsWith('councils/')) ?? pages[0];
  if (!readFileSync(join(out, probe)).equals(readFileSync(join(site.dir, probe)))) throw new Error(`the same-bytes baseline wrote ${probe} differently`);
  return { cold, warm };
}

/** The heaviest page and the page with the most JavaScript (gzipped, before search loads). */
function weights(dir: string) {
  const ws = sitemapPaths({ root: dir }).map((p) => pageWeight(p, { root: dir }));
  return { heaviest: ws.reduce((a, b) => (b.total > a.total ? b : a)), js: ws.reduce((a, b) => (b.js > a.js ? b : a)) };
}

/**
 * Bytes a first search downloads from a cold cache ("foster", as scripts/bench-search.ts asks
 * first): every /pagefind/ response's encoded body size, counted only once all have finished
 * (bench-search.ts reads bodies as they come and can miss some, so its figure wanders).
 */
async function searchBytes(dir: string): Promise<number> {
  const port = 4378;
  const server = spawn(process.execPath, ['scripts/serve-static.ts', dir, String(port)], { stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/search/`)).ok) break;
      } catch {
        if (i > 200) throw new Error('the static server did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname.includes('/pagefind/')) sizes.push(r.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(`http://127.0.0.1:${port}/search/`);
    await page.fill('#q', 'foster');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#search-results li', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await context.close();
    return total;
  } finally {
    await browser.close();
    server.kill();
  }
}

const firstSearch = (site: Site): Promise<number> => searchBytes(site.dir);

function renameType(file: string, name: string) {
  const types = JSON.parse(readFileSync(file, 'utf8'));
  types.find((t: { id: string }) => t.id === 'childrens-homes').name = name;
  writeFileSync(file, JSON.stringify(types, null, 2));
}

async function waitFor(check: () => boolean, ms: number, what: string) {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** npm run watch on a copy of Dorset's data: first publish, then edits to one data file. */
async function watchRebuild(edits: number): Promise<{ first: number; rebuilds: number[]; lines: string[] }> {
  const data = join(tmp, 'watch-data', 'dorset');
  cpSync('data/councils/dorset', data, { recursive: true });
  let out = '';
  const t0 = performance.now();
  const w: ChildProcess = spawn(process.execPath, ['scripts/watch.ts', '--data', data, '--out', join(tmp, 'watched'), '--no-serve', '--debounce', '300'], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  w.stdout!.on('data', (d) => (out += d));
  w.stderr!.on('data', (d) => (out += d));
  const published = () => (out.match(/\] published /g) ?? []).length;
  try {
    await waitFor(() => published() >= 1, 600_000, 'first publish');
    const first = performance.now() - t0;
    const rebuilds: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const before = published();
      const t = performance.now();
      renameType(join(data, 'placement-types.json'), `Children's homes watch ${i}`);
      await waitFor(() => published() > before || /not published/.test(out), 600_000, 'rebuild');
      if (published() <= before) throw new Error(`watch failed:\n${out}`);
      rebuilds.push(performance.now() - t);
    }
    return { first, rebuilds, lines: out.split('\n').filter((l) => l.includes('] published ')) };
  } finally {
    w.kill('SIGTERM');
  }
}

/** One SYNTHETIC council's change published: validate, rebuild the whole site, index, swap. The steps of publish(). */
async function englandOneCouncil(c: { slug: string; dir: string }): Promise<{ ms: number; steps: Steps }> {
  renameType(join(c.dir, 'placement-types.json'), "Children's homes SYNTHETIC edit");
  const s = new Steps();
  const staging = join(tmp, `england-published-${Date.now()}`);
  // The England build's caches: a publish after one change finds the rest warm.
  const env = { SITE_CONFIG: join(tmp, 'synthetic-site.json'), ...cacheEnv('england') };
  s.add('validate', await node('scripts/check-data.ts', [c.dir]));
  s.add('astro (the whole site)', await buildSite(staging, env));
  s.add('search', await node('scripts/build-search.ts', [staging], env));
  s.add('swap', {
    code: 0,
    output: '',
    ms: time(() => {
      const link = join(tmp, 'england-site');
      symlinkSync(relative(tmp, staging), `${link}.next`);
      renameSync(`${link}.next`, link);
    }),
  });
  const page = readFileSync(join(staging, 'councils', c.slug, 'placement-types', 'childrens-homes', 'index.html'), 'utf8');
  if (!page.includes('SYNTHETIC edit')) throw new Error('the one-council publish did not carry the edit');
  const fragments = walk(join(staging, 'pagefind')).filter((f) => f.startsWith('fragment/'));
  if (!fragments.length) throw new Error('the one-council publish has no search index');
  return { ms: s.ms, steps: s };
}

async function devLatency(): Promise<number[]> {
  // Outside the working folder: the dev server does not watch .tmp/.
  const data = join(mkdtempSync(join(tmpdir(), 'bench-dev-')), 'dorset');
  cpSync('data/councils/dorset', data, { recursive: true });
  const port = 4351;
  const siteFile = join(dirname(data), 'site.json');
  writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync('data/site/site.json', 'utf8')), councils: [{ slug: 'dorset', dir: data }] }));
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], { env: { ...ENV, SITE_CONFIG: siteFile }, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        if (i > 600) throw new Error('astro dev did not start');
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/councils/dorset/placement-types/childrens-homes/`);
    const out: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const name = `Children's homes edit ${i}`;
      const t0 = performance.now();
      renameType(join(data, 'placement-types.json'), name);
      await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, name, { timeout: 60_000 });
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 300));
    }
    return out;
  } finally {
    await browser.close();
    dev.kill('SIGTERM');
  }
}

async function lighthouse(root: string) {
  const port = 4352;
  const server = spawn(process.execPath, ['scripts/serve-static.ts', root, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const results: [string, Record<string, number>][] = [];
  try {
    for (const path of ['/', '/councils/dorset/placement-types/childrens-homes/', '/councils/dorset/localities/north-dorset/', '/councils/dorset/']) {
      const out = join(tmp, 'lh.json');
      const profile = join(tmp, `lh-profile-${results.length}`);
      sh('lighthouse', [`http://127.0.0.1:${port}${path}`, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${[...FLAGS, `--user-data-dir=${profile}`].join(' ')}`], { CHROME_PATH: CHROMIUM });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const scores: Record<string, number> = {};
      for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) scores[k] = Math.round((report.categories[k]?.score ?? 0) * 100);
      results.push([path, scores]);
    }
  } finally {
    server.kill();
  }
  return results;
}

function machine() {
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = sh(CHROMIUM, ['--version']).trim();
  } catch {
    /* not installed */
  }
  const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
  const pf = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version;
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}, Astro ${astro}, Pagefind ${pf}, ${chromiumVersion}`;
}

/**
 * Astro's content layer keeps the SYNTHETIC councils' prose entries (their collections are named
 * per council) after their folders under .tmp/ are removed, and the next build then fails to
 * resolve them: forget it before and after the benchmark (the next build syncs it again, a few
 * MDX files).
 */
function forgetContentLayer() {
  for (const f of ['node_modules/.astro/data-store.json', '.astro/content-modules.mjs']) rmSync(f, { force: true });
}

// ---------------------------------------------------------------------------------------------
forgetContentLayer();
const loadAt = (await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ');
log(`${machine()}; load average ${loadAt}; ${quick ? 'quick' : 'full'} run`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

interface Row {
  site: Site;
  base: { cold: Steps; warm: Steps };
  files: number;
  search: number;
  heaviest: { path: string; total: number };
  js: { path: string; js: number };
}
const rows: Row[] = [];
const measure = async (site: Site, name: string) => {
  log(`${site.name}: ${site.pages} pages in ${secs(site.steps.ms)} (${site.steps.detail})${site.warm ? `; warm ${secs(site.warm.ms)} (${site.warm.detail})` : ''}; same-bytes baseline…`);
  const base = await sameBytes(site, name);
  const files = walk(site.dir).length;
  const { heaviest, js } = weights(site.dir);
  let search = NaN;
  try {
    search = await firstSearch(site);
  } catch (e) {
    log(`first search on ${site.name} failed: ${(e as Error).message}`);
  }
  rows.push({ site, base, files, search, heaviest, js });
  log(`  baseline ${secs(base.cold.ms)} cold, ${secs(base.warm.ms)} warm; ${files} files; first search ${kb(search)}; heaviest ${heaviest.path} ${kb(heaviest.total)}; most JS ${js.path} ${kb(js.js)}`);
};

log('real national site (npm run build), cold then warm');
const national = await nationalSite(join(tmp, 'national'));
await measure(national, 'national');
let eng: ReturnType<typeof generateEngland> | undefined;
let englandSite: Site | undefined;
if (!noEngland) {
  log(`SYNTHETIC England: generating ${COUNCILS} councils`);
  eng = generateEngland(COUNCILS, join(tmp, 'synthetic-england'));
  const raw = join(tmp, 'england-raw');
  englandSite = await england(join(tmp, 'england'), raw, eng.councils);
  await measure(englandSite, 'england');
}

/** A later measure that fails is reported, not fatal: the rows above are kept. */
const problems: string[] = [];
async function attempt<T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    problems.push(`${what}: ${(e as Error).message.split('\n').slice(0, 6).join(' ')}`);
    log(`FAILED ${what}: ${(e as Error).message}`);
    return fallback;
  }
}
const noRun = { first: NaN, rebuilds: [NaN], lines: [] as string[] };
let w = noRun;
if (!noWatch) {
  log('one council changed: npm run watch on the real site');
  w = await attempt('watch', () => watchRebuild(quick ? 1 : 3), noRun);
  log(`  ${w.rebuilds.map(secs).join(', ')}`);
}
let one = { ms: NaN, steps: new Steps() };
if (eng) {
  log('one council changed: SYNTHETIC England');
  one = await attempt('SYNTHETIC one council', () => englandOneCouncil(eng.councils[Math.min(6, eng.councils.length - 1)]), one);
  log(`  ${secs(one.ms)} (${one.steps.detail})`);
}

let dev: number[] = [];
let lh: [string, Record<string, number>][] = [];
if (!quick) {
  if (!noWatch) {
    log('dev edit latency');
    dev = await attempt('dev latency', devLatency, []);
  }
  log('Lighthouse');
  lh = await attempt('Lighthouse', () => lighthouse(national.dir), []);
}
const search = await attempt('search timing', () => benchSearch(national.dir), { indexBytes: NaN, firstSearchBytes: NaN, medianMs: NaN, maxMs: NaN });

// ---------------------------------------------------------------------------------------------
const out: string[] = [];
const p = (s = '') => out.push(s);
const rate = (pages: number, st: Steps) => pages / (st.ms / 1000);
const ratio = (a: Steps, b: Steps) => `${(a.ms / b.ms).toFixed(2)}× / ${(a.cpuMs / b.cpuMs).toFixed(2)}×`;
p(`Machine: ${machine()}. Load average at start: ${loadAt}. ${new Date().toISOString().slice(0, 10)}, \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`.`);
p();
p('Wall times depend on what else the machine is doing; CPU times (user + system of every step and its children) much less so. Cold: the site\'s own caches empty (share cards, prepared search pages, validated official data); warm: the same command again.');
p();
p('| Site | Pages | Build, cold: wall / CPU | Pages/s cold | Build, warm: wall / CPU | Pages/s warm | Same-bytes baseline, cold / warm (wall) | Ratio to baseline cold, wall / CPU | Ratio warm, wall / CPU | Peak RSS | Output files | Share cards, cold | First search | Heaviest page (gzipped) | Most JS on a page (gzipped) |');
p('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const s = r.site.steps;
  const wm = r.site.warm;
  const c = s.cards;
  p(
    `| ${r.site.name} | ${r.site.pages} | ${secs(s.ms)} / ${secs(s.cpuMs)} | ${rate(r.site.pages, s).toFixed(1)} | ${wm ? `${secs(wm.ms)} / ${secs(wm.cpuMs)}` : 'not run'} | ${wm ? rate(r.site.pages, wm).toFixed(1) : ''} | ${secs(r.base.cold.ms)} / ${secs(r.base.warm.ms)} | ${ratio(s, r.base.cold)} | ${wm ? ratio(wm, r.base.warm) : ''} | ${mb(Math.max(s.rssKb, wm?.rssKb ?? 0))} | ${r.files} | ${c.drawn} in ${secs(c.ms)} | ${kb(r.search)} | ${kb(r.heaviest.total)} (${r.heaviest.path}) | ${kb(r.js.js)} (${r.js.path}) |`,
  );
}
p();
p('Steps:');
for (const r of rows) p(`- ${r.site.name}: cold ${r.site.steps.detail}${r.site.warm ? `; warm ${r.site.warm.detail}` : ''}; baseline cold ${r.base.cold.detail}, warm ${r.base.warm.detail}.`);
p();
p('| Measure | Result |');
p('|---|---|');
if (!noWatch) p(`| One council's change published, real site (\`npm run watch\`, ${w.rebuilds.length} edit(s) to placement-types.json; median / max) | ${secs(median(w.rebuilds))} / ${secs(Math.max(...w.rebuilds))}; first publish ${secs(w.first)} |`);
if (englandSite) p(`| One council's change published, SYNTHETIC England (validate, rebuild all ${englandSite.pages} pages, index, swap) | ${secs(one.ms)} (${one.steps.detail}) |`);
p(`| Search: time to first results (6 cold queries, median / max), real site | ${secs(search.medianMs)} / ${secs(search.maxMs)} |`);
if (dev.length) p(`| Dev edit-to-update latency (5 edits, median / max) | ${secs(median(dev))} / ${secs(Math.max(...dev))} |`);
for (const [path, s] of lh) p(`| Lighthouse ${path} | performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo} |`);
p();
// Repo-relative paths only: BENCHMARKS.md is committed.
if (!noWatch) p('Watch log (last publish): ' + (w.lines.at(-1)?.replace(/^.*\] /, '').replaceAll(process.cwd() + '/', '') ?? ''));
p();
const nat = rows[0];
const en = rows[1];
const target = (what: string, ok: boolean, value: string) => p(`- ${ok ? 'met' : '**not met**'}: ${what} (${value})`);
p('Targets:');
const natCold = rate(nat.site.pages, nat.site.steps);
const natWarm = rate(nat.site.pages, nat.site.warm!);
target('real national site, cold, ≥ 20 pages/s for the whole `npm run build` (search included)', natCold >= 20, `${natCold.toFixed(1)} pages/s`);
target('real national site, warm, ≥ 40 pages/s', natWarm >= 40, `${natWarm.toFixed(1)} pages/s`);
target('real national site within 2× the same-bytes baseline, cold', nat.site.steps.ms <= 2 * nat.base.cold.ms, `${ratio(nat.site.steps, nat.base.cold)} wall / CPU`);
target('real national site within 2× the same-bytes baseline, warm', nat.site.warm!.ms <= 2 * nat.base.warm.ms, `${ratio(nat.site.warm!, nat.base.warm)} wall / CPU`);
if (en) {
  target(`SYNTHETIC England (${en.site.pages} pages), cold, ≤ 3 minutes`, en.site.steps.ms <= 180_000, secs(en.site.steps.ms));
  target(`SYNTHETIC England, warm, ≤ 3 minutes`, en.site.warm!.ms <= 180_000, secs(en.site.warm!.ms));
  target('SYNTHETIC England within 2× the same-bytes baseline, cold', en.site.steps.ms <= 2 * en.base.cold.ms, `${ratio(en.site.steps, en.base.cold)} wall / CPU`);
  target('SYNTHETIC England within 2× the same-bytes baseline, warm', en.site.warm!.ms <= 2 * en.base.warm.ms, `${ratio(en.site.warm!, en.base.warm)} wall / CPU`);
}
const peak = Math.max(...rows.map((r) => Math.max(r.site.steps.rssKb, r.site.warm?.rssKb ?? 0)));
target('peak memory ≤ 2 GB (2,000 MB)', peak <= 2000 * 1024, mb(peak));
for (const r of rows) target(`< 20,000 output files: ${r.site.name}`, r.files < 20_000, String(r.files));
if (!noWatch) target("one council's change published ≤ 10 s (watch, real site)", median(w.rebuilds) <= 10_000, secs(median(w.rebuilds)));
if (en) target("one council's change published ≤ 30 s (SYNTHETIC England)", one.ms <= 30_000, secs(one.ms));
for (const r of rows) target(`first search ≤ 150 kB on the wire: ${r.site.name}`, r.search <= 150_000, kb(r.search));
for (const r of rows) target(`every page ≤ 60 kB gzipped before search loads: ${r.site.name}`, r.heaviest.total <= 60_000, `${kb(r.heaviest.total)}, ${r.heaviest.path}`);
for (const r of rows) target(`JavaScript ≤ 10 kB gzipped on every page: ${r.site.name}`, r.js.js <= 10_000, `${kb(r.js.js)}, ${r.js.path}`);
for (const r of rows) p(`- share cards, cold (no target; drawn in parallel into an empty cache), ${r.site.name}: ${r.site.steps.cards.drawn} cards in ${secs(r.site.steps.cards.ms)}; warm ${r.site.warm?.cards.drawn ?? 'not run'} drawn`);

if (problems.length) {
  p();
  p('Not measured:');
  for (const x of problems) p(`- ${x}`);
}

rmSync(tmp, { recursive: true, force: true });
forgetContentLayer();
console.log(out.join('\n'));
