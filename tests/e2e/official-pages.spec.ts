/**
 * Council and region pages from official data, in the built site. Expected figures come from the
 * DfE and Ofsted files (../shared/realdata/README.md), not from the site's code.
 */
import { test, expect } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];


test('the councils index lists all 155 councils by region and each link opens its page', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/councils/');
  const links = page.locator('main table tbody th a');
  await expect(links).toHaveCount(155);
  await expect(page.locator('main h2')).toHaveCount(9);
  await page.getByRole('link', { name: 'Cornwall', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cornwall');
  // Cornwall: 638 children looked after at 31 March 2025 (DfE 2025 release).
  await expect(page.locator('#children-in-care-table')).toContainText('638');
  expect(errors).toEqual([]);
});

test("a council page shows its series against region and England, with sources and the chart's table", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/councils/dorset/');
  // Dorset is covered in depth: its own strategy leads, and every official figure waits behind a summary line.
  await page.locator('#official-figures > summary').click();
  const cla = page.getByRole('table', { name: /Children in care in Dorset at 31 March/ });
  for (const [year, n] of [['2021', '450'], ['2022', '450'], ['2023', '433'], ['2024', '447'], ['2025', '437']]) {
    await expect(cla.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText(n);
  }
  await expect(cla).toContainText('South West per 10,000');
  await expect(page.locator('#revisions-table')).toContainText('446');
  await expect(page.locator('#sources')).toBeVisible();
  await expect(page.locator('main')).toContainText('Open Government Licence');
  await expect(page.locator('#official-figures figure.chart')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a replaced council says so and links to the councils that replaced it', async ({ page }) => {
  await page.goto('/councils/cumbria/');
  await expect(page.locator('#replaced')).toContainText('replaced');
  await page.locator('#replaced').getByRole('link', { name: 'Cumberland' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cumberland');
  await expect(page.locator('main')).toContainText('Cumbria');
});

test('a region page lists its councils with totals that keep suppressed parts as "at least"', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/regions/london/');
  const t = page.getByRole('table', { name: /Councils in London/ });
  await expect(t.locator('tbody th a')).toHaveCount(33);
  await expect(page.locator('main')).toContainText('at least');
  await expect(t.getByRole('row', { name: /London as published/ })).toContainText('9,290');
  expect(errors).toEqual([]);
});

for (const path of ['/', '/councils/dorset/', '/councils/leeds/', '/regions/south-west/', '/councils/', '/regions/']) {
  test(`${path}: axe finds no WCAG 2.2 AA violations and nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
