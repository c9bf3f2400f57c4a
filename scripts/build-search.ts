/**
 * After Astro: builds the search index of a built site with Pagefind's Node API, from each page as
 * src/search/index-html.ts prepares it (tables as sentences, towns and villages on locality pages,
 * words a page answers to), and writes <dist>/search-terms.json, what the search page needs to read a
 * query: the site's words (to correct spelling) and the synonyms (data/site/search-words.json and the
 * search-terms.json of each council the site file covers in depth). The pages themselves are not changed.
 * Usage: node scripts/build-search.ts [dist]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from './lib/dist.ts';
import { folderLabel, loadCouncilData, readJsonFile } from '../src/data/load.ts';
import { inDepthCouncils } from '../src/data/site-config.ts';
import { DataError, type DataIssue } from '../src/data/data-error.ts';
import { SearchWords, SITE_WORDS_FILE } from '../src/data/schemas/search.ts';
import { OPTIONAL_FILES } from '../src/data/schemas/index.ts';
import { PreparedPages, PREPARED_CACHE } from './lib/prepared-pages.ts';
import { dropUnused } from './lib/pagefind-files.ts';
import { clientTerms, extraBlocks, unusedMeanings } from '../src/search/terms.ts';
import { words } from '../src/site/spelling.ts';

export interface BuildSearchOptions {
  /** Where prepared pages are kept between runs (scripts/lib/prepared-pages.ts); false: not kept. */
  cacheDir?: string | false;
}

export async function buildSearch(root: string, log: (s: string) => void = console.log, opts: BuildSearchOptions = {}) {
  const issues: DataIssue[] = [];
  const site = readJsonFile(SITE_WORDS_FILE, SITE_WORDS_FILE, SearchWords, issues);
  if (!site) throw new DataError(issues);
  // Every council covered in depth adds its own words: places on its locality pages, words its pages answer to, synonyms.
  const raws = inDepthCouncils().map((c) => {
    const label = folderLabel(c.abs);
    return { label, raw: loadCouncilData(c.abs, { label }) };
  });
  const extra = new Map(raws.flatMap(({ raw }) => [...extraBlocks(raw)]));

  const files = htmlFiles(root);
  const pages = new Set(files.map((f) => f.replace(/index\.html$/, '')));
  for (const { label, raw } of raws)
    (raw.searchTerms?.pages ?? []).forEach((p, i) => {
      if (!pages.has(`councils/${raw.council.slug}/${p.page}`))
        issues.push({ file: `${label}/${OPTIONAL_FILES.searchTerms.file}`, path: `pages[${i}].page`, message: `no page "${p.page}" was built under /councils/${raw.council.slug}/ (expected a path such as "providers/")` });
    });
  if (issues.length) throw new DataError(issues);

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const counts = new Map<string, number>();
  let indexed = 0;
  const prepared = new PreparedPages(opts.cacheDir === false ? undefined : (opts.cacheDir ?? PREPARED_CACHE));
  // Pagefind indexes in its own process: hand it each page and go on preparing the next, so both cores
  // work; a few pages in flight at most, so memory stays flat on a large site.
  const inFlight = new Set<Promise<void>>();
  const failed: string[] = [];
  for (const file of files) {
    if (failed.length) break;
    const page = prepared.prepare(readFileSync(join(root, file), 'utf8'), extra.get(file.replace(/index\.html$/, '')));
    if (!page.indexed) continue;
    const job: Promise<void> = index.addHTMLFile({ sourcePath: file, content: page.html }).then(
      (r) => {
        inFlight.delete(job);
        if (r.errors.length) failed.push(`Pagefind could not index ${file}: ${r.errors.join('; ')}`);
      },
      (e: Error) => {
        inFlight.delete(job);
        failed.push(`Pagefind could not index ${file}: ${e.message}`);
      },
    );
    inFlight.add(job);
    if (inFlight.size >= 8) await Promise.race(inFlight);
    indexed++;
    for (const w of words(page.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  await Promise.all(inFlight);
  if (failed.length) throw new Error(failed.join('\n'));
  rmSync(join(root, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  dropUnused(join(root, 'pagefind'));
  prepared.prune();

  const terms = clientTerms(counts, site, { searchTerms: { places: [], pages: [], synonyms: raws.flatMap(({ raw }) => raw.searchTerms?.synonyms ?? []) } as never });
  writeFileSync(join(root, 'search-terms.json'), JSON.stringify(terms));
  log(`search: indexed ${indexed} pages (${prepared.prepared} prepared, ${prepared.reused} unchanged); search-terms.json: ${terms.words.split(' ').length} words, ${terms.synonyms.length} synonyms`);
  const unused = unusedMeanings(terms);
  if (unused.length) log(`search: synonyms meaning words no page uses (they find nothing on this site): ${unused.join('; ')}`);
  return { indexed, prepared: prepared.prepared, reused: prepared.reused, terms, unused };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildSearch(process.argv[2] ?? 'dist');
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
