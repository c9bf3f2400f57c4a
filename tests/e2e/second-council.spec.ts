/**
 * One portal, many councils. The test build holds two councils in depth, the real one and the
 * synthetic Brackenmoor council (tests/fixtures/councils/brackenmoor: other places, threshold 10,
 * two editions), from one site file. Each council's pages carry that council's own name and
 * nothing of another's, and no page of any other council names the real one.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { fileToPath, htmlFiles } from '../../scripts/lib/dist.ts';
import { PORTAL, REAL, SYNTHETIC } from '../support/councils.ts';

test.describe.configure({ timeout: 180_000 });

const pages = htmlFiles('dist').map((f) => ({ file: f, path: fileToPath(f) }));
const html = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const realWords = new RegExp(`${REAL.names.short}|chesil|purbeck|weymouth`, 'i');

test('every page of the synthetic council shows its own names and no word of the real one', async ({ page }) => {
  const own = pages.filter((p) => p.path.startsWith(SYNTHETIC.base));
  expect(own.length).toBeGreaterThan(15);
  for (const { path } of own) {
    await page.goto(path);
    expect(await page.content(), path).not.toMatch(realWords);
    await expect(page.locator('.council-band__name'), path).toHaveText(SYNTHETIC.names.full);
    await expect(page.locator('.site-header__title'), path).toHaveText(PORTAL);
  }
  await page.goto(SYNTHETIC.at('placement-types/residential-homes/'));
  // The figures wait behind summary lines on a type page; a reader opens them.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // 8 children: withheld under Brackenmoor's threshold of 10, and the key says so.
  await expect(page.locator('td[data-value-kind="suppressed"]').first()).toHaveText('c');
  await expect(page.getByText(/fewer than 11 children/).first()).toBeVisible();
  await page.goto(SYNTHETIC.at('localities/northmere/'));
  await expect(page.locator('h1')).toHaveText('Northmere');
});

test('no page of another council names the real council in its head, header, nav, footer or body', () => {
  const others = pages.filter((p) => /^\/councils\/[^/]+\//.test(p.path) && !p.path.startsWith(REAL.base));
  expect(others.length).toBeGreaterThan(150);
  const named: string[] = [];
  for (const { file, path } of others) {
    const doc = parse(html(file));
    // A replaced council's note names its successors, which may share a name: that is the one exception.
    for (const el of doc.querySelectorAll('.callout')) el.remove();
    // So may the official comparisons with a council's statistical neighbours (DfE's list), which
    // name other councils by design: the list, the comparison charts and the neighbours' judgements.
    for (const el of doc.querySelectorAll('#neighbours, figure.chart[data-kind="benchmark"], #inspection-neighbours-table')) el.remove();
    if (new RegExp(`\\b${REAL.names.short}\\b`).test(doc.toString())) named.push(path);
  }
  expect(named).toEqual([]);
});

test('the frame is the portal’s on every page: header, title suffix, og:site_name', () => {
  for (const { file, path } of pages.filter((p) => !p.path.startsWith(REAL.base) && !p.path.startsWith(SYNTHETIC.base))) {
    const doc = parse(html(file));
    expect(doc.querySelector('.site-header__title')?.text, path).toBe(PORTAL);
    expect(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), path).toBe(PORTAL);
    expect(doc.querySelector('title')?.text, path).toMatch(new RegExp(`${PORTAL}$`));
  }
});
