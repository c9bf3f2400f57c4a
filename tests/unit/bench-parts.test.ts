/**
 * The site in parts (scripts/lib/parts.ts), as publish, watch and the benchmark use it: which
 * pages each part builds, which parts a change touches, how parts are merged, and the
 * SYNTHETIC England generator.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupOf, groupsFor, mergeParts, outputGroups, pageFiles, splitByGroup, writePart } from '../../scripts/lib/parts.ts';
import { generateEngland } from '../../scripts/synthetic.ts';
import { walk } from '../../scripts/lib/dist.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bench-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('page groups', () => {
  it('puts the official pages in the national part and everything else in the council part', () => {
    expect(groupOf('councils/[slug].astro')).toBe('national');
    expect(groupOf('regions/index.astro')).toBe('national');
    expect(groupOf('data/official/areas.csv.ts')).toBe('national');
    expect(groupOf('data/[file].csv.ts')).toBe('council');
    expect(groupOf('index.astro')).toBe('council');
    const all = pageFiles(['council', 'national']);
    expect(pageFiles(['council']).length + pageFiles(['national']).length).toBe(all.length);
    expect(all).toContain('404.astro');
    expect(all).not.toContain('charts/[id].png.ts');
  });

  it('builds the official pages’ share cards with the official pages, the council’s with the council’s', () => {
    expect(groupOf('cards/[card].png.ts')).toBe('council');
    expect(groupOf('cards/councils-[slug].png.ts')).toBe('national');
    expect(groupOf('cards/regions-[slug].png.ts')).toBe('national');
    expect(pageFiles(['council']).filter((f) => f.startsWith('cards/'))).toEqual(['cards/[card].png.ts']);
    expect(pageFiles(['national']).filter((f) => f.startsWith('cards/')).sort()).toEqual(['cards/councils-[slug].png.ts', 'cards/regions-[slug].png.ts']);
    expect(outputGroups('cards/councils-dorset.png')).toEqual(['national']);
    expect(outputGroups('cards/regions-london.png')).toEqual(['national']);
    expect(outputGroups('cards/placement-types-childrens-homes.png')).toEqual(['council']);
    // The council's card route never reads the official model (so never works out official views).
    const route = readFileSync('src/pages/cards/[card].png.ts', 'utf8');
    expect(route).not.toContain('getOfficial');
  });

  it('rebuilds only the parts a change touches', () => {
    const dirs = { data: 'data/councils/dorset', official: 'data/official', content: 'content' };
    expect(groupsFor(['data/councils/dorset/placement-types.json'], dirs)).toEqual(['council']);
    expect(groupsFor(['data/councils/dorset/observations/sp-2024.json', 'content/councils/dorset/fostering.mdx'], dirs)).toEqual(['council']);
    // The council's name is in every page's frame.
    expect(groupsFor(['data/councils/dorset/council.json'], dirs)).toEqual(['council', 'national']);
    // Official figures also show on the council's pages (comparisons, share cards).
    expect(groupsFor(['data/official/observations/children-looked-after.json'], dirs)).toEqual(['council', 'national']);
    expect(groupsFor(['src/views/home.ts'], dirs)).toEqual(['council', 'national']);
  });
});

describe('part projects', () => {
  it('wrap the site’s own page files, dynamic ones with their paths, and never copy them', () => {
    const config = writePart({ name: 'unit-council', groups: ['council'] }, join(tmp, 'parts'));
    const src = join(tmp, 'parts', 'unit-council', 'src');
    const home = readFileSync(join(src, 'pages', 'index.astro'), 'utf8');
    expect(home).toMatch(/import Page from ".*\/src\/pages\/index\.astro"/);
    expect(home).not.toContain('getStaticPaths');
    expect(readFileSync(join(src, 'pages', 'placement-types', '[id].astro'), 'utf8')).toMatch(/export \{ getStaticPaths \} from ".*\/src\/pages\/placement-types\/\[id\]\.astro"/);
    expect(readFileSync(join(src, 'pages', 'charts', '[id].svg.ts'), 'utf8')).toMatch(/^export \* from ".*\/src\/pages\/charts\/\[id\]\.svg\.ts";/);
    expect(existsSync(join(src, 'pages', 'councils'))).toBe(false);
    expect(readFileSync(join(src, 'content.config.ts'), 'utf8')).toContain('/src/content.config.ts');
    expect(readFileSync(config, 'utf8')).toContain('srcDir');
  });

  it('put each SYNTHETIC council layer under /<slug>/ and keep one 404 page at the root', () => {
    writePart({ name: 'unit-layers', groups: ['council', 'national'], layers: [{ slug: 's-1', dir: '/x' }] }, join(tmp, 'parts'));
    const pages = join(tmp, 'parts', 'unit-layers', 'src', 'pages');
    expect(readFileSync(join(pages, '[council]', 'placement-types', '[id].astro'), 'utf8')).toContain('layerPaths(inner, o)');
    expect(readFileSync(join(pages, '[council]', 'index.astro'), 'utf8')).toContain('enterLayer(Astro.params.council)');
    expect(existsSync(join(pages, '[council]', '404.astro'))).toBe(false);
    expect(existsSync(join(pages, '404.astro'))).toBe(true);
    expect(existsSync(join(pages, 'councils', '[slug].astro'))).toBe(true);
  });
});

describe('merging parts', () => {
  const part = (name: string, files: Record<string, string>, locs: string[]) => {
    const dir = join(tmp, name);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    writeFileSync(join(dir, 'sitemap.xml'), locs.map((l) => `<url><loc>http://x.test/${l}</loc></url>`).join('\n'));
    return dir;
  };

  it('links every part, later parts replacing what they own, joins the sitemaps and leaves the search index out', () => {
    const bulk = part('bulk', { 'a/index.html': 'old a', 'a/gone/index.html': 'gone', 'b/index.html': 'b', 'pagefind/x.pf': 'old index', '_astro/s.css': 'css' }, ['a/', 'a/gone/', 'b/']);
    const one = part('one', { 'a/index.html': 'new a', '_astro/s.css': 'css' }, ['a/']);
    const into = join(tmp, 'merged');
    mergeParts([{ dir: bulk }, { dir: one, owns: ['a/'] }], into);
    expect(walk(into)).toEqual(['_astro/s.css', 'a/index.html', 'b/index.html', 'sitemap.xml']);
    expect(readFileSync(join(into, 'a/index.html'), 'utf8')).toBe('new a');
    // Hard links: no copy of the bytes.
    expect(statSync(join(into, 'b/index.html')).ino).toBe(statSync(join(bulk, 'b/index.html')).ino);
    const sitemap = readFileSync(join(into, 'sitemap.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)/g)].map((m) => m[1])).toEqual(['http://x.test/a/', 'http://x.test/b/']);
  });
});

describe('splitting a whole build into parts', () => {
  it('gives the official pages to the national part, hashed assets to both, the rest to the council part, sitemaps split', () => {
    const whole = join(tmp, 'whole');
    const files: Record<string, string> = { 'index.html': 'home', 'councils/x/index.html': 'x', 'regions/index.html': 'r', '_astro/s.css': 'css', 'favicon.svg': 'icon' };
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(whole, f, '..'), { recursive: true });
      writeFileSync(join(whole, f), text);
    }
    writeFileSync(join(whole, 'sitemap.xml'), ['', 'councils/x/', 'regions/'].map((l) => `<url><loc>http://x.test/${l}</loc></url>`).join('\n'));
    const into = { council: join(tmp, 'split-council'), national: join(tmp, 'split-national') };
    splitByGroup(whole, into);
    expect(walk(into.council)).toEqual(['_astro/s.css', 'favicon.svg', 'index.html', 'sitemap.xml']);
    expect(walk(into.national)).toEqual(['_astro/s.css', 'councils/x/index.html', 'regions/index.html', 'sitemap.xml']);
    expect(readFileSync(join(into.national, 'sitemap.xml'), 'utf8')).toContain('http://x.test/councils/x/');
    expect(readFileSync(join(into.national, 'sitemap.xml'), 'utf8')).not.toContain('<loc>http://x.test/</loc>');
    // Merged again, they are the whole build.
    const merged = join(tmp, 'split-merged');
    mergeParts([{ dir: into.council }, { dir: into.national }], merged);
    expect(walk(merged)).toEqual(walk(whole));
  });
});

describe('SYNTHETIC England', () => {
  it('writes one Dorset-sized folder per council, each named SYNTHETIC, with its prose, never under data/', () => {
    const e = generateEngland(3, join(tmp, 'england'));
    expect(e.councils.map((c) => c.slug)).toEqual(['synthetic-1', 'synthetic-2', 'synthetic-3']);
    for (const c of e.councils) {
      const council = JSON.parse(readFileSync(join(c.dir, 'council.json'), 'utf8'));
      expect(council.slug).toBe(c.slug);
      expect(council.names.full).toMatch(/^SYNTHETIC Council \d+ /);
      expect(council.names.short).toMatch(/^SYNTHETIC /);
      expect(existsSync(join(c.dir, 'content', 'fostering.mdx'))).toBe(true);
    }
    expect(() => generateEngland(1, 'data/england')).toThrow(/never be written under data/);
  });
});
