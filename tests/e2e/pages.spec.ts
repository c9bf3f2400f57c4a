import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchConsole } from '../support/console.ts';
import { REAL } from '../support/councils.ts';


test('home shows the headline snapshot with sources and dates', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(REAL.at());
  await expect(page.getByRole('heading', { level: 1 })).toContainText('children in care');
  const snapshot = page.locator('.stats').first();
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

test('the home page is England’s: find your council by typing, or from the list by region without scripts', async ({ page, browser }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('England');
  await expect(page.locator('.site-header__title')).toHaveText('Sufficiency Portal');
  await expect(page.locator('.council-band')).toHaveCount(0);
  const box = page.getByLabel('Council name');
  await box.fill('Leeds');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/councils\/leeds\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leeds');
  // Every council's page links a route to the council: its own fostering page here, checked and dated.
  await expect(page.locator('.council-routes li').first()).toContainText(/Fostering: .*Checked \d{1,2} \w+ \d{4}/);
  expect(errors).toEqual([]);

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const plain = await ctx.newPage();
  await plain.goto('/');
  await plain.getByText(/^Yorkshire and The Humber \(\d+ councils\)$/).click();
  await plain.getByRole('link', { name: 'Leeds', exact: true }).click();
  await expect(plain).toHaveURL(/\/councils\/leeds\/$/);
  await ctx.close();
});

test('a council with no page of its own found gets GOV.UK’s national services, named as such', async ({ page }) => {
  // Expected from data/site/council-routes.json: a current council it has no fostering route for.
  const routes = JSON.parse(readFileSync('data/site/council-routes.json', 'utf8')) as { slug: string; fostering?: unknown }[];
  const areas = JSON.parse(readFileSync('data/official/areas.json', 'utf8')) as { slug: string; level: string; status: string }[];
  const without = areas.find((a) => a.level === 'council' && a.status === 'current' && a.slug !== REAL.slug && !routes.some((r) => r.slug === a.slug && r.fostering))!;
  await page.goto(`/councils/${without.slug}/`);
  await expect(page.locator('.council-routes [data-route="national"]').first()).toContainText('Becoming a foster parent in England (GOV.UK)');
});
