/**
 * Validate, build, index and atomically publish the portal.
 * Usage: node scripts/publish.ts [--site data/site/site.json] [--data data/councils/<slug>] [--out .tmp/site]
 * (--data builds that folder in place of the site file's council of the same slug.)
 * Exit status 1 with the error (file, JSON path, expectation) when anything fails; the
 * published site is then untouched.
 */
import { parseArgs } from 'node:util';
import { publish } from './lib/publish.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' } } });
const out = values.out ?? '.tmp/site';
const r = await publish({ site: values.site, dataDir: values.data, out, log: (l) => console.log(l) });
if (r.ok) {
  console.log(`published ${out} -> ${r.dir} in ${r.ms} ms (${r.pages} pages; ${Object.entries(r.steps).map(([k, v]) => `${k} ${v}`).join(', ')} ms; CPU of astro and search ${r.cpuMs} ms)`);
} else {
  console.error(`not published (${r.stage} failed); ${out} is unchanged:\n${r.error}`);
  process.exitCode = 1;
}
