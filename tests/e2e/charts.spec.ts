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
      // Without JavaScript: the data (the page's CSV) and the link to the chart; the images are made by the script.
      await expect(fig.locator('.chart__downloads a')).toHaveCount(2);
      await expect(fig.getByRole('link', { name: 'Download the data (CSV)' })).toHaveAttribute('href', `${path}charts.csv`);
      await expect(fig.getByRole('link', { name: /^Image/ })).toHaveCount(0);
    }
  }
  await ctx.close();
});

/** A chart's table as a reader sees it: header cells and each row's cells. */
async function tableOf(fig: import('@playwright/test').Locator) {
  const head = (await fig.locator('thead th').allTextContents()).map((h) => h.trim());
  const body = await fig.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  return { head, body };
}

/** The rows of one chart in a page CSV, by its id, as its own table's columns. */
function chartRows(csv: string[][], id: string, head: string[]) {
  const [cols, ...rows] = csv;
  const at = head.map((h) => cols.indexOf(h));
  expect(at, `every column of ${id} is in the page CSV`).not.toContain(-1);
  const mine = rows.filter((r) => r[1] === id);
  // Columns of other charts stay empty in this chart's rows.
  for (const r of mine) r.forEach((v, i) => i > 1 && !at.includes(i) && expect(v, `${id}: column ${cols[i]}`).toBe(''));
  return mine.map((r) => at.map((i) => r[i]));
}

test("each chart page's CSV holds every chart's rows, exactly as its table, with the chart named", async ({ page }) => {
  // It opens and reads every chart on every chart page (over 40 since the money charts joined the
  // type pages), one after another: genuinely longer than the default 30 s on a shared machine.
  test.setTimeout(120_000);
  const seen = new Set<string>();
  for (const path of CHART_PAGES) {
    await page.goto(path);
    const res = await page.request.get(`${path}charts.csv`);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const csv = csvParseRows((await res.text()).trim());
    expect(csv[0].slice(0, 2)).toEqual(['Chart', 'Chart id']);
    const figs = await page.locator('figure.chart').all();
    // Every row belongs to a chart on this page.
    const here = new Set(await Promise.all(figs.map((f) => f.getAttribute('id'))));
    expect(csv.slice(1).filter((r) => !here.has(r[1])), path).toEqual([]);
    for (const fig of figs) {
      const id = (await fig.getAttribute('id'))!;
      const title = (await fig.locator('.chart__title').textContent())!.trim();
      const { head, body } = await tableOf(fig);
      expect(chartRows(csv, id, head), `${path} ${id}`).toEqual(body);
      expect(new Set(csv.filter((r) => r[1] === id).map((r) => r[0]))).toEqual(new Set([title]));
      seen.add(id);
    }
  }
  expect(seen.size).toBeGreaterThan(30);
});

test('without JavaScript the CSV link downloads the page CSV, holding the chart’s rows and a column naming it', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  const page = await ctx.newPage();
  const path = REAL.at('fostering/');
  await page.goto(path);
  const fig = page.locator(COUNCIL_CHARTS).first();
  const [download] = await Promise.all([page.waitForEvent('download'), fig.getByRole('link', { name: 'Download the data (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe(`councils-${REAL.slug}-fostering-charts.csv`);
  const csv = csvParseRows(readFileSync((await download.path())!, 'utf8').trim());
  const id = (await fig.getAttribute('id'))!;
  const { head, body } = await tableOf(fig);
  expect(csv[0][0]).toBe('Chart');
  expect(chartRows(csv, id, head)).toEqual(body);
  expect(csv.find((r) => r[1] === id)![0]).toBe((await fig.locator('.chart__title').textContent())!.trim());
  // The page has more than one chart, and the file holds them all.
  expect(new Set(csv.slice(1).map((r) => r[1])).size).toBe(await page.locator('figure.chart').count());
  expect(await page.locator('figure.chart').count()).toBeGreaterThan(1);
  await ctx.close();
});

test('with JavaScript the CSV link downloads only that chart’s rows', async ({ page }) => {
  await page.goto(REAL.at('fostering/'));
  const fig = page.locator(COUNCIL_CHARTS).nth(1);
  const id = (await fig.getAttribute('id'))!;
  const [download] = await Promise.all([page.waitForEvent('download'), fig.getByRole('link', { name: 'Download the data (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${id}.csv`);
  const { head, body } = await tableOf(fig);
  expect(csvParseRows(readFileSync((await download.path())!, 'utf8').trim())).toEqual([head, ...body]);
});

test('Image (SVG) downloads a valid standalone SVG with the chart’s title, words and marks', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(REAL.at());
  const fig = page.locator(COUNCIL_CHARTS).first();
  const id = (await fig.getAttribute('id'))!;
  // A mark focused and highlighted as the download is made (a click event that leaves focus where it
  // is): the focus rings, roles and highlight the script adds are not part of the image.
  await fig.locator('svg.chart__svg--wide g.mark').first().focus();
  await expect(fig.locator('svg.chart__svg--wide .focus-ring').first()).toBeAttached();
  await expect(fig.locator('svg.chart__svg--wide g.mark.is-active')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), fig.getByRole('link', { name: 'Image (SVG)' }).dispatchEvent('click')]);
  expect(download.suggestedFilename()).toBe(`${id}.svg`);
  const file = readFileSync((await download.path())!, 'utf8');
  const title = (await fig.locator('.chart__title').textContent())!.trim();
  const takeaway = (await fig.locator('.chart__takeaway').textContent())!.trim();
  const source = (await fig.locator('.chart__source').textContent())!.trim();
  const legend = (await fig.locator('.chart__legend li').allTextContents()).map((l) => l.trim());
  const inlineMarks = await fig.locator('svg.chart__svg--wide g.mark').count();
  // Read by the browser's XML parser, as an image viewer would: well-formed, an SVG root in the SVG namespace.
  const read = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = doc.documentElement;
    // A wrapped text is one <tspan> a line: its lines read with a space between.
    const lines = (e: Element) => (e.querySelector('tspan') ? [...e.querySelectorAll('tspan')].map((t) => t.textContent) : [e.textContent]);
    const words = (sel: string) => [...doc.querySelectorAll(sel)].map((e) => lines(e).join(' ').replace(/\s+/g, ' ').trim());
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('svg > title')?.textContent,
      desc: doc.querySelector('svg > desc')?.textContent,
      marks: doc.querySelectorAll('g.mark').length,
      rings: doc.querySelectorAll('.focus-ring, [tabindex], .is-active').length,
      text: words('text').join(' '),
      patternsOk: [...doc.querySelectorAll('[fill^="url(#"]')].every((e) => doc.getElementById(e.getAttribute('fill')!.slice(5, -1)) !== null),
    };
  }, file);
  expect(read.error).toBeNull();
  expect(read).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', title, marks: inlineMarks, rings: 0, patternsOk: true });
  expect(read.marks).toBeGreaterThan(0);
  expect(read.width).toBe(Number((await fig.locator('svg.chart__svg--wide').getAttribute('viewBox'))!.split(' ')[2]));
  expect(read.height).toBeGreaterThan(read.width / 4);
  expect(read.desc).toContain(takeaway);
  // The words travel with the image: title, takeaway, every legend entry and the source line (wrapped over lines).
  for (const w of [title, takeaway, ...legend, source]) expect(read.text, w).toContain(w.split(' ').slice(0, 3).join(' '));
  expect(read.text.replace(/\s+/g, ' ')).toContain(source.split(' ').slice(-3).join(' '));
  expect(errors).toEqual([]);
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
