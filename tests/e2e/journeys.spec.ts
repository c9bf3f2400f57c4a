/**
 * Reader journeys on a phone and on paper: pages short enough to use at 390×844, tables that
 * scroll in their own box, and placement type and locality pages that print on two A4 pages with
 * the council, the page's address and the dates on paper (Chromium's own PDF output).
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { REAL } from '../support/councils.ts';

const ids = (file: string) => (JSON.parse(readFileSync(`${REAL.dir}/${file}`, 'utf8')) as { id: string }[]).map((x) => x.id);
const TYPE_PAGES = ids('placement-types.json').map((t) => `${REAL.base}placement-types/${t}/`);
const LOCALITY_PAGES = ids('localities.json').map((l) => `${REAL.base}localities/${l}/`);
const council = (JSON.parse(readFileSync(`${REAL.dir}/council.json`, 'utf8')) as { names: { full: string } }).names.full;

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/', REAL.at(), REAL.at('providers/'), ...TYPE_PAGES]) {
    test(`${path} is at most 8,000 px tall as first shown, and nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const { height, width } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
      expect(height).toBeLessThanOrEqual(8000);
      expect(width).toBeLessThanOrEqual(390);
    });
  }
  test('wide tables scroll inside their own box, which keyboard users can reach, with the first column fixed', async ({ page }) => {
    await page.goto('/councils/leeds/');
    const wrap = page.locator('#children-in-care-table');
    const box = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).overflowX, tab: el.getAttribute('tabindex') }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(box.overflow).toBe('auto');
    expect(box.tab).toBe('0');
    expect(await wrap.locator('tbody th').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  });
});

test.describe('printed', () => {
  for (const path of [REAL.at(), REAL.at('fostering/'), ...TYPE_PAGES, ...LOCALITY_PAGES]) {
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
      // What the full page also has is named on paper, with the page's address.
      const omits = page.locator('.print-omits');
      if ((await page.locator('main details:not(.print-open), main .no-print h2').count()) > 0) {
        await expect(omits).toBeVisible();
        await expect(omits).toContainText('Not printed');
        await expect(omits).toContainText(new URL(page.url()).pathname);
      }
    });
  }
  test('on screen the "not printed" list is hidden, and it names folded sections by their summaries', async ({ page }) => {
    await page.goto(REAL.at());
    await expect(page.locator('.print-omits')).toBeHidden();
    const summary = (await page.locator('main details.more > summary').first().textContent())!.trim();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-omits')).toContainText(summary);
  });
});

test('on paper, the date printed is the day of printing, even a year after the build; the build date is named as such', async ({ page }) => {
  const later = new Date(Date.now() + 365 * 86_400_000);
  await page.clock.setFixedTime(later);
  await page.goto(REAL.at('providers/'));
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.print-head');
  const printed = later.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(head).toContainText(`Printed ${printed}`);
  await expect(head).toContainText(/Page built \d{1,2} \w+ \d{4}/);
});

/**
 * Each audience finds its figures as a picture and as a table: a prospective carer on the
 * fostering page, a provider on the providers page, a councillor on the priorities page. Before
 * issue 12 the fostering and providers pages had no chart.
 */
test.describe('audience pages', () => {
  const AUDIENCES: [string, RegExp][] = [
    [REAL.at('fostering/'), /Where children in care live|fostering households/],
    [REAL.at('providers/'), /Budgets and spending by placement type and year/],
    [REAL.at('priorities/'), /Budgets and spending by placement type and year/],
  ];
  for (const [path, title] of AUDIENCES) {
    test(`${path} has a chart with its data table, readable without scripts`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const figure = page.locator('figure.chart').filter({ has: page.locator('.chart__title', { hasText: title }) }).first();
      // A chart folded to keep the page short opens from its summary, without scripts.
      const fold = page.locator('details.more').filter({ has: figure });
      if (await fold.count()) await fold.first().locator('summary').first().click();
      await expect(figure).toBeVisible();
      await expect(figure.locator('svg[role="img"]').first()).toBeAttached();
      const table = figure.locator('.chart__data table');
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
      await expect(figure.locator('.chart__takeaway')).not.toBeEmpty();
      await expect(figure.getByRole('link', { name: 'Download the data (CSV)' })).toBeVisible();
      await context.close();
    });
  }

  test('the money chart shows every sum by placement type and year, one unit on its axis and one meaning per key colour', async ({ page }) => {
    await page.goto(REAL.at('providers/'));
    const figure = page.locator('#spending-by-type');
    await expect(figure.locator('svg.chart__svg--wide [data-axis][data-unit="gbp"]')).toHaveCount(1);
    const meanings = await figure.locator('.chart__legend li[data-meaning]').evaluateAll((els) => els.map((e) => e.getAttribute('data-meaning')));
    expect(meanings).toEqual(['budget', 'spending', 'difference-from-budget']);
    const rows = figure.locator('.chart__data tbody tr');
    // Seed-data §5: the 2021/22 external placements overspend and the 2020/21 in-house budget.
    await expect(rows.filter({ hasText: '£2,270,000' })).toContainText('2021/22');
    await expect(rows.filter({ hasText: '£5,200,000' })).toContainText('2020/21');
    await expect(rows.filter({ hasText: '£12,767,728' })).toContainText('year not stated');
  });

  test('locality facts are on their locality pages and in the audience pages\' locality table', async ({ page }) => {
    await page.goto(REAL.at('localities/east-dorset/'));
    await expect(page.locator('.facts-list')).toContainText('does not have the capacity');
    await page.goto(REAL.at('localities/chesil/'));
    await expect(page.locator('.facts-list')).toContainText('Harbour');
    // Self-assessment §2.1 and §3.14n: 9 of the 11 most deprived areas; 26 under-5s with a plan.
    await expect(page.locator('#figures ~ .table-wrap')).toContainText('26');
    await page.goto(REAL.at('providers/'));
    // Folded in a <details>, so found by its caption rather than by role.
    const table = page.locator('table').filter({ has: page.locator('caption', { hasText: 'What the documents say about each locality' }) });
    await expect(table.locator('tr', { hasText: 'Chesil' })).toContainText('Areas among the 20% most deprived in England: 9');
    await expect(table.locator('tr', { hasText: 'West Dorset' })).toContainText('education, health and care plan: 6');
    await expect(table.locator('tr', { hasText: 'East Dorset' })).toContainText('capacity');
  });
});
