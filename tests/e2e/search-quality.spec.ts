/**
 * Search quality: realistic queries from each audience, each with the page that must be in the
 * top three results shown on the search page (or one of two pages that answer it equally well). Prints the hit rate; fails below 90%.
 */
import { test, expect } from '@playwright/test';
import queries from '../search-queries.json' with { type: 'json' };

test('search finds the right page in the top three for at least 90% of queries', async ({ page }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  for (const q of queries) {
    await page.goto(`/search/?q=${encodeURIComponent(q.query)}`);
    await expect(page.locator('#search-status')).toContainText(/result|No results/, { timeout: 10_000 });
    const top = await page.locator('#search-results li h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // A query names the page that must be in the top three, or the few pages that answer it equally well.
    const wanted = ([] as string[]).concat(q.expect);
    if (!wanted.some((w) => top.includes(w))) misses.push(`"${q.query}" → expected ${wanted.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }
  const rate = (queries.length - misses.length) / queries.length;
  console.log(`Search quality: ${queries.length - misses.length}/${queries.length} queries hit (${(rate * 100).toFixed(1)}%)`);
  for (const m of misses) console.log(`  miss: ${m}`);
  expect(queries.length).toBeGreaterThanOrEqual(20);
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});
