/**
 * What Pagefind reads of each page (src/search/index-html.ts `prepareForIndex`), kept between
 * runs and keyed by a hash of the page's HTML, its extra search words and the preparing code: a
 * publish after one council's change re-reads only the pages that changed, not every page of the
 * merged site (parsing the HTML is most of the indexing time). A key never goes stale: any change
 * to the page, its words or the code that prepares it is a new key.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareForIndex, type ExtraBlock, type PreparedPage } from '../../src/search/index-html.ts';

/** SEARCH_PAGES_CACHE moves it (the benchmark's cold builds start from an empty one). */
export const PREPARED_CACHE = process.env.SEARCH_PAGES_CACHE ?? join('node_modules', '.cache', 'search-pages');

/** Entries kept beyond this many are dropped when not used by the latest run. */
const KEEP = 4000;

// The code that decides what is indexed: a change to it makes every key new.
const CODE = ['../../src/search/index-html.ts', '../../node_modules/node-html-parser/package.json']
  .map((f) => readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8'))
  .join('\0');

export class PreparedPages {
  /** Pages prepared this run (not found in the cache). */
  prepared = 0;
  /** Pages read back from the cache. */
  reused = 0;
  private used = new Set<string>();
  private dir: string | undefined;

  /** Without a folder, every page is prepared and nothing is kept. */
  constructor(dir?: string) {
    this.dir = dir;
  }

  prepare(html: string, extra: ExtraBlock[] = []): PreparedPage {
    if (!this.dir) {
      this.prepared++;
      return prepareForIndex(html, extra);
    }
    const key = createHash('sha256').update(CODE).update('\0').update(JSON.stringify(extra)).update('\0').update(html).digest('hex').slice(0, 40);
    this.used.add(key);
    const file = join(this.dir, `${key}.json`);
    if (existsSync(file)) {
      try {
        const page = JSON.parse(readFileSync(file, 'utf8')) as PreparedPage;
        this.reused++;
        return page;
      } catch {
        // A torn or foreign file: prepare the page again and replace it.
      }
    }
    const page = prepareForIndex(html, extra);
    this.prepared++;
    mkdirSync(this.dir, { recursive: true });
    // Written beside and renamed, so a reader running at the same time never sees half a file.
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify(page));
    renameSync(tmp, file);
    return page;
  }

  /** Keeps the cache bounded: past KEEP entries, those the latest run did not use go. */
  prune(): void {
    if (!this.dir || !existsSync(this.dir)) return;
    const all = readdirSync(this.dir);
    if (all.length <= KEEP) return;
    for (const f of all) if (!this.used.has(f.replace(/\.json$/, ''))) rmSync(join(this.dir, f), { force: true });
  }
}
