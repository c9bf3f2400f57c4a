/**
 * Reading a built site (dist/) the way a browser would see it: which pages exist, which
 * tags and attributes they carry, and which file a site-relative URL resolves to.
 * Shared by the link checker, the size budget and the benchmark.
 */
import { publicSiteUrl } from './site-url.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteOptions {
  /** The folder holding the built site. */
  root: string;
  /** The configured base path ("/" or "/repo/"); URLs outside it are not part of the site. */
  base?: string;
  /** The configured site origin; absolute links to it are internal. */
  origin?: string;
}

/** Every file under dir, as paths relative to it with forward slashes. */
export function walk(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (skip(rel)) continue;
      if (e.isDirectory()) visit(full);
      else out.push(rel);
    }
  };
  visit(dir);
  return out.sort();
}

/** HTML pages in the built site (the search index's own files are not pages). */
export function htmlFiles(root: string): string[] {
  return walk(root, (rel) => rel === 'pagefind' || rel.startsWith('pagefind/')).filter((f) => f.endsWith('.html'));
}

/** `localities/purbeck/index.html` → `/localities/purbeck/` (below the base path). */
export function fileToPath(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (ENTITIES[e.toLowerCase()]) return ENTITIES[e.toLowerCase()];
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return m;
  });
}

export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** Start tags with their attributes (values decoded). Enough for Astro's well-formed output. */
export function tags(html: string, names?: readonly string[]): Tag[] {
  const out: Tag[] = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  const tagRe = /<([a-zA-Z][a-zA-Z0-9-]*)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>/g;
  const attrRe = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of body.matchAll(tagRe)) {
    const name = m[1].toLowerCase();
    if (names && !names.includes(name)) continue;
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(attrRe)) attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    out.push({ name, attrs });
  }
  return out;
}

/** Ids (and legacy a[name]) a fragment can point to. */
export function anchors(html: string): Set<string> {
  const ids = new Set<string>();
  for (const t of tags(html)) {
    if (t.attrs.id) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name) ids.add(t.attrs.name);
  }
  return ids;
}

export type Resolved =
  | { kind: 'internal'; file: string | null; path: string; fragment: string }
  | { kind: 'external'; url: string }
  | { kind: 'other'; scheme: string };

/**
 * Resolves a link found on page `pagePath` (a path below the base, e.g. "/sources/").
 * Internal links come back with the file they load, or null when nothing is there.
 */
export function resolveLink(link: string, pagePath: string, opts: SiteOptions): Resolved {
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  const origin = opts.origin ?? 'http://site.invalid';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'other', scheme };
  const pageUrl = new URL(base.slice(0, -1) + pagePath, origin);
  const url = new URL(link, pageUrl);
  if (url.origin !== new URL(origin).origin) return { kind: 'external', url: url.href };
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!url.pathname.startsWith(base)) return { kind: 'internal', file: null, path: url.pathname, fragment };
  const below = decodeURIComponent(url.pathname.slice(base.length));
  return { kind: 'internal', file: fileFor(opts.root, below), path: '/' + below, fragment };
}

/** The file a path below the base serves, as a static host would: dir/ → dir/index.html. */
export function fileFor(root: string, below: string): string | null {
  const candidates = below === '' || below.endsWith('/') ? [below + 'index.html'] : [below, below + '/index.html'];
  for (const c of candidates) {
    const full = join(root, c);
    if (existsSync(full) && statSync(full).isFile()) return c;
  }
  return null;
}

/** Page paths listed in dist/sitemap.xml, below the base ("/", "/sources/"...). */
export function sitemapPaths(opts: SiteOptions): string[] {
  const xml = readFileSync(join(opts.root, 'sitemap.xml'), 'utf8');
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const u = new URL(decodeEntities(m[1]));
    return '/' + u.pathname.slice(base.length);
  });
}

/** Base and origin as the build used them (the same environment variables astro.config.mjs reads). */
export function siteFromEnv(root: string): SiteOptions {
  return { root, base: process.env.SITE_BASE ?? '/', origin: new URL(publicSiteUrl(process.env, process.cwd(), { dev: true })).origin };
}
