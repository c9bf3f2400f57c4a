/**
 * Pagefind writes, beside each index, its whole runtime: the search API (pagefind.js, its worker and
 * WebAssembly for each language) and four prebuilt UIs. The site's search page calls pagefind.js
 * directly (src/scripts/search-run.ts), so the UIs are never fetched; and the runtime is the same
 * bytes in every index made by one Pagefind version, so many indexes (the benchmark's council
 * layers) can share one copy, the search page pointing Pagefind's basePath at its own index.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind's prebuilt UIs and highlighter, which this site does not use. */
const UI = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$|^pagefind-highlight\.js$/;
/** The search runtime: the same in every index of one Pagefind version. */
const RUNTIME = /^pagefind\.js$|^pagefind-worker\.js$|^wasm\.[a-z-]+\.pagefind$/;

/** Languages the index holds (from pagefind-entry.json): their WebAssembly is the only one fetched. */
function languages(indexDir: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
  return new Set(Object.values(entry.languages).map((l) => l.wasm));
}

/** Removes the UIs and the WebAssembly of languages the index does not have; returns what went. */
export function dropUnused(indexDir: string): string[] {
  const langs = languages(indexDir);
  const gone = readdirSync(indexDir).filter((f) => UI.test(f) || (/^wasm\.([a-z-]+)\.pagefind$/.test(f) && !langs.has(f.split('.')[1])));
  for (const f of gone) rmSync(join(indexDir, f));
  return gone;
}

/**
 * Removes from `indexDir` the runtime files that `sharedDir` holds byte for byte: a file that
 * differs (another Pagefind version) or is missing there stays, so the index always works.
 */
export function shareRuntime(indexDir: string, sharedDir: string): string[] {
  const gone = readdirSync(indexDir).filter((f) => RUNTIME.test(f) && existsSync(join(sharedDir, f)) && readFileSync(join(indexDir, f)).equals(readFileSync(join(sharedDir, f))));
  for (const f of gone) rmSync(join(indexDir, f));
  return gone;
}
