import { test, expect } from '@playwright/test';
import { watchConsole } from '../support/console.ts';
import { REAL } from '../support/councils.ts';

test('the data page links to the open data catalogue', async ({ page }) => {
  await page.goto(REAL.at('data/'));
  await page.getByRole('link', { name: 'open data catalogue' }).click();
  await expect(page).toHaveURL(/\/data\/catalogue\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data catalogue');
});

test("a council's CSV and Data Package load from the catalogue, and the Data Package describes the CSV", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/data/catalogue/');
  const row = page.locator('tr#dorset');
  await expect(row.getByRole('rowheader')).toHaveText('Dorset');

  const csvHref = (await row.getByRole('link', { name: /^CSV, [\d.]+\s+kB$/ }).getAttribute('href'))!;
  expect(csvHref).toBe('/data/official/dorset/dorset.csv');
  const csv = await page.request.get(csvHref);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const text = await csv.text();
  expect(text.split('\n')[0]).toMatch(/^time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,area_code,/);
  expect(text).toContain(',Local authority,E92000001,England,E12000009,South West,838,Dorset,E06000059,E06000059,');

  const dpHref = (await row.getByRole('link', { name: /^Data\s+Package, / }).getAttribute('href'))!;
  const dpRes = await page.request.get(dpHref);
  expect(dpRes.status()).toBe(200);
  expect(dpRes.headers()['content-type']).toMatch(/^application\/json/);
  const dp = await dpRes.json();
  expect(dp.profile).toBe('tabular-data-package');
  const resource = dp.resources[0];
  // The resource path is relative to the descriptor, so the package works wherever it is copied.
  const resolved = new URL(resource.path, new URL(dpHref, page.url()));
  expect(resolved.pathname).toBe(csvHref);
  expect(resource.bytes).toBe(Buffer.byteLength(text, 'utf8'));
  expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(text.split('\n')[0]);

  const jsonRes = await page.request.get((await row.getByRole('link', { name: /^JSON, / }).getAttribute('href'))!);
  expect(jsonRes.status()).toBe(200);
  expect(jsonRes.headers()['content-type']).toMatch(/^application\/json/);
  expect((await jsonRes.json()).data.length).toBe(text.trim().split('\n').length - 1);
  expect(errors).toEqual([]);
});

test('the catalogue describes every dataset as schema.org JSON-LD', async ({ page }) => {
  await page.goto('/data/catalogue/');
  const raw = await page.locator('script[type="application/ld+json"]').textContent();
  const ld = JSON.parse(raw!);
  expect(ld['@context']).toBe('https://schema.org');
  expect(ld['@type']).toBe('DataCatalog');
  const rows = await page.locator('main tbody tr').count();
  expect(ld.dataset).toHaveLength(rows);
  const dorset = ld.dataset.find((d: { spatialCoverage: { name: string } }) => d.spatialCoverage.name === 'Dorset');
  expect(dorset).toMatchObject({ '@type': 'Dataset', license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' });
  expect(dorset.temporalCoverage).toMatch(/^\d{4}-03-31\/\d{4}-03-31$/);
  for (const d of dorset.distribution) {
    expect(d.encodingFormat).toBeTruthy();
    const res = await page.request.get(new URL(d.contentUrl).pathname);
    expect(res.status(), d.contentUrl).toBe(200);
  }
});
