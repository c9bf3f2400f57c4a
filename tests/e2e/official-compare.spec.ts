/**
 * The built Dorset pages set the council's figures beside DfE's and Ofsted's: both values, both
 * sources, the revision, the constituency table and the note on Ofsted's two sheets; every page
 * with a comparison passes axe and does not scroll sideways on a 320 px phone.
 * Expected values are the published ones, checked against data/official and the council's
 * observations before the page is read.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getOfficial } from '../../src/data/official/model.ts';
import type { Shown } from '../../src/data/shown.ts';
import { REAL } from '../support/councils.ts';

const CODE = JSON.parse(readFileSync(`${REAL.dir}/council.json`, 'utf8')).codes.ons as string;
const o = getOfficial();
const n = (v: { shown: Shown } | undefined) => (v?.shown.kind === 'number' ? v.shown.n : undefined);
const councilRows = (file: string) => JSON.parse(readFileSync(`${REAL.dir}/observations/${file}`, 'utf8')) as { measure: string; value: unknown; asAt: string; area?: string }[];
const sources = JSON.parse(readFileSync(`${REAL.dir}/sources.json`, 'utf8')) as { id: string; shortTitle: string }[];
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('children in care: the strategy papers’ 453 and DfE’s 450 for 31 March 2021, both sources named, and the 2024 revision', async ({ page }) => {
  // DfE 2025 release, number and rate file: 450 at 31 March 2021. Board papers (Fostering Annual Report §7): 453.
  expect(n(o.value(CODE, 'children-looked-after', '2021-03-31'))).toBe(450);
  const annual = councilRows('cpb-2021.json').find((r) => r.measure === 'children-in-care' && r.asAt === '2021-03-31' && !r.area)!;
  expect(annual.value).toBe(453);
  const paper = sources.find((s) => s.id === 'cpb-2021')!.shortTitle;

  await page.goto(REAL.at('figures/children-in-care/'));
  const section = page.locator('section.compare');
  await expect(section.getByRole('heading', { level: 2, name: 'Compared with official statistics' })).toBeVisible();
  const sentence = section.locator('.compare-summary li', { hasText: '31 March 2021' }).first();
  await expect(sentence).toContainText('453 children');
  await expect(sentence).toContainText('DfE 450');
  await expect(sentence).toContainText(paper);
  // The compact table: the strategy's latest beside DfE's latest, which is newer.
  const table = section.getByRole('table', { name: /The council's figures and DfE's/ });
  const r = table.getByRole('row', { name: /^Children in care\b/ }).first();
  await expect(r).toContainText('465 children');
  await expect(r).toContainText(`${n(o.value(CODE, 'children-looked-after'))} children`);
  await expect(r).toContainText('31 March 2025 (newer)');
  await expect(r.getByRole('link', { name: /Sufficiency Strategy/ })).toBeVisible();
  await expect(r).toContainText('Source: DfE');
  // Every year, and the revision, inside the details.
  const details = page.locator('details#official-children-in-care');
  await details.locator('summary').click();
  const years = details.getByRole('table');
  await expect(years.getByRole('row', { name: /^2021/ })).toContainText('450');
  await expect(years.getByRole('row', { name: /^2021/ })).toContainText('453 children');
  await expect(years.getByRole('row', { name: /^2024/ })).toContainText('revised from 446');
  await expect(details).toContainText('Children looked after in England including adoptions, reporting year 2024');
  await expect(details).toContainText('cla_number_and_rate_per_10k_children.csv');
  await expect(details.getByRole('link', { name: /reporting year 2025/ }).first()).toHaveAttribute('rel', 'noopener noreferrer');
});

test('where children live: DfE’s yearly share outside the area beside the strategy’s claim', async ({ page }) => {
  const shares = o.series(CODE, 'placed-outside-boundary-percent').map((v) => `${n(v)}%`);
  expect(shares).toEqual(['42%', '47%', '45%', '46%', '47%']);
  await page.goto(REAL.at('figures/where-children-live/'));
  const li = page.locator('.compare-summary li', { hasText: 'do not fall' });
  await expect(li).toContainText(`${shares.slice(1, -1).join(', ')} and ${shares.at(-1)}`);
});

test("children's homes: Ofsted's table by constituency, South Dorset 7 homes and 26 places, and the sheets' note", async ({ page }) => {
  const south = o.constituenciesOf(CODE).find((c) => c.name === 'South Dorset')!;
  expect([n(o.constituencyValue(south.id, 'childrens-homes')), n(o.constituencyValue(south.id, 'childrens-homes-places'))]).toEqual([7, 26]);
  await page.goto(REAL.at('placement-types/childrens-homes/'));
  // The table waits behind a summary line on the type page; a reader opens it.
  await page.locator('details.more', { has: page.locator('section[aria-labelledby="by-constituency-h"]') }).locator('summary').click();
  const table = page.getByRole('table', { name: /by parliamentary constituency/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Constituency', 'Homes', 'Places']);
  await expect(table.getByRole('row', { name: /^South Dorset/ }).getByRole('cell')).toHaveText(['7', '26']);
  await expect(table.getByRole('row', { name: /^West Dorset/ }).getByRole('cell')).toHaveText(['3', '8']);
  const note = page.locator('section[aria-labelledby="by-constituency-h"] .callout');
  await expect(note).toContainText('South Dorset');
  await expect(note).toContainText('6 homes and 23 places');
  await expect(page.locator('section[aria-labelledby="by-constituency-h"]')).toContainText('Source: Ofsted');
});

test('home: the comparison folds into one details; its links reach the full comparisons', async ({ page }) => {
  await page.goto(REAL.at());
  const section = page.locator('section.compare');
  await expect(section.getByRole('heading', { name: "How the strategy's figures compare with official statistics" })).toBeVisible();
  await section.locator('summary').click();
  const links = section.getByRole('table').getByRole('link');
  expect(await links.count()).toBeGreaterThan(5);
  const target = (await links.first().getAttribute('href'))!;
  await page.goto(target);
  await expect(page.locator(`#${target.split('#')[1]}`)).toHaveCount(1);
});

for (const path of [REAL.at(), REAL.at('figures/children-in-care/'), REAL.at('figures/where-children-live/'), REAL.at('figures/stability-and-permanence/'), REAL.at('figures/placements/'), REAL.at('placement-types/childrens-homes/')]) {
  test(`${path}: axe finds nothing and nothing scrolls sideways at 320 px, with the comparisons open`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('section.compare details, details.more').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The comparison sections only: the gates spec runs axe over whole pages.
    const axe = await new AxeBuilder({ page }).include('section.compare').include('section[aria-labelledby="by-constituency-h"]').withTags(WCAG_22_AA).analyze();
    expect(axe.passes.length).toBeGreaterThan(0);
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the fostering page keeps the comparison off its plain-English copy and links to it', async ({ page }) => {
  await page.goto(REAL.at('fostering/'));
  await expect(page.locator('section.compare')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'placements figures page' });
  await link.click();
  await expect(page.locator('#official-foster-care-share')).toHaveCount(1);
});
