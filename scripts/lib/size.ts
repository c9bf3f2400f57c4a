/**
 * Page weight as a visitor's first load sees it: the HTML, its stylesheets, its scripts and
 * every module those scripts import statically, each gzipped. Dynamic imports (the Pagefind
 * search engine, loaded only when someone searches) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor, resolveLink, sitemapPaths, tags, type SiteOptions } from './dist.ts';

export interface Budgets {
  pageBytes: number;
  textPageJsBytes: number;
  chartPageJsBytes: number;
}

export interface PageWeight {
  path: string;
  chart: boolean;
  html: number;
  css: number;
  js: number;
  total: number;
  assets: string[];
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Static imports in a built ES module: `import"./a.js"`, `import{x}from"./b.js"`, `export*from"./c.js"`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]);
  return out;
}

/** Pages with a server-rendered chart may carry a chart-enhancement script. */
export const isChartPage = (html: string) => tags(html, ['svg']).some((t) => t.attrs.role === 'img');

export function pageWeight(path: string, opts: SiteOptions): PageWeight {
  const file = fileFor(opts.root, path.slice(1));
  if (!file) throw new Error(`${path}: no page was built`);
  const html = readFileSync(join(opts.root, file));
  const text = html.toString('utf8');
  const seen = new Set<string>();
  let css = 0;
  let js = 0;
  const addScript = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(join(opts.root, f));
    js += gz(code);
    for (const imp of staticImports(code.toString('utf8'))) {
      const r = resolveLink(imp, '/' + f, opts);
      if (r.kind === 'internal' && r.file) addScript(r.file);
    }
  };
  for (const t of tags(text, ['link', 'script'])) {
    const url = t.name === 'script' ? t.attrs.src : t.attrs.href;
    if (!url) continue;
    const r = resolveLink(url, path, opts);
    if (r.kind !== 'internal' || !r.file) continue;
    const rel = (t.attrs.rel ?? '').split(/\s+/);
    if (t.name === 'link' && rel.includes('stylesheet') && !seen.has(r.file)) {
      seen.add(r.file);
      css += gz(readFileSync(join(opts.root, r.file)));
    } else if (t.name === 'script' || rel.includes('modulepreload')) addScript(r.file);
  }
  const h = gz(html);
  return { path, chart: isChartPage(text), html: h, css, js, total: h + css + js, assets: [...seen] };
}

export function checkBudgets(opts: SiteOptions, budgets: Budgets): { weights: PageWeight[]; problems: string[] } {
  const weights = sitemapPaths(opts).map((p) => pageWeight(p, opts));
  const problems: string[] = [];
  for (const w of weights) {
    if (w.total > budgets.pageBytes) problems.push(`${w.path}: ${w.total} bytes gzipped (HTML ${w.html} + CSS ${w.css} + JS ${w.js}) is over the page budget of ${budgets.pageBytes}`);
    const jsBudget = w.chart ? budgets.chartPageJsBytes : budgets.textPageJsBytes;
    if (w.js > jsBudget) problems.push(`${w.path}: ${w.js} bytes of gzipped JavaScript is over the ${w.chart ? 'chart' : 'text'}-page budget of ${jsBudget}`);
  }
  return { weights, problems };
}
