// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolve, sep } from 'node:path';
import { siteFiles } from './scripts/lib/site-files.ts';
import { publicSiteUrl } from './scripts/lib/site-url.ts';
import { inDepthCouncils } from './src/data/site-config.ts';

/** In dev, a change under data/, any in-depth council's folder (the site file lists them) or content/
 *  reloads the open page: pages read data through the model (not imports), so Vite would not
 *  otherwise know they depend on it. */
function reloadOnDataChange() {
  const watched = [...new Set([resolve('data'), resolve('content'), ...inDepthCouncils().map((c) => c.abs)])];
  return {
    name: 'sufficiency:reload-on-data-change',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.watcher.add(watched);
      const reload = (/** @type {string} */ file) => {
        const full = resolve(file);
        if (!watched.some((dir) => full === dir || full.startsWith(dir + sep))) return;
        // Dynamic routes get their props from getStaticPaths, which Astro caches per route:
        // clear that cache in the server environments (Astro's own signal for a content
        // change), then reload the browser.
        for (const [name, env] of Object.entries(server.environments)) if (name !== 'client') env.hot.send('astro:content-changed', {});
        setTimeout(() => server.ws.send({ type: 'full-reload', path: '*' }), 50);
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

export default defineConfig({
  // One public address for canonical links, share cards and the sitemap; never loopback when publishing.
  // `astro dev` and `astro preview` (which serves a finished build) may use the local address.
  site: publicSiteUrl(process.env, process.cwd(), { dev: process.argv.includes('dev') || process.argv.includes('preview') }),
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), siteFiles()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  // No code blocks in the prose: skip loading Shiki (its WebAssembly engine) on every build.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [reloadOnDataChange()],
    // .tmp/ holds published builds, part projects and benchmark output (tens of thousands of
    // files): the dev server has nothing to watch there.
    server: { watch: { ignored: ['**/.tmp/**'] } },
    // Never inline scripts or assets into HTML: the Content-Security-Policy allows scripts
    // from this site only ('self'), with no 'unsafe-inline' and no hashes to keep in step.
    build: { assetsInlineLimit: 0 },
  },
});
