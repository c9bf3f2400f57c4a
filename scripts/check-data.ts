/**
 * Validates every council folder under data/councils/ (or the folders named on the command line)
 * and applies the disclosure guard. Exit status 1, with file and JSON path for each
 * problem, when anything is wrong. Runs before every build, so bad data never reaches dist/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCouncilData, readJsonFile } from '../src/data/load.ts';
import { DataError, type DataIssue } from '../src/data/data-error.ts';
import { SearchWords, SITE_WORDS_FILE } from '../src/data/schemas/search.ts';
import { buildModel } from '../src/data/model.ts';

const args = process.argv.slice(2);
const dirs = args.length
  ? args
  : process.env.SITE_DATA_DIR
    ? [process.env.SITE_DATA_DIR]
    : readdirSync(join('data', 'councils'), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join('data', 'councils', d.name, 'council.json')))
        .map((d) => join('data', 'councils', d.name));

let failed = false;
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
if (!dirs.length) {
  console.error('data/councils/: no council folder found (expected data/councils/<slug>/council.json)');
  failed = true;
}
process.exit(failed ? 1 : 0);
