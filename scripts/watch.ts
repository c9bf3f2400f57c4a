/**
 * `npm run watch`: publish the site, then re-publish whenever a file in the council's data
 * folder, content/ or data/official/ changes (debounced). Only the parts a change touches are
 * rebuilt (scripts/lib/parts.ts): an edit to the council's data rebuilds its own pages, not the
 * 165 official national pages; council.json (shown in every page's frame) and data/official
 * (compared on the council's pages, and in share cards) rebuild both parts. Each run validates,
 * builds, links the parts into a fresh folder, indexes it for search and only then swaps it in
 * (scripts/lib/publish.ts). A failed run prints the
 * error (file, JSON path, expectation) and the last good site stays published and served.
 *
 * Usage: node scripts/watch.ts [--data data/councils/<slug>] [--content content] [--out .tmp/site]
 *                              [--port 4322 | --no-serve] [--debounce 300]
 */
import { dataDir as defaultDataDir } from '../src/data/model.ts';
import { officialDir } from '../src/data/official/model.ts';
import { existsSync } from 'node:fs';
import { groupsFor, GROUPS, type Group } from './lib/parts.ts';
import { watch } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

// watch serves on this computer: a local address is right here (a publishing build needs SITE_URL).
process.env.LOCAL_PREVIEW ??= '1';
import { publish } from './lib/publish.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '.tmp/site' },
    port: { type: 'string', default: '4322' },
    'no-serve': { type: 'boolean', default: false },
    debounce: { type: 'string', default: '300' },
  },
});
const dataDir = values.data ?? defaultDataDir();
const out = values.out!;
const debounceMs = Number(values.debounce);
const stamp = () => new Date().toISOString().slice(11, 19);
const say = (line: string) => console.log(`[watch ${stamp()}] ${line}`);

const dirs = { data: dataDir, official: officialDir(), content: values.content! };

let running = false;
/** Parts asked for while a run was building: they run next. */
let pending = new Set<Group>();
let changed: string[] = [];

async function run(reason: string, groups: readonly Group[]) {
  if (running) {
    groups.forEach((g) => pending.add(g));
    return;
  }
  running = true;
  say(`${reason}: validating and building`);
  const r = await publish({ dataDir, out, groups, log: say });
  if (r.ok)
    say(
      `published ${out} in ${r.ms} ms (${r.built.join(' + ')} rebuilt, ${r.pages} pages; validate ${r.steps.validate}, astro ${r.steps.astro}, merge ${r.steps.merge}, ` +
        `pagefind ${r.steps.pagefind}, swap ${r.steps.swap} ms; CPU of astro and search ${r.cpuMs} ms)`,
    );
  else console.error(`[watch ${stamp()}] not published (${r.stage} failed); the last good site stays published:\n${r.error}`);
  running = false;
  if (pending.size) {
    const next = GROUPS.filter((g) => pending.has(g));
    pending = new Set();
    void run('changed while building', next);
  }
}

let timer: NodeJS.Timeout | undefined;
function onChange(dir: string, file: string | null) {
  changed.push(file ? `${dir}/${file}` : dir);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const files = [...new Set(changed)];
    changed = [];
    void run(`changed: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`, groupsFor(files, dirs));
  }, debounceMs);
}

const watchers = [dataDir, values.content!, dirs.official]
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

say(`watching ${dataDir}, ${values.content} and ${dirs.official} (debounce ${debounceMs} ms)`);
await run('start', GROUPS);
