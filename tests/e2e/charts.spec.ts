/** Charts on the built site: axe, JavaScript off, CSV = table, downloads, 320 px, script size. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { csvParseRows } from 'd3';
import { REAL } from '../support/councils.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ids = (file: string) => (JSON.parse(readFileSync(`${REAL.dir}/${file}`, 'utf8')) as { id: string }[]).map((x) => x.id);
const CANDIDATES = [REAL.at(), REAL.at('localities/'), REAL.at('priorities/'), ...ids('placement-types.json').map((t) => `${REAL.base}placement-types/${t}/`), ...ids('localities.json').map((l) => `${REAL.base}localities/${l}/`)];
// A placement type with no stated need, trend or breakdown has no chart: its page says so instead.
const CHART_PAGES = CANDIDATES.filter((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('data-chart'));
test('most chart pages have charts', () => expect(CHART_PAGES.length).toBeGreaterThanOrEqual(15));

for (const path of CHART_PAGES) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}, with the chart enhancement running`, async ({ page }) => {
    await page.goto(path);
    await page.waitForFunction(() => document.querySelector('svg.chart__svg g.mark[tabindex]') !== null);
    const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

/** The council's own charts; its official profile's charts (folded on its overview) have their own tests. */
const COUNCIL_CHARTS = 'figure.chart:not(#official-figures *)';

test('with JavaScript off, every chart page shows its charts with takeaway, table, source and downloads', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  for (const path of CHART_PAGES) {
    await page.goto(path);
    // Some charts wait behind a summary line; a reader opens it to see them.
    await page.evaluate(() => document.querySelectorAll('details:not(.chart__data)').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const figs = page.locator(COUNCIL_CHARTS);
    expect(await figs.count(), path).toBeGreaterThan(0);
    for (const fig of await figs.all()) {
      const svg = fig.locator('svg.chart__svg--wide');
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('role', 'img');
      // Its accessible name is the text alternative, not the title.
      const alt = await page.locator(`#${await svg.getAttribute('aria-labelledby')}`).textContent();
      expect(alt!.length).toBeGreaterThan(40);
      expect(alt).not.toBe(await fig.locator('.chart__title').textContent());
      expect(await svg.locator('g.mark').count()).toBeGreaterThan(0);
      await expect(fig.locator('.chart__takeaway')).not.toBeEmpty();
      await expect(fig.locator('.chart__data table')).toHaveCount(1);
      await expect(fig.locator('.chart__source')).toContainText('As at');
      // CSV, SVG and the link to the chart; the PNG is drawn by the script (tests/e2e/chart-png.spec.ts).
      await expect(fig.locator('.chart__downloads a')).toHaveCount(3);
    }
  }
  await ctx.close();
});

test('each chart CSV download holds exactly the data in the chart’s table', async ({ page }) => {
  // It opens and reads every chart on every chart page (over 40 since the money charts joined the
  // type pages), one after another: genuinely longer than the default 30 s on a shared machine.
  test.setTimeout(120_000);
  const seen = new Set<string>();
  for (const path of CHART_PAGES) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details:not(.chart__data)').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const fig of await page.locator(COUNCIL_CHARTS).all()) {
      const id = (await fig.getAttribute('id'))!;
      if (seen.has(id)) continue;
      seen.add(id);
      await fig.locator('.chart__data summary').click();
      const head = await fig.locator('thead th').allTextContents();
      const body = await fig.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
      const res = await page.request.get((await fig.locator('a', { hasText: 'CSV' }).getAttribute('href'))!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('text/csv');
      const rows = csvParseRows((await res.text()).trim());
      expect(rows, id).toEqual([head.map((h) => h.trim()), ...body]);
    }
  }
  expect(seen.size).toBeGreaterThan(30);
});

test('the SVG download is a real image of the chart', async ({ page, request }) => {
  await page.goto(REAL.at());
  const fig = page.locator(COUNCIL_CHARTS).first();
  const svg = await request.get((await fig.locator('a', { hasText: 'SVG' }).getAttribute('href'))!);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const text = await svg.text();
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).toContain(`<title>${(await fig.locator('.chart__title').textContent())!.replace(/'/g, '&#39;')}</title>`);
});

test('chart pages fit 320 px without horizontal scrolling and switch to the narrow drawing', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await ctx.newPage();
  for (const path of CHART_PAGES) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    await expect(page.locator('svg.chart__svg--narrow').first()).toBeVisible();
    await expect(page.locator('svg.chart__svg--wide').first()).toBeHidden();
  }
  await ctx.close();
});

test('the enhancement script is at most 10 kB gzipped and loads only on pages with charts', async ({ page }) => {
  const file = readdirSync('dist/_astro').find((f) => f.startsWith('Chart.') && f.endsWith('.js'))!;
  const gz = gzipSync(readFileSync(`dist/_astro/${file}`), { level: 9 }).length;
  console.log(`chart enhancement: ${file} ${readFileSync(`dist/_astro/${file}`).length} B, ${gz} B gzipped`);
  expect(gz).toBeLessThanOrEqual(10 * 1024);
  await page.goto(REAL.at());
  expect(await page.locator(`script[src$="${file}"]`).count()).toBe(1);
  await page.goto(REAL.at('sources/'));
  expect(await page.locator(`script[src$="${file}"]`).count()).toBe(0);
});
