/** The link and size gates fail on the problems they exist to catch (fixture sites in a temp folder). */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkLinks } from '../../scripts/lib/links.ts';
import { checkBudgets, staticImports } from '../../scripts/lib/size.ts';

let root = '';
const site = (files: Record<string, string | Buffer>, base = '/') => {
  root = mkdtempSync(join(tmpdir(), 'gate-site-'));
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), body);
  }
  return { root, base, origin: 'https://example.org' };
};
const sitemap = (...paths: string[]) =>
  `<?xml version="1.0"?><urlset>${paths.map((p) => `<url><loc>https://example.org${p}</loc></url>`).join('')}</urlset>`;
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe('link gate', () => {
  it('passes a site whose links, anchors and sitemap agree', () => {
    const opts = site({
      'sitemap.xml': sitemap('/', '/a/'),
      'index.html': page('<a href="/a/#x">a</a> <a href="a/">a</a> <a href="https://gov.uk/" rel="license noopener noreferrer">g</a> <a href="mailto:x@example.org">m</a>'),
      'a/index.html': page('<h2 id="x">X</h2><a href="../">home</a><a href="#x">self</a>'),
      '404.html': page('<a href="/">home</a>'),
    });
    expect(checkLinks(opts).problems).toEqual([]);
  });
  it('reports broken links, broken anchors, unsafe external links, foreign scripts and sitemap gaps', () => {
    const opts = site({
      'sitemap.xml': sitemap('/', '/gone/'),
      'index.html': page(
        '<a href="/missing/">m</a><a href="/a/#nope">n</a><a href="#top">t</a><a href="https://evil.example/">e</a><a href="javascript:alert(1)">j</a>',
        '<script src="https://cdn.example/x.js"></script>',
      ),
      'a/index.html': page('<p id="x">x</p>'),
    });
    const p = checkLinks(opts).problems.join('\n');
    expect(p).toMatch(/index\.html: <a href="\/missing\/">: broken link/);
    expect(p).toMatch(/broken anchor \(no id "nope" in a\/index\.html\)/);
    expect(p).toMatch(/broken anchor \(no id "top" in index\.html\)/);
    expect(p).toMatch(/https:\/\/evil\.example\/.*without rel="noopener noreferrer"/);
    expect(p).toMatch(/"javascript:" links are not allowed/);
    expect(p).toMatch(/loads from another site \(https:\/\/cdn\.example\/x\.js\)/);
    expect(p).toMatch(/sitemap\.xml: lists \/gone\/, which was not built/);
    expect(p).toMatch(/sitemap\.xml: does not list \/a\//);
  });
  it('respects a base path', () => {
    const opts = site({ 'sitemap.xml': sitemap('/repo/'), 'index.html': page('<a href="/repo/">ok</a><a href="/elsewhere/">outside base</a>') }, '/repo/');
    expect(checkLinks(opts).problems).toEqual([expect.stringContaining('broken link (nothing at /elsewhere/)')]);
  });
});

describe('size gate', () => {
  const budgets = { pageBytes: 60000, textPageJsBytes: 2000, chartPageJsBytes: 30000 };
  const noise = (n: number) => randomBytes(n).toString('base64'); // incompressible, so gzip cannot hide it
  it('counts HTML, stylesheets, scripts and their static imports, but not dynamic imports', () => {
    expect(staticImports('import"./a.js";import{b as c}from"./b.js";export*from"./c.js";import("./lazy.js")')).toEqual(['./a.js', './b.js', './c.js']);
    const opts = site({
      'sitemap.xml': sitemap('/'),
      'index.html': page('<p>hi</p><script type="module" src="/_astro/main.js"></script>', '<link rel="stylesheet" href="/_astro/s.css">'),
      '_astro/s.css': `body{--x:"${noise(3000)}"}`,
      '_astro/main.js': `import"./dep.js";const l=()=>import("./big.js");`,
      '_astro/dep.js': `console.log("${noise(1500)}")`,
      '_astro/big.js': `console.log("${noise(90000)}")`,
    });
    const { weights, problems } = checkBudgets(opts, budgets);
    expect(weights[0].assets.sort()).toEqual(['_astro/dep.js', '_astro/main.js', '_astro/s.css']);
    expect(weights[0].css).toBeGreaterThan(3000);
    expect(problems).toEqual([]);
  });
  it('fails a text page with more than 2 kB of JavaScript and any page over 60 kB', () => {
    const opts = site({
      'sitemap.xml': sitemap('/', '/big/'),
      'index.html': page('<script type="module" src="/_astro/main.js"></script>'),
      '_astro/main.js': `console.log("${noise(2500)}")`,
      'big/index.html': page(`<p>${noise(70000)}</p>`),
    });
    const { problems } = checkBudgets(opts, budgets);
    expect(problems).toEqual([expect.stringMatching(/^\/: \d+ bytes of gzipped JavaScript is over the text-page budget of 2000/), expect.stringMatching(/^\/big\/: \d+ bytes gzipped .* over the page budget of 60000/)]);
  });
  it('lets a chart page carry its enhancement script within the chart budget', () => {
    const opts = site({
      'sitemap.xml': sitemap('/'),
      'index.html': page('<figure><svg role="img" aria-label="chart"></svg></figure><script type="module" src="/_astro/chart.js"></script>'),
      '_astro/chart.js': `console.log("${noise(5000)}")`,
    });
    expect(checkBudgets(opts, budgets).problems).toEqual([]);
  });
});
