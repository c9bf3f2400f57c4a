// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** In dev, a change under data/ or content/ reloads the open page: pages read data through
 *  the model (not imports), so Vite would not otherwise know they depend on it. */
function reloadOnDataChange() {
  return {
    name: 'sufficiency:reload-on-data-change',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.watcher.add(['data', 'content']);
      const reload = (/** @type {string} */ file) => {
        if (/[\\/](data|content)[\\/]/.test(file)) server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: [reloadOnDataChange()],
    // The chart enhancement ships as its own cached file (not inlined), so a strict CSP
    // (script-src 'self') allows it and its size can be measured in dist/_astro.
    build: { assetsInlineLimit: (/** @type {string} */ file) => (/ChartFigure/.test(file) ? false : undefined) },
  },
});
