/**
 * The portal's own configuration (data/site/site.json, or the file SITE_CONFIG names), read and
 * validated once per process. This is the one place that answers "which councils are covered in
 * depth": pages, search, checks and publishing all ask it, never the folders or the environment.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { Site, type SiteCouncil } from './schemas/site.ts';
import { readJsonFile } from './load.ts';
import { DataError, type DataIssue } from './data-error.ts';

export const DEFAULT_SITE_FILE = 'data/site/site.json';

/** The site file this process builds from: SITE_CONFIG, else data/site/site.json. */
export const siteFile = (env: NodeJS.ProcessEnv = process.env) => resolve(env.SITE_CONFIG || DEFAULT_SITE_FILE);

const label = (f: string) => relative(process.cwd(), f).replaceAll('\\', '/') || f;

/** Reads and validates a site file; a DataError names file and JSON path on any problem. */
export function readSite(file: string): Site {
  const issues: DataIssue[] = [];
  if (!existsSync(file)) throw new DataError([{ file: label(file), path: '', message: 'expected the site file (name, frame, councils covered in depth); it does not exist' }]);
  const site = readJsonFile(file, label(file), Site, issues);
  if (!site) throw new DataError(issues);
  site.councils.forEach((c, i) => {
    if (!existsSync(resolve(c.dir, 'council.json')))
      issues.push({ file: label(file), path: `councils[${i}].dir`, message: `expected a council data folder with council.json, received "${c.dir}"` });
  });
  if (issues.length) throw new DataError(issues);
  return site;
}

let cached: { key: string; site: Site } | undefined;

/** The site configuration, read once per file and version (a test may point SITE_CONFIG elsewhere; dev sees edits). */
export function siteConfig(): Site {
  const file = siteFile();
  const key = `${file}#${existsSync(file) ? statSync(file).mtimeMs : 0}`;
  if (cached?.key !== key) cached = { key, site: readSite(file) };
  return cached.site;
}

/** The councils covered in depth, in the site file's order, with absolute data folders. */
export function inDepthCouncils(): (SiteCouncil & { abs: string })[] {
  return siteConfig().councils.map((c) => ({ ...c, abs: isAbsolute(c.dir) ? c.dir : resolve(c.dir) }));
}

/** The data folder of one council covered in depth; throws naming the site file when it is not listed. */
export function councilDir(slug: string): string {
  const c = inDepthCouncils().find((x) => x.slug === slug);
  if (!c) throw new Error(`${label(siteFile())}: no council "${slug}" in "councils" (listed: ${inDepthCouncils().map((x) => x.slug).join(', ') || 'none'})`);
  return c.abs;
}

export const isInDepth = (slug: string) => inDepthCouncils().some((c) => c.slug === slug);
