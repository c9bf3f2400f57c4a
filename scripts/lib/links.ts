/**
 * The link gate: in a built site, every internal link, script, stylesheet, image and form
 * target must load a file; every #fragment must name an id on the page it points to; every
 * external link must be opened safely (rel="noopener noreferrer"); the sitemap must list
 * exactly the built pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchors, fileToPath, htmlFiles, resolveLink, sitemapPaths, tags, type SiteOptions } from './dist.ts';

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
};

export function checkLinks(opts: SiteOptions): { problems: string[]; pages: number; links: number } {
  const problems: string[] = [];
  const files = htmlFiles(opts.root);
  const html = new Map(files.map((f) => [f, readFileSync(join(opts.root, f), 'utf8')]));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, anchors(html.get(file) ?? readFileSync(join(opts.root, file), 'utf8')));
    return idCache.get(file)!;
  };
  let links = 0;

  for (const file of files) {
    const page = fileToPath(file);
    for (const tag of tags(html.get(file)!, Object.keys(LINK_ATTRS))) {
      for (const attr of LINK_ATTRS[tag.name]) {
        const value = tag.attrs[attr];
        if (value === undefined) continue;
        links++;
        const where = `${file}: <${tag.name} ${attr}="${value}">`;
        if (value.trim() === '') {
          problems.push(`${where}: empty link`);
          continue;
        }
        const r = resolveLink(value, page, opts);
        if (r.kind === 'other') {
          if (!['mailto', 'tel'].includes(r.scheme)) problems.push(`${where}: "${r.scheme}:" links are not allowed`);
          continue;
        }
        if (r.kind === 'external') {
          if (tag.name === 'a' || tag.name === 'area') {
            const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
            if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${where}: external link without rel="noopener noreferrer"`);
          } else if (tag.name !== 'link' || !['canonical', 'alternate'].includes(tag.attrs.rel ?? '')) {
            problems.push(`${where}: loads from another site (${r.url}); self-host it`);
          }
          continue;
        }
        if (!r.file) {
          problems.push(`${where}: broken link (nothing at ${r.path})`);
          continue;
        }
        if (r.fragment && r.file.endsWith('.html') && !idsOf(r.file).has(r.fragment)) {
          problems.push(`${where}: broken anchor (no id "${r.fragment}" in ${r.file})`);
        }
      }
    }
  }

  const listed = new Set(sitemapPaths(opts));
  for (const p of listed) if (!files.includes(p.slice(1) + (p.endsWith('/') || p === '/' ? 'index.html' : ''))) problems.push(`sitemap.xml: lists ${p}, which was not built`);
  for (const f of files) if (f !== '404.html' && !listed.has(fileToPath(f))) problems.push(`sitemap.xml: does not list ${fileToPath(f)}`);
  return { problems, pages: files.length, links };
}
