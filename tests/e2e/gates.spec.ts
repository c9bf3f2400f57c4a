/**
 * Gates over every page in the sitemap, in Chromium: axe with the WCAG 2.2 AA rule tags finds
 * nothing; the page loads nothing from another site; the Content-Security-Policy is present,
 * forbids inline scripts and is never violated; no console errors.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, siteFromEnv } from '../../scripts/lib/dist.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitemapPaths(siteFromEnv('dist'));
// The 155 council pages share one template and one view: the gates walk a sample of them (the
// replaced councils, the smallest, the council shown in depth, and every fifteenth) with every
// other page, so the walk stays minutes long as the country is added.
const councilPages = paths.filter((p) => /^\/councils\/[^/]+\/(as-at\/[^/]+\/)?$/.test(p));
const SAMPLE = ['cumbria', 'northamptonshire', 'isles-of-scilly', 'city-of-london', 'dorset'];
const walked = paths.filter((p) => !councilPages.includes(p) || SAMPLE.some((s) => p === `/councils/${s}/`) || councilPages.indexOf(p) % 15 === 0);

test('the sitemap lists the pages the gates walk', () => {
  expect(paths.length).toBeGreaterThanOrEqual(30);
  expect(paths).toContain('/');
  expect(councilPages.length).toBeGreaterThanOrEqual(150);
  expect(walked.filter((p) => councilPages.includes(p)).length).toBeGreaterThanOrEqual(10);
});

for (const path of [...walked, '/404.html']) {
  test(`gates: ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const res = await page.goto(path, { waitUntil: 'load' });
    expect(res!.status()).toBe(200);

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    // JSON-LD (schema.org data, never run) is the one script element allowed without src.
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count(), 'inline scripts').toBe(0);

    const axe = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const violations = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations, `axe on ${path}`).toEqual([]);

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP violations').toEqual([]);
    expect(foreign, 'requests to other sites').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });
}

test('search runs under the Content-Security-Policy without loading anything from elsewhere', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && foreign.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/search/?q=fostering');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(foreign).toEqual([]);
});
