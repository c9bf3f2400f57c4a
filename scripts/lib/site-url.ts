/**
 * The site's public address, decided once for every build: SITE_URL, or else `publicUrl` in the
 * site file (data/site/site.json). A loopback address (127.0.0.1, localhost) is only for local
 * preview and tests (LOCAL_PREVIEW=1, or `astro dev`): a build for publishing that would write
 * one into canonical links, share cards or the sitemap stops with this message instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LOCAL_ADDRESS = 'http://127.0.0.1:4321';

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]', '::1', '0.0.0.0'].includes(new URL(url).hostname);

/** The site file's publicUrl (data/site/site.json, or the file SITE_CONFIG names), if any. */
function sitePublicUrl(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const file = resolve(cwd, env.SITE_CONFIG || 'data/site/site.json');
  if (!existsSync(file)) return undefined;
  const url = (JSON.parse(readFileSync(file, 'utf8')) as { publicUrl?: unknown }).publicUrl;
  return typeof url === 'string' ? url : undefined;
}

export class SiteUrlError extends Error {}

/** The address to build with; throws SiteUrlError when a publishing build has none or a loopback one. */
export function publicSiteUrl(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), opts: { dev?: boolean } = {}): string {
  const local = opts.dev || env.LOCAL_PREVIEW === '1';
  const url = env.SITE_URL || sitePublicUrl(env, cwd);
  if (!url) {
    if (local) return LOCAL_ADDRESS;
    throw new SiteUrlError(
      'No public address for this site: canonical links, share cards and the sitemap need one. ' +
        'Set SITE_URL (e.g. SITE_URL=https://sufficiency.example.gov.uk npm run build) or "publicUrl" in data/site/site.json. ' +
        'For a local preview or the tests, use npm run build:local.',
    );
  }
  if (!/^https?:\/\//.test(url)) throw new SiteUrlError(`The site address "${url}" must start with https:// (from ${env.SITE_URL ? 'SITE_URL' : 'the site file\'s publicUrl'}).`);
  if (isLoopback(url) && !local)
    throw new SiteUrlError(`The site address ${url} is on this computer (a loopback address): links shared from the published site would point at the reader's own machine. Set SITE_URL or "publicUrl" in data/site/site.json to the public address, or use npm run build:local for a local preview.`);
  return url;
}
