/**
 * `npm run watch`: publish the portal, then re-publish whenever a file in data/ (the site file,
 * council routes, official data), a council's data folder, or content/ changes (debounced).
 * Each run validates, builds the whole portal, indexes it for search and only then swaps it in
 * (scripts/lib/publish.ts). A failed run prints the error (file, JSON path, expectation) and the
 * last good site stays published and served.
 *
 * Usage: node scripts/watch.ts [--site data/site/site.json] [--data data/councils/<slug>] [--content content] [--out .tmp/site]
 *                              [--port 4322 | --no-serve] [--debounce 300]
 */
import { officialDir } from '../src/data/official/model.ts';
import { readSite, siteFile } from '../src/data/site-config.ts';
import { existsSync } from 'node:fs';
import { watch } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

// watch serves on this computer: a local address is right here (a publishing build needs SITE_URL).
process.env.LOCAL_PREVIEW ??= '1';
import { publish } from './lib/publish.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    data: { type: 'string' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '.tmp/site' },
    port: { type: 'string', default: '4322' },
    'no-serve': { type: 'boolean', default: false },
    debounce: { type: 'string', default: '300' },
  },
});
const site = values.site ?? siteFile();
const dataDirs = values.data ? [values.data] : readSite(resolve(site)).councils.map((c) => c.dir);
const out = values.out!;
const debounceMs = Number(values.debounce);
const stamp = () => new Date().toISOString().slice(11, 19);
const say = (line: string) => console.log(`[watch ${stamp()}] ${line}`);

let running = false;
/** A change seen while a run was building: one more run follows. */
let pending = false;
let changed: string[] = [];

async function run(reason: string) {
  if (running) {
    pending = true;
    return;
  }
  running = true;
  say(`${reason}: validating and building`);
  const r = await publish({ site, dataDir: values.data, out, log: say });
  if (r.ok)
    say(
      `published ${out} in ${r.ms} ms (${r.pages} pages; validate ${r.steps.validate}, astro ${r.steps.astro}, ` +
        `pagefind ${r.steps.pagefind}, swap ${r.steps.swap} ms; CPU of astro and search ${r.cpuMs} ms)`,
    );
  else console.error(`[watch ${stamp()}] not published (${r.stage} failed); the last good site stays published:\n${r.error}`);
  running = false;
  if (pending) {
    pending = false;
    void run('changed while building');
  }
}

let timer: NodeJS.Timeout | undefined;
function onChange(dir: string, file: string | null) {
  changed.push(file ? `${dir}/${file}` : dir);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const files = [...new Set(changed)];
    changed = [];
    void run(`changed: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`);
  }, debounceMs);
}

const watched = [...new Set([...dataDirs, values.content!, officialDir(), 'data/site'])];
const watchers = watched
  .filter((dir) => existsSync(dir))
  .map((dir) => watch(resolve(dir), { recursive: true }, (_e, f) => onChange(dir, f)));

let server: ChildProcess | undefined;
if (!values['no-serve']) {
  server = spawn(process.execPath, ['scripts/serve-static.ts', out, values.port!], { stdio: 'inherit' });
}
const stop = () => {
  watchers.forEach((w) => w.close());
  server?.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

say(`watching ${watched.join(', ')} (debounce ${debounceMs} ms)`);
await run('start');
