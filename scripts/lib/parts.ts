/**
 * The site built in parts, so a change rebuilds only the pages it touches.
 *
 * Pages fall in two groups by where they live under src/pages/:
 * - "national": the official DfE/Ofsted pages (councils/, regions/, data/official/), built from
 *   data/official/;
 * - "council": everything else, the council's in-depth layer (home, placement types,
 *   localities, charts, downloads, search, 404), built from the council's data folder.
 *
 * A part is one Astro run over some groups. It is made without touching src/: a small project
 * is written under .tmp/parts/<name>/ whose src/pages/ holds one-line wrappers that render the
 * site's own page files (same components, views, models and charts), and whose config is the
 * site's astro.config.mjs with that srcDir and its own caches (so parts can build side by side).
 * Each part's output is kept; mergeParts() links them into one folder, which is then indexed for
 * search and swapped in (scripts/lib/publish.ts).
 *
 * For the benchmark's SYNTHETIC England, a part may also hold many council layers: each
 * council's pages under /<slug>/ (see scripts/lib/layers.ts). The site itself has one council
 * layer, at the root.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { walk } from './dist.ts';

export type Group = 'council' | 'national';
export const GROUPS: readonly Group[] = ['council', 'national'];

/** Folders under src/pages/ whose pages come from data/official only. */
export const NATIONAL_DIRS = ['councils/', 'regions/', 'data/official/'];
/**
 * Page files and built files that belong to the national part: those folders, and the share cards
 * of the official pages (cards/councils-<slug>.png, cards/regions-<slug>.png, their own routes), so
 * the council's part never works out the official pages' views.
 */
export const NATIONAL_PREFIXES = [...NATIONAL_DIRS, 'cards/councils-', 'cards/regions-'];

export const groupOf = (page: string): Group => (NATIONAL_PREFIXES.some((d) => page.startsWith(d)) ? 'national' : 'council');

/** Page files (relative to src/pages, forward slashes) in the given groups. */
export function pageFiles(groups: readonly Group[], pagesDir = 'src/pages'): string[] {
  return walk(resolve(pagesDir))
    .filter((f) => /\.(astro|ts|js|md|mdx)$/.test(f) && !f.split('/').some((s) => s.startsWith('_')))
    .filter((f) => groups.includes(groupOf(f)));
}

export interface PartSpec {
  /** Folder name under .tmp/parts/ (one per part, reused). */
  name: string;
  groups: readonly Group[];
  /** Council layers built under /<slug>/ (SYNTHETIC benchmark only); without them, the council layer is at the root. */
  layers?: { slug: string; dir: string }[];
}

const hasStaticPaths = (src: string) => /export\s+(async\s+)?(function|const|let)\s+getStaticPaths\b/.test(src);
const q = (s: string) => JSON.stringify(s.split(sep).join('/'));

/** The wrapper that renders one page file of the site (or re-exports an endpoint). */
function wrapper(abs: string, layered: boolean, layersModule: string): string {
  const src = readFileSync(abs, 'utf8');
  const dynamic = hasStaticPaths(src);
  if (/\.(ts|js)$/.test(abs)) {
    if (!layered) return `export * from ${q(abs)};\n`;
    return [
      `import * as page from ${q(abs)};`,
      `import { layerPaths, enterLayer } from ${q(layersModule)};`,
      `export const getStaticPaths = (o) => layerPaths(${dynamic ? 'page.getStaticPaths' : 'undefined'}, o);`,
      `export const GET = (ctx) => { enterLayer(ctx.params.council); return page.GET(ctx); };`,
      '',
    ].join('\n');
  }
  const lines = ['---', `import Page from ${q(abs)};`];
  if (layered) {
    lines.push(`import { layerPaths, enterLayer } from ${q(layersModule)};`);
    if (dynamic) lines.push(`import { getStaticPaths as inner } from ${q(abs)};`);
    lines.push(`export const getStaticPaths = (o) => layerPaths(${dynamic ? 'inner' : 'undefined'}, o);`, 'enterLayer(Astro.params.council);');
  } else if (dynamic) lines.push(`export { getStaticPaths } from ${q(abs)};`);
  lines.push('---', '<Page {...Astro.props} />', '');
  return lines.join('\n');
}

/** Writes the part's project (wrappers, content config, Astro config); returns the config file. */
export function writePart(spec: PartSpec, root = resolve('.tmp/parts')): string {
  const dir = join(root, spec.name);
  const src = join(dir, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(src, 'pages'), { recursive: true });
  const layersModule = resolve('scripts/lib/layers.ts');
  for (const page of pageFiles(spec.groups)) {
    // The council's share cards are built once, at the root (for the first layer), not per layer.
    const layered = !!spec.layers && groupOf(page) === 'council' && !page.startsWith('cards/');
    const rel = layered ? `[council]/${page}` : page;
    // The layer's home page is /<slug>/; its 404 page would be /<slug>/404/, so only the root has one.
    if (layered && page === '404.astro') continue;
    const file = join(src, 'pages', rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, wrapper(resolve('src/pages', page), layered, layersModule));
  }
  if (spec.layers) {
    // One SYNTHETIC 404 page at the root, rendered for the first layer.
    const file = join(src, 'pages', '404.astro');
    writeFileSync(file, ['---', `import Page from ${q(resolve('src/pages/404.astro'))};`, `import { enterLayer, layers } from ${q(layersModule)};`, 'enterLayer(layers()[0].slug);', '---', '<Page />', ''].join('\n'));
  }
  writeFileSync(join(src, 'content.config.ts'), `export { collections } from ${q(resolve('src/content.config.ts'))};\n`);
  const config = join(dir, 'astro.config.mjs');
  writeFileSync(
    config,
    [
      `import site from ${q(resolve('astro.config.mjs'))};`,
      `export default {`,
      `  ...site,`,
      `  srcDir: ${q(src)},`,
      `  cacheDir: ${q(join(dir, 'cache'))},`,
      `  vite: { ...site.vite, cacheDir: ${q(join(dir, 'vite'))} },`,
      `};`,
      '',
    ].join('\n'),
  );
  return config;
}

export interface RunResult {
  code: number;
  output: string;
  ms: number;
  /** Peak resident memory (kB) and CPU time (user + system, ms) of the child and its children, where /usr/bin/time exists. */
  maxRssKb?: number;
  cpuMs?: number;
}

const TIME = '/usr/bin/time';

/**
 * Node options for every `astro build` (also in package.json's build script): a larger young
 * generation, so the many short-lived objects of rendering 200 pages are collected in fewer
 * scavenges (about 1 s of CPU less per national build here).
 */
export const ASTRO_NODE_OPTIONS = '--max-semi-space-size=64';
export const astroEnv = (): NodeJS.ProcessEnv => ({ NODE_OPTIONS: [process.env.NODE_OPTIONS, ASTRO_NODE_OPTIONS].filter(Boolean).join(' ') });

/** Runs a tool with the project's Node first on PATH; output is kept for error messages. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const t0 = performance.now();
  const timeFile = existsSync(TIME) ? join(tmpdir(), `run-time-${process.pid}-${Math.random().toString(36).slice(2)}`) : undefined;
  const [c, a] = timeFile ? [TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((done) => {
    const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
    const child = spawn(c, a, { env: { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const finish = (code: number) => {
      const r: RunResult = { code, output, ms: Math.round(performance.now() - t0) };
      if (timeFile && existsSync(timeFile)) {
        const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (m) Object.assign(r, { maxRssKb: Number(m[1]), cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000) });
        rmSync(timeFile, { force: true });
      }
      done(r);
    };
    child.on('close', (code) => finish(code ?? 1));
    child.on('error', (e) => {
      output += String(e);
      finish(1);
    });
  });
}

/**
 * Builds one part into outDir (replaced). env carries SITE_DATA_DIR and, for layers, SITE_LAYERS.
 * Astro is pointed at a folder inside the working folder and the result moved: for an outDir
 * outside it, Astro keeps its prerender chunks in the shared ./.astro/.prerender, which builds
 * running side by side would overwrite.
 */
export async function buildPart(spec: PartSpec, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const config = writePart(spec);
  const work = join(dirname(config), `out-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  let layersEnv: NodeJS.ProcessEnv = {};
  if (spec.layers) {
    const file = join(dirname(config), 'layers.json');
    writeFileSync(file, JSON.stringify(spec.layers));
    layersEnv = { SITE_LAYERS: file, SITE_DATA_DIR: spec.layers[0].dir };
  }
  const r = await run(resolve('node_modules/.bin/astro'), ['build', '--config', relative(process.cwd(), config), '--outDir', work], { ...astroEnv(), ...env, ...layersEnv });
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

/** Page URLs (below the base) listed in a part's sitemap.xml. */
const sitemapLocs = (dir: string) => {
  const f = join(dir, 'sitemap.xml');
  return existsSync(f) ? [...readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]) : [];
};

export interface MergeInput {
  dir: string;
  /** Path prefixes (relative, e.g. "synthetic-7/") this part owns: earlier parts' files there are dropped. */
  owns?: string[];
  /** Keep its search index files (a published build whose other layers' indexes stay valid). */
  index?: boolean;
}

/**
 * Merges part outputs into `into` (a fresh folder) with hard links (copies across file
 * systems). Later parts win; a part's `owns` prefixes drop earlier parts' files there, so a
 * council rebuilt on its own replaces all of its old pages. The sitemaps are joined.
 */
export function mergeParts(parts: MergeInput[], into: string): { files: number } {
  mkdirSync(into, { recursive: true });
  const chosen = new Map<string, string>();
  const locs = new Set<string>();
  parts.forEach((p, i) => {
    const later = parts.slice(i + 1).flatMap((q) => q.owns ?? []);
    for (const f of walk(p.dir)) {
      // The search index and its word list are made afresh for the merged site (never written into a kept part).
      if (f === 'sitemap.xml' || later.some((o) => f.startsWith(o))) continue;
      if (!p.index && (f === 'search-terms.json' || f.startsWith('pagefind/'))) continue;
      chosen.set(f, join(p.dir, f));
    }
    for (const l of sitemapLocs(p.dir)) if (!later.some((o) => new URL(l).pathname.includes(`/${o}`))) locs.add(l);
  });
  const made = new Set<string>();
  for (const [f, from] of chosen) {
    const to = join(into, f);
    const d = dirname(to);
    if (!made.has(d)) mkdirSync(d, { recursive: true }), made.add(d);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
  writeFileSync(join(into, 'sitemap.xml'), sitemapXml(locs));
  return { files: chosen.size + 1 };
}

/** The group a built file belongs to: official pages are national, hashed assets both, the rest the council's. */
export function outputGroups(file: string): Group[] {
  if (file.startsWith('_astro/')) return [...GROUPS];
  return [groupOf(file)];
}

/**
 * Splits a build of every group into one folder per group (hard links), as if each had been
 * built alone, sitemap included: a first publish builds once, later ones only what changed.
 */
export function splitByGroup(dir: string, into: Record<Group, string>): void {
  const locs: Record<Group, string[]> = { council: [], national: [] };
  for (const l of sitemapLocs(dir)) locs[NATIONAL_DIRS.some((d) => new URL(l).pathname.includes(`/${d}`)) ? 'national' : 'council'].push(l);
  for (const g of GROUPS) mkdirSync(into[g], { recursive: true });
  for (const f of walk(dir)) {
    if (f === 'sitemap.xml') continue;
    for (const g of outputGroups(f)) {
      const to = join(into[g], f);
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(join(dir, f), to);
      } catch {
        copyFileSync(join(dir, f), to);
      }
    }
  }
  for (const g of GROUPS) writeFileSync(join(into[g], 'sitemap.xml'), sitemapXml(locs[g]));
}

const sitemapXml = (locs: Iterable<string>) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
  [...locs].sort().map((u) => `  <url><loc>${u}</loc></url>`).join('\n') +
  '\n</urlset>\n';

/** Which groups a changed file can affect (paths relative to the working folder or absolute). */
export function groupsFor(changed: string[], dirs: { data: string; official: string; content: string }): Group[] {
  const out = new Set<Group>();
  const under = (f: string, d: string) => f.startsWith(resolve(d) + sep);
  for (const c of changed) {
    const f = resolve(c);
    // Official figures show on council pages too (comparisons, share cards): both parts.
    if (under(f, dirs.official)) GROUPS.forEach((g) => out.add(g));
    else if (under(f, dirs.data) || under(f, dirs.content)) {
      out.add('council');
      // council.json names the council, which every page's frame shows.
      if (f === join(resolve(dirs.data), 'council.json')) out.add('national');
    } else GROUPS.forEach((g) => out.add(g));
  }
  return GROUPS.filter((g) => out.has(g));
}

export const listDir = (d: string) => (existsSync(d) ? readdirSync(d) : []);

/**
 * Search for many council layers (the SYNTHETIC England): one Pagefind index per layer at
 * /<slug>/pagefind/ and one for the national pages at /pagefind/, with the words for "did you
 * mean" beside each, so a council's change re-indexes only its own layer. This is the design a
 * multi-council site would need: its search page would search its council's index merged
 * (Pagefind mergeIndex) with the national one. Runs in a child process (`node
 * scripts/lib/parts.ts index …`, so its CPU and memory are measured) that drives one Pagefind
 * service through Pagefind's Node API: no start-up per layer.
 */
export function indexLayers(dir: string, layers: { slug: string; dir: string }[], national: boolean): Promise<RunResult> {
  return run(process.execPath, [resolve('scripts/lib/parts.ts'), 'index', dir, national ? 'national' : '-', ...layers.map((l) => `${l.slug}=${l.dir}`)]);
}

async function indexLayersHere(dir: string, layers: { slug: string; dir: string }[], national: boolean): Promise<void> {
  const { buildSearch } = await import('../build-search.ts');
  const { dropUnused, shareRuntime } = await import('./pagefind-files.ts');
  const shared = join(dir, 'pagefind');
  if (national) {
    // The national pages: plain Pagefind over their folders (they have no council words to add).
    const pagefind = await import('pagefind');
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: dir, glob: `{${NATIONAL_DIRS.map((d) => d.replace(/\/$/, '')).join(',')}}/**/*.html` });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      const written = await index.writeFiles({ outputPath: shared });
      if (written.errors.length) throw new Error(written.errors.join('; '));
    } finally {
      await pagefind.close();
    }
    dropUnused(shared);
  }
  // Each layer as `npm run build` indexes a site (scripts/build-search.ts), from its own folder
  // and its council's data (so its result URLs are relative to /<slug>/). Its pages are new to
  // the cache of prepared pages, so that is skipped. The runtime (pagefind.js, WebAssembly) is
  // the national index's: a layer keeps only its own index files (scripts/lib/pagefind-files.ts).
  for (const l of layers) {
    process.env.SITE_DATA_DIR = l.dir;
    await buildSearch(join(dir, l.slug), () => {}, { cacheDir: false });
    shareRuntime(join(dir, l.slug, 'pagefind'), shared);
  }
}

// `node scripts/lib/parts.ts index <dir> national|- <slug>=<data dir>…` (see indexLayers).
if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/lib/parts.ts') && process.argv[2] === 'index') {
  const [dir, national, ...pairs] = process.argv.slice(3);
  await indexLayersHere(dir, pairs.map((p) => ({ slug: p.slice(0, p.indexOf('=')), dir: p.slice(p.indexOf('=') + 1) })), national === 'national');
}
