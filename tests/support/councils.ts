/**
 * The councils a browser test visits, from the same input the build reads: the site file the test
 * build uses (tests/fixtures/site/site.json, or SITE_CONFIG), never a folder named in a spec.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface SiteCouncil { slug: string; dir: string; synthetic?: boolean }

export const TEST_SITE_FILE = process.env.SITE_CONFIG ?? 'tests/fixtures/site/site.json';
const site = JSON.parse(readFileSync(TEST_SITE_FILE, 'utf8')) as { name: string; councils: SiteCouncil[] };

export interface TestCouncil {
  slug: string;
  /** Its data folder. */
  dir: string;
  /** Its pages' address: /councils/<slug>/. */
  base: string;
  /** A page of it: at('providers/') is /councils/<slug>/providers/. */
  at: (path?: string) => string;
  /** A JSON file of its data folder, parsed. */
  json: <T = unknown>(file: string) => T;
  names: { full: string; short: string };
}

function council(c: SiteCouncil): TestCouncil {
  const dir = resolve(c.dir);
  const json = <T,>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const base = `/councils/${c.slug}/`;
  return { slug: c.slug, dir, base, at: (p = '') => base + p.replace(/^\//, ''), json, names: json<{ names: TestCouncil['names'] }>('council.json').names };
}

/** The portal's name, as the frame shows it. */
export const PORTAL = site.name;
/** The real council covered in depth (the first that is not synthetic): its pages carry published figures. */
export const REAL = council(site.councils.find((c) => !c.synthetic)!);
/** The synthetic test council, built beside it and never published. */
export const SYNTHETIC = council(site.councils.find((c) => c.synthetic)!);
