/**
 * scripts/build-search.ts keeps what Pagefind reads of each page between runs
 * (scripts/lib/prepared-pages.ts): a publish after one change re-reads only the changed pages,
 * and the index it writes is the same as one made from scratch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearch } from '../../scripts/build-search.ts';
import { walk } from '../../scripts/lib/dist.ts';
import { shareRuntime } from '../../scripts/lib/pagefind-files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'search-build-'));
// A site file covering only the synthetic council: its words are the ones the index adds.
const before = process.env.SITE_CONFIG;
beforeAll(() => {
  const file = join(tmp, 'site.json');
  const site = JSON.parse(readFileSync('tests/fixtures/site/site.json', 'utf8'));
  writeFileSync(file, JSON.stringify({ ...site, councils: site.councils.filter((c: { synthetic?: boolean }) => c.synthetic) }));
  process.env.SITE_CONFIG = file;
});
afterAll(() => {
  if (before === undefined) delete process.env.SITE_CONFIG;
  else process.env.SITE_CONFIG = before;
  rmSync(tmp, { recursive: true, force: true });
});

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1>` +
  `<svg viewBox="0 0 10 10"><text>chart words</text></svg><table><caption>Beds</caption><tr><th>Homes</th><td>${body}</td></tr></table></main></body></html>`;

function site(dir: string, pages: Record<string, string>) {
  for (const [p, html] of Object.entries(pages)) {
    mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, p, 'index.html'), html);
  }
}

/** Every file of the search index with its hash. */
const indexFiles = (dir: string) => walk(join(dir, 'pagefind')).map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, 'pagefind', f))).digest('hex')}`);

describe('search index after a change', () => {
  const cache = join(tmp, 'cache');
  const dir = join(tmp, 'site');
  const pages = { '': page('Home', '12 places'), 'a/': page('Fostering', '3 places'), 'b/': page('Residential', '7 places') };
  const quiet = () => {};

  it('prepares every page the first time, none when nothing changed, and only the changed page after an edit', async () => {
    site(dir, pages);
    expect(await buildSearch(dir, quiet, { cacheDir: cache })).toMatchObject({ indexed: 3, prepared: 3, reused: 0 });
    expect(await buildSearch(dir, quiet, { cacheDir: cache })).toMatchObject({ indexed: 3, prepared: 0, reused: 3 });
    site(dir, { 'a/': page('Fostering', '4 zebracorn places') });
    const r = await buildSearch(dir, quiet, { cacheDir: cache });
    expect(r).toMatchObject({ indexed: 3, prepared: 1, reused: 2 });
    expect(r.terms.words.split(' ')).toContain('zebracorn');
  });

  it('writes the same index from kept pages as from scratch', async () => {
    const fresh = join(tmp, 'fresh');
    cpSync(dir, fresh, { recursive: true });
    await buildSearch(dir, () => {}, { cacheDir: cache });
    await buildSearch(fresh, () => {}, { cacheDir: join(tmp, 'empty-cache') });
    expect(indexFiles(dir).length).toBeGreaterThan(5);
    expect(indexFiles(dir)).toEqual(indexFiles(fresh));
  });
});

describe('Pagefind files the site needs', () => {
  const dir = join(tmp, 'files');

  it('keeps the search runtime and the index, not the prebuilt UIs or other languages’ WebAssembly', async () => {
    site(dir, { '': page('Home', '1 place') });
    await buildSearch(dir, () => {}, { cacheDir: false });
    const top = readdirSync(join(dir, 'pagefind')).filter((f) => !/\.pf_meta$/.test(f)).sort();
    expect(top).toEqual(['fragment', 'index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js', 'wasm.en-gb.pagefind']);
  });

  it('lets an index share the runtime another index holds byte for byte, and keeps what differs', () => {
    const layer = join(tmp, 'layer');
    cpSync(join(dir, 'pagefind'), layer, { recursive: true });
    writeFileSync(join(layer, 'pagefind-worker.js'), '// another version');
    expect(shareRuntime(layer, join(dir, 'pagefind')).sort()).toEqual(['pagefind.js', 'wasm.en-gb.pagefind']);
    expect(existsSync(join(layer, 'pagefind-worker.js'))).toBe(true);
    expect(existsSync(join(layer, 'pagefind-entry.json'))).toBe(true);
    expect(readdirSync(join(layer, 'fragment')).length).toBeGreaterThan(0);
  });
});
