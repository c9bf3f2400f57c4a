/**
 * Search quality: realistic queries from each audience (tests/search-queries.json), each with the page a
 * reader wants in the top three results the search page shows (or the few pages that answer it equally
 * well). The expected pages were chosen by hand, not taken from the search's own output. Kinds: "place"
 * (towns, villages and wards), "synonym" (what readers type for the site's words), "spelling", "official"
 * (council and region pages) and "topic". Each query is typed into the search page as a reader would;
 * prints the score and every miss; fails below 95%.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import queries from '../search-queries.json' with { type: 'json' };
import { REAL } from '../support/councils.ts';

/** `first`: the page must be the first result, not only in the top three (issue 21: "placement costs", "MPS", "semi independent living 16 17"; issue 20: "<measure> <council>" finds the council's page first). */
type Query = { query: string; expect: string | string[]; who: string; kind: 'place' | 'synonym' | 'spelling' | 'official' | 'topic'; first?: boolean };
const QUERIES = queries as Query[];

test('the query suite is large and varied enough to mean something', () => {
  const count = (k: Query['kind']) => QUERIES.filter((q) => q.kind === k).length;
  expect(QUERIES.length).toBeGreaterThanOrEqual(60);
  expect(count('place')).toBeGreaterThanOrEqual(15);
  expect(count('synonym')).toBeGreaterThanOrEqual(15);
  expect(count('spelling')).toBeGreaterThanOrEqual(5);
  expect(count('official')).toBeGreaterThanOrEqual(5);
  expect(new Set(QUERIES.map((q) => q.query.toLowerCase())).size, 'no query twice').toBe(QUERIES.length);
});

test('search finds the right page in the top three for at least 95% of queries', async ({ page, request }) => {
  test.setTimeout(600_000);
  // An expected page that does not exist would be a miss for the wrong reason: check them first.
  for (const path of new Set(QUERIES.flatMap((q) => ([] as string[]).concat(q.expect)))) expect((await request.get(path)).status(), path).toBe(200);

  const misses: string[] = [];
  const firstMisses: string[] = [];
  await page.goto('/search/');
  const box = page.getByLabel('Search for a council, placement type, place or topic');
  const status = page.locator('#search-status');
  let before = '';
  for (const q of QUERIES) {
    await box.fill(q.query);
    await box.press('Enter');
    // The status names the query once its results are on screen ("… for “q”", or "No results for “q”");
    // it must also have changed, since the last status may quote this query ("searched as “short breaks”").
    await expect
      .poll(async () => {
        const now = (await status.textContent()) ?? '';
        return now !== before && now.includes(`“${q.query}”`);
      }, { timeout: 15_000 })
      .toBe(true);
    before = (await status.textContent()) ?? '';
    const top = await page.locator('#search-results li h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const wanted = ([] as string[]).concat(q.expect);
    if (q.first && !wanted.includes(top[0])) firstMisses.push(`"${q.query}" → expected ${wanted.join(' or ')} first, got ${top.join(', ') || 'nothing'}`);
    if (!wanted.some((w) => top.includes(w))) misses.push(`[${q.kind}] "${q.query}" → expected ${wanted.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }
  const hits = QUERIES.length - misses.length;
  const rate = hits / QUERIES.length;
  console.log(`Search quality: ${hits}/${QUERIES.length} queries hit (${(rate * 100).toFixed(1)}%)`);
  for (const kind of ['place', 'synonym', 'spelling', 'official', 'topic'] as const) {
    const all = QUERIES.filter((q) => q.kind === kind).length;
    const missed = misses.filter((m) => m.startsWith(`[${kind}]`)).length;
    console.log(`  ${kind}: ${all - missed}/${all}`);
  }
  for (const m of misses) console.log(`  miss: ${m}`);
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  expect(QUERIES.filter((q) => q.first).length).toBeGreaterThanOrEqual(3);
  expect(firstMisses, firstMisses.join('\n')).toEqual([]);
});

test('every ward, town and village in the council\'s data finds its locality page in the top three', async ({ page }) => {
  test.setTimeout(300_000);
  // Expected pages come from the data (which locality each ward is in), not from the search.
  const dir = REAL.dir;
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const wards: { name: string; locality: string }[] = read('ward-localities.json').wards;
  const localities: { id: string; places: string[] }[] = read('localities.json');
  const places: { name: string; ward: string }[] = read('search-terms.json').places;
  const localityOf = new Map(wards.map((w) => [w.name, w.locality]));
  const cases = [
    ...wards.map((w) => [w.name, w.locality]),
    ...places.map((p) => [p.name, localityOf.get(p.ward)!]),
    ...localities.flatMap((l) => l.places.map((p) => [p, l.id])),
  ];
  expect(cases.length).toBeGreaterThanOrEqual(60);

  const misses: string[] = [];
  await page.goto('/search/');
  const box = page.getByLabel('Search for a council, placement type, place or topic');
  const status = page.locator('#search-status');
  let before = '';
  for (const [name, locality] of cases) {
    await box.fill(name);
    await box.press('Enter');
    await expect.poll(async () => ((await status.textContent()) ?? '') !== before && ((await status.textContent()) ?? '').includes(`“${name}”`), { timeout: 15_000 }).toBe(true);
    before = (await status.textContent()) ?? '';
    const top = await page.locator('#search-results li h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (!top.includes(`${REAL.base}localities/${locality}/`)) misses.push(`"${name}" → expected /localities/${locality}/, got ${top.join(', ') || 'nothing'}`);
  }
  console.log(`Places: ${cases.length - misses.length}/${cases.length} find their locality page`);
  expect(misses).toEqual([]);
});
