/**
 * Search size and speed on the built site: bytes of dist/pagefind (all), what a first search downloads
 * (every response after the query is submitted: Pagefind and its index, search-terms.json, the searching
 * script; uncompressed) and the time from submitting a query to the first result on screen, in Debian's Chromium.
 * Usage: node scripts/bench-search.ts [dist] — prints a table; used by the benchmark.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const dist = process.argv[2] ?? 'dist';
const PORT = 4377;
const QUERIES = ['foster', 'short breaks North', 'supported lodgings', 'Chesil', 'care leaver flats', 'fostring'];

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirBytes(p) : s.size);
  }, 0);
}

export async function benchSearch(root = dist) {
  const indexBytes = dirBytes(join(root, 'pagefind'));
  const server = spawn(process.execPath, ['scripts/serve-static.ts', root, String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  let firstSearchBytes = 0;
  try {
    for (const [i, q] of QUERIES.entries()) {
      const context = await browser.newContext(); // a cold cache for every query
      const page = await context.newPage();
      const bodies: Promise<number>[] = [];
      let searching = false;
      // Everything the search itself downloads: Pagefind and its index, the site's words, the searching script.
      page.on('response', (r) => {
        if (searching) bodies.push(r.body().then((b) => b.length, () => 0));
      });
      await page.goto(`http://127.0.0.1:${PORT}/search/`);
      await page.fill('#q', q);
      searching = true;
      const t0 = Date.now();
      await page.press('#q', 'Enter');
      await page.waitForSelector('#search-results li', { timeout: 15000 });
      times.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
      if (i === 0) firstSearchBytes = bytes;
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  times.sort((a, b) => a - b);
  return { indexBytes, firstSearchBytes, medianMs: times[Math.floor(times.length / 2)], maxMs: times.at(-1)! };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchSearch();
  console.log('| search measure | value |\n|---|---|');
  console.log(`| index size (dist/pagefind, all files) | ${(r.indexBytes / 1024).toFixed(1)} kB |`);
  console.log(`| downloaded by a first search (cold cache, everything after submitting) | ${(r.firstSearchBytes / 1024).toFixed(1)} kB |`);
  console.log(`| time to first results, median of ${QUERIES.length} cold queries | ${r.medianMs} ms |`);
  console.log(`| time to first results, slowest | ${r.maxMs} ms |`);
}
