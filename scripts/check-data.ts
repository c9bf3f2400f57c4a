/**
 * Validates the site file (data/site/site.json, or SITE_CONFIG), every council folder it lists (or
 * the folders named on the command line), every council's checked routes, and applies the disclosure guard. Exit status 1, with file and JSON path for each
 * problem, when anything is wrong. Runs before every build, so bad data never reaches dist/.
 */
import { relative } from 'node:path';
import { loadCouncilData, readJsonFile } from '../src/data/load.ts';
import { DataError, type DataIssue } from '../src/data/data-error.ts';
import { SearchWords, SITE_WORDS_FILE } from '../src/data/schemas/search.ts';
import { buildModel } from '../src/data/model.ts';

import { readSite, siteFile } from '../src/data/site-config.ts';
import { councilRoutes, COUNCIL_ROUTES_FILE } from '../src/data/council-routes.ts';

let failed = false;
const args = process.argv.slice(2);
let dirs: string[] = args;
if (!args.length) {
  try {
    const site = readSite(siteFile());
    dirs = site.councils.map((c) => c.dir);
    console.log(`${relative(process.cwd(), siteFile())}: valid: ${site.councils.length} councils covered in depth (${site.councils.map((c) => c.slug).join(', ') || 'none'})`);
    // A publishing build never carries made-up data.
    const synthetic = site.councils.filter((c) => c.synthetic);
    if (synthetic.length && process.env.LOCAL_PREVIEW !== '1') {
      failed = true;
      console.error(`${relative(process.cwd(), siteFile())}: councils: ${synthetic.map((c) => c.slug).join(', ')} ${synthetic.length === 1 ? 'is' : 'are'} synthetic (test data): build it locally (npm run build:local), never for publishing`);
    }
  } catch (e) {
    failed = true;
    console.error((e as Error).message);
  }
}
try {
  console.log(`${COUNCIL_ROUTES_FILE}: valid: ${councilRoutes().size} councils with checked routes`);
} catch (e) {
  failed = true;
  console.error((e as Error).message);
}
for (const dir of dirs) {
  try {
    const rel = relative(process.cwd(), dir).replaceAll('\\', '/');
    const label = rel && !rel.startsWith('..') ? rel : dir;
    const m = buildModel(loadCouncilData(dir, { label }), { label });
    console.log(
      `${dir}: valid: ${m.measures.length} measures, ${m.observations.all.length} observations, ${m.needs.length} needs, ${m.provision.length} provision records, ` +
        `${m.priorities.length} priorities, ${m.marketNeeds.length} market needs, ${m.finance.length} finance lines`,
    );
  } catch (e) {
    failed = true;
    console.error((e as Error).message);
  }
}
// The site-wide search words (synonyms, question words), the same for every council.
const wordIssues: DataIssue[] = [];
if (readJsonFile(SITE_WORDS_FILE, SITE_WORDS_FILE, SearchWords, wordIssues)) console.log(`${SITE_WORDS_FILE}: valid`);
else {
  failed = true;
  console.error(new DataError(wordIssues).message);
}
process.exit(failed ? 1 : 0);
