/**
 * Writes the files a static host needs beside the pages:
 * - sitemap.xml: every built page except the 404 page. The gates (axe, links, size) walk it,
 *   so every page a search engine is told about is a page the build checked. Written here
 *   rather than with @astrojs/sitemap: one plain sitemap.xml is all the gates and crawlers need.
 * - robots.txt pointing to it.
 * - <page>/charts.csv beside every page with a chart: every chart's rows on that page
 *   (src/charts/kit/page-csv.ts), read from the page's own figures, so no page lists its charts.
 * - _headers (Netlify, Cloudflare Pages and similar hosts): the same Content-Security-Policy as
 *   the pages' <meta> tag plus headers only a server can send.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CSP_HEADER } from '../../src/site/csp.ts';
import { PAGE_CSV, chartsInHtml, pageCsv } from '../../src/charts/kit/page-csv.ts';

/** Writes <page>/charts.csv for every built page (pathnames as Astro gives them) that shows a chart; returns how many. */
export function writePageCsvs(out: string, pathnames: readonly string[]): number {
  let n = 0;
  for (const p of pathnames) {
    if (/^404\/?$/.test(p) || /\.[a-z0-9]+$/i.test(p)) continue;
    let html: string;
    try {
      html = readFileSync(join(out, p, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    if (!html.includes('data-chart')) continue;
    const csv = pageCsv(chartsInHtml(html));
    if (csv === null) continue;
    writeFileSync(join(out, p, PAGE_CSV), csv);
    n++;
  }
  return n;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function siteFiles(): AstroIntegration {
  let site = 'http://127.0.0.1:4321/';
  let base = '/';
  return {
    name: 'sufficiency:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        writePageCsvs(out, pages.map((p) => p.pathname));
        const urls = pages
          .map((p) => p.pathname.replace(/^\//, ''))
          .filter((p) => !/^404\/?$/.test(p))
          .sort()
          .map((p) => new URL(base + p, site).href);
        const xml =
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
          urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n') +
          '\n</urlset>\n';
        writeFileSync(join(out, 'sitemap.xml'), xml);
        writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL(base + 'sitemap.xml', site).href}\n`);
        writeFileSync(
          join(out, '_headers'),
          [
            '/*',
            `  Content-Security-Policy: ${CSP_HEADER}`,
            '  X-Content-Type-Options: nosniff',
            '  Referrer-Policy: strict-origin-when-cross-origin',
            '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
            '',
          ].join('\n'),
        );
      },
    },
  };
}
