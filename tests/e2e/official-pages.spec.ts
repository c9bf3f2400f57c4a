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
  // Dorset is covered in depth: its own strategy leads; its full official profile has its own page.
  await page.getByRole('link', { name: "Dorset's full official profile" }).click();
  await expect(page).toHaveURL(/\/councils\/dorset\/official\/$/);
  const cla = page.getByRole('table', { name: /Children in care in Dorset at 31 March/ });
  for (const [year, n] of [['2021', '450'], ['2022', '450'], ['2023', '433'], ['2024', '447'], ['2025', '437']]) {
    await expect(cla.getByRole('row', { name: new RegExp(`^${year} `) })).toContainText(n);
  }
  await expect(cla).toContainText('South West per 10,000');
  await expect(page.locator('#revisions-table')).toContainText('446');
  await expect(page.locator('#sources')).toBeVisible();
  await expect(page.locator('main')).toContainText('Open Government Licence');
  // The trend of children in care and a comparison chart per profile section.
  await expect(page.locator('main figure.chart').first()).toBeVisible();
  expect(await page.locator('main figure.chart').count()).toBeGreaterThan(8);
  expect(errors).toEqual([]);
});

test('a replaced council says so and links to the councils that replaced it', async ({ page }) => {
  await page.goto('/councils/cumbria/');
  await expect(page.locator('#replaced')).toContainText('replaced');
  await page.locator('#replaced').getByRole('link', { name: 'Cumberland' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cumberland');
  await expect(page.locator('main')).toContainText('Cumbria');
});

test('a region page lists its councils with totals that keep suppressed parts as "at least", and its own figure', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/regions/london/');
  const t = page.getByRole('table', { name: /Councils in London/ });
  await expect(t.locator('tbody th a')).toHaveCount(33);
  await expect(page.locator('main')).toContainText('at least');
  await expect(t.getByRole('row', { name: /London, the region's own figure/ })).toContainText('9,290');
  expect(errors).toEqual([]);
});

for (const path of ['/', '/councils/dorset/', '/councils/dorset/official/', '/councils/leeds/', '/regions/south-west/', '/councils/', '/regions/', '/compare/', '/compare/private-provision/', '/compare/ofsted-judgement/']) {
  test(`${path}: axe finds no WCAG 2.2 AA violations and nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test("a council's profile: its neighbours, how it compares, and each section with its chart, table and England-wide link", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/councils/leeds/');
  // DfE's statistical neighbours (2025 model) for Leeds, nearest first, from neighbours.json's source row.
  await expect(page.locator('#neighbours')).toContainText('Portsmouth');
  const key = page.getByRole('table', { name: /How Leeds compares/ });
  await expect(key.getByRole('row', { name: /Children in care per 10,000 children/ })).toContainText('85');
  const types = page.locator('section.profile-section', { has: page.getByRole('heading', { name: 'Types of placement', exact: true }) });
  await expect(types.locator('figure.chart svg').first()).toBeVisible();
  await expect(types.getByRole('table', { name: /Types of placement: Leeds/ })).toContainText('Foster care');
  const providers = page.locator('section.profile-section', { has: page.getByRole('heading', { name: 'Who provides the placements', exact: true }) });
  await providers.getByRole('link', { name: /every council in England/ }).click();
  await expect(page).toHaveURL(/\/compare\/private-provision\/$/);
  await expect(page.locator('#compare-table')).toContainText('Leeds');
  expect(errors).toEqual([]);
});

test('a comparison ranks every council without JavaScript, sorts with it, and downloads every council as CSV', async ({ browser, page }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/compare/children-in-care-rate/');
  const rows = plain.locator('#compare-table tbody tr');
  await expect(rows).toHaveCount(153);
  // Ranked from the highest without any script: rank 1 first.
  await expect(rows.first().locator('td').nth(1)).toHaveText('1');
  await expect(plain.locator('#compare-table thead button')).toHaveCount(0);
  await noJs.close();

  await page.goto('/compare/children-in-care-rate/');
  const sortByCouncil = page.locator('#compare-table thead').getByRole('button', { name: 'Council', exact: true });
  await sortByCouncil.click();
  await expect(page.locator('#compare-table thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  // What the reader sees (innerText): on a wide screen the region is its own column, not under the name.
  const first = await page.locator('#compare-table tbody tr th').first().innerText();
  expect(first.trim()).toBe('Barking and Dagenham');
  await page.locator('#compare-table thead').getByRole('button', { name: 'Per 10,000 children' }).click();
  const lowest = await page.locator('#compare-table tbody tr').first().locator('td').first().textContent();
  const all = (await page.locator('#compare-table tbody tr td:first-of-type').allTextContents()).map(Number).filter((n) => !Number.isNaN(n));
  expect(Number(lowest)).toBe(Math.min(...all));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download every council (CSV)' }).first().click()]);
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('ons_code,council,region,as_at,value,rank,quarter,note,source,source_row');
  expect(lines).toHaveLength(154);
});

test('on a phone the comparison table fits its box: the region under the council, not a column of its own', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto('/compare/children-in-care-rate/');
  const wrap = page.locator('#compare-table');
  const [box, table] = await wrap.evaluate((el) => [el.clientWidth, el.querySelector('table')!.scrollWidth]);
  expect(table).toBeLessThanOrEqual(box);
  await expect(page.locator('#compare-table thead th', { hasText: 'Region' })).toBeHidden();
  const first = page.locator('#compare-table tbody tr th').first();
  expect((await first.innerText()).split('\n').map((s) => s.trim())).toEqual([expect.any(String), expect.stringMatching(/^(North East|North West|Yorkshire and The Humber|East Midlands|West Midlands|East of England|London|South East|South West)$/)]);
  await phone.close();
});

test("the England map of a comparison draws every council, and a council's shape names its figure", async ({ page }) => {
  await page.goto('/compare/private-provision/');
  const map = page.locator('figure.chart[data-kind="region-map"] svg.chart__svg--wide');
  expect(await map.locator('g.mark').count()).toBeGreaterThanOrEqual(150);
  await expect(map.locator('g.mark[data-key="E06000059"]')).toHaveAttribute('data-label', /^Dorset: \d+%/);
});
