/**
 * Reader journeys on a phone and on paper: pages short enough to use at 390×844, tables that
 * scroll in their own box, and placement type and locality pages that print on two A4 pages with
 * the council, the page's address and the dates on paper (Chromium's own PDF output).
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ids = (file: string) => (JSON.parse(readFileSync(`data/councils/dorset/${file}`, 'utf8')) as { id: string }[]).map((x) => x.id);
const TYPE_PAGES = ids('placement-types.json').map((t) => `/placement-types/${t}/`);
const LOCALITY_PAGES = ids('localities.json').map((l) => `/localities/${l}/`);
const council = (JSON.parse(readFileSync('data/councils/dorset/council.json', 'utf8')) as { names: { full: string } }).names.full;

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/', ...TYPE_PAGES]) {
    test(`${path} is at most 8,000 px tall as first shown, and nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const { height, width } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
      expect(height).toBeLessThanOrEqual(8000);
      expect(width).toBeLessThanOrEqual(390);
    });
  }
  test('wide tables scroll inside their own box, which keyboard users can reach, with the first column fixed', async ({ page }) => {
    await page.goto('/councils/dorset/');
    const wrap = page.locator('#children-in-care-table');
    const box = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).overflowX, tab: el.getAttribute('tabindex') }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(box.overflow).toBe('auto');
    expect(box.tab).toBe('0');
    expect(await wrap.locator('tbody th').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  });
});

test.describe('printed', () => {
  for (const path of [...TYPE_PAGES, ...LOCALITY_PAGES]) {
    test(`${path} prints on at most two A4 pages with council, address and dates`, async ({ page }) => {
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'print' });
      const head = page.locator('.print-head');
      await expect(head).toBeVisible();
      await expect(head).toContainText(council);
      await expect(head).toContainText(new URL(page.url()).pathname);
      await expect(head).toContainText(/Data as at \d{1,2} \w+ \d{4}/);
      await expect(head).toContainText(/Printed \d{1,2} \w+ \d{4}/);
      await expect(page.locator('.site-nav')).toBeHidden();
      await expect(page.locator('.site-search')).toBeHidden();
    });
  }
});
