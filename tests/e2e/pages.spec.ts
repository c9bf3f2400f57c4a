import { test, expect } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { REAL } from '../support/councils.ts';


test('home shows the headline snapshot with sources and dates', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(REAL.at());
  await expect(page.getByRole('heading', { level: 1 })).toContainText('children in care');
  const snapshot = page.locator('.stats');
  // Figures from the strategy's snapshot at the end of October 2023 (seed-data.md §1.1, §1.3).
  await expect(snapshot).toContainText('465');
  await expect(snapshot).toContainText('310');
  await expect(snapshot).toContainText('171');
  await expect(snapshot.locator('.stat__cite').first()).toContainText('As at 31 October 2023');
  await expect(page.locator('.gap-list > li').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
  expect(errors).toEqual([]);
});

test('a placement-type page shows needs, supply and localities', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(REAL.at('placement-types/childrens-homes/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Children's homes");
  // 5 more children's homes places next year; 31 places in Dorset (seed-data.md F3, §2.4).
  await expect(page.locator('#needs ~ .gap-list').first()).toContainText('5');
  await expect(page.getByRole('table', { name: /by locality/ })).toContainText('not published');
  await expect(page.locator('main')).toContainText('31');
  expect(errors).toEqual([]);
});

test('a locality page shows its stated needs and says what is not published', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(REAL.at('localities/north-dorset/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Dorset');
  // At least 2 overnight short-breaks places are needed in the North (seed-data.md F7).
  await expect(page.locator('.gap-list')).toContainText('at least 2');
  await expect(page.getByRole('table', { name: /by placement type/ })).toContainText('not published');
  expect(errors).toEqual([]);
});

test('every placement type and locality has a page reachable from the indexes', async ({ page }) => {
  for (const index of [REAL.at('placement-types/'), REAL.at('localities/')]) {
    await page.goto(index);
    const links = await page.locator('main .card-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThanOrEqual(index === REAL.at('localities/') ? 6 : 10);
    for (const l of links) {
      const res = await page.request.get(l);
      expect(res.status(), l).toBe(200);
    }
  }
});

test('search for "foster" returns a result', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await page.getByLabel('Search this site').fill('foster');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await expect(page).toHaveURL(/\/search\/\?q=foster/);
  await expect(page.locator('#search-status')).toContainText(/\d+ results? for/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('figures that are not published say so', async ({ page }) => {
  await page.goto(REAL.at('localities/purbeck/'));
  await expect(page.locator('main')).toContainText('not published');
});
