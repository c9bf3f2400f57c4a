/**
 * Validate, build (both parts, see scripts/lib/parts.ts), index and atomically publish the site.
 * Usage: node scripts/publish.ts [--data data/councils/<slug>] [--out .tmp/site]
 * Exit status 1 with the error (file, JSON path, expectation) when anything fails; the
 * published site is then untouched.
 */
import { dataDir as defaultDataDir } from '../src/data/model.ts';
import { parseArgs } from 'node:util';
import { publish } from './lib/publish.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const dataDir = values.data ?? defaultDataDir();
const out = values.out ?? '.tmp/site';
const r = await publish({ dataDir, out, log: (l) => console.log(l) });
if (r.ok) {
  console.log(`published ${out} -> ${r.dir} in ${r.ms} ms (${r.pages} pages; ${Object.entries(r.steps).map(([k, v]) => `${k} ${v}`).join(', ')} ms; CPU of astro and search ${r.cpuMs} ms)`);
} else {
  console.error(`not published (${r.stage} failed); ${out} is unchanged:\n${r.error}`);
  process.exitCode = 1;
}
