/**
 * The site's public address, decided once for every build: SITE_URL, or else the council's
 * `publicUrl` in council.json. A loopback address (127.0.0.1, localhost) is only for local
 * preview and tests (LOCAL_PREVIEW=1, or `astro dev`): a build for publishing that would write
 * one into canonical links, share cards or the sitemap stops with this message instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCAL_ADDRESS = 'http://127.0.0.1:4321';

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]', '::1', '0.0.0.0'].includes(new URL(url).hostname);

/** The council folder's publicUrl (the same folder src/data/model.ts builds from), if any. */
function councilPublicUrl(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  let dir = env.SITE_DATA_DIR ? resolve(cwd, env.SITE_DATA_DIR) : undefined;
  if (!dir) {
    const root = join(cwd, 'data/councils');
    const found = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
    if (found.length === 1) dir = join(root, found[0].name);
  }
  const file = dir && join(dir, 'council.json');
  if (!file || !existsSync(file)) return undefined;
  const url = (JSON.parse(readFileSync(file, 'utf8')) as { publicUrl?: unknown }).publicUrl;
  return typeof url === 'string' ? url : undefined;
}

export class SiteUrlError extends Error {}

/** The address to build with; throws SiteUrlError when a publishing build has none or a loopback one. */
export function publicSiteUrl(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), opts: { dev?: boolean } = {}): string {
  const local = opts.dev || env.LOCAL_PREVIEW === '1';
  const url = env.SITE_URL || councilPublicUrl(env, cwd);
  if (!url) {
    if (local) return LOCAL_ADDRESS;
    throw new SiteUrlError(
      'No public address for this site: canonical links, share cards and the sitemap need one. ' +
        'Set SITE_URL (e.g. SITE_URL=https://sufficiency.example.gov.uk npm run build) or "publicUrl" in the council\'s council.json. ' +
        'For a local preview or the tests, use npm run build:local.',
    );
  }
  if (!/^https?:\/\//.test(url)) throw new SiteUrlError(`The site address "${url}" must start with https:// (from ${env.SITE_URL ? 'SITE_URL' : 'council.json publicUrl'}).`);
  if (isLoopback(url) && !local)
    throw new SiteUrlError(`The site address ${url} is on this computer (a loopback address): links shared from the published site would point at the reader's own machine. Set SITE_URL or "publicUrl" in council.json to the public address, or use npm run build:local for a local preview.`);
  return url;
}
