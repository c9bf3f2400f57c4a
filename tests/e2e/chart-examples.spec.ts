/**
 * Every chart example (synthetic fixtures) in the browser, with the built CSS and the built
 * enhancement script: axe (WCAG 2.2 AA tags) and keyboard navigation through the marks.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { allExamples, RULE_EXAMPLES } from '../../src/charts/examples/index.ts';
import { figureHtml } from '../../src/charts/kit/figure-html.ts';
import { standaloneSvg } from '../../src/charts/kit/standalone-svg.ts';
import { readFileSync } from 'node:fs';
import { checkPage } from '../../scripts/lib/chart-rules.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const assets = readdirSync('dist/_astro');
const css = assets.filter((f) => f.endsWith('.css')).map((f) => `<link rel="stylesheet" href="/_astro/${f}">`).join('');
const js = assets.find((f) => f.startsWith('Chart.') && f.endsWith('.js'));

async function show(page: Page, html: string) {
  await page.goto('/404.html');
  await page.setContent(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Chart example</title>${css}</head><body><main class="wrap">${html}</main><script type="module" src="/_astro/${js}"></script></body></html>`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('svg.chart__svg g.mark[tabindex]') !== null);
}

for (const { kind, name, chart } of allExamples()) {
  const html = figureHtml(chart, { href: (p) => `/${p}`, formatDate: (s) => s });

  test(`${kind}/${name}: axe finds no WCAG 2.2 AA violations`, async ({ page }) => {
    await show(page, html);
    const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  test(`${kind}/${name}: the keyboard moves through the marks with a tooltip`, async ({ page }) => {
    await show(page, html);
    const svg = page.locator('svg.chart__svg--wide');
    const marks = svg.locator('g.mark');
    const n = await marks.count();
    expect(n).toBe(chart.wide.marks);
    // One tab stop for the whole chart.
    await expect(svg.locator('g.mark[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(marks.first()).toBeFocused();
    const tip = page.locator('.chart__tip');
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText((await marks.first().getAttribute('data-label'))!);
    await expect(marks.first()).toHaveAttribute('aria-label', (await marks.first().getAttribute('data-label'))!);
    if (n > 1) {
      await page.keyboard.press('ArrowRight');
      await expect(marks.nth(1)).toBeFocused();
      await expect(tip).toHaveText((await marks.nth(1).getAttribute('data-label'))!);
      await page.keyboard.press('End');
      await expect(marks.last()).toBeFocused();
      await page.keyboard.press('Home');
      await expect(marks.first()).toBeFocused();
    }
    // The focused mark's table row is highlighted too.
    await expect(page.locator(`tr[data-key="${await marks.first().getAttribute('data-key')}"]`).first()).toHaveClass(/is-active/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Tab leaves the chart rather than walking every mark.
    await page.keyboard.press('Tab');
    await expect(page.locator('.chart__data summary')).toBeFocused();
  });
}

/** What each rule looks like in the browser, beyond the markup checks every rule example passes. */
const SEEN: Record<string, (page: Page) => Promise<void>> = {
  // Each unit has its own axis, titled with the unit.
  unit: async (page) => {
    const wide = page.locator('svg.chart__svg--wide');
    expect(await wide.locator('[data-axis]').evaluateAll((as) => as.map((a) => a.getAttribute('data-unit')))).toEqual(['places', 'carers', 'flats-a-year', 'young-people']);
    await expect(wide.locator('[data-axis="x"][data-unit="carers"]').getByText('carers', { exact: true })).toBeVisible();
  },
  // Every key entry's colour, as the browser paints it, is a different colour.
  colour: async (page) => {
    const colours = await page.locator('.chart__legend li .swatch').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).backgroundColor + getComputedStyle(s).backgroundImage));
    expect(new Set(colours).size).toBe(colours.length);
  },
  date: async (page) => {
    for (const label of ['Children with agencies, March 2024', 'Children in homes, April 2021']) await expect(page.locator('svg.chart__svg--wide').getByText(label, { exact: true })).toBeVisible();
  },
  // The 7 too narrow for its number is written under its bar and has a row in the table.
  segment: async (page) => {
    await expect(page.locator('svg.chart__svg--wide').getByText('7 in Westshire · 17 neighbouring · rest not broken down · total 50 children')).toBeVisible();
    await page.locator('.chart__data summary').click();
    await expect(page.locator('tr[data-row-id="narrow:in-area"]')).toContainText('7 children');
    await expect(page.locator('tr[data-row-id="narrow:rest"]')).toContainText('not published');
  },
  'type-page': async (page) => {
    expect(await page.locator('tbody th[scope="row"]').allTextContents()).toEqual(['Homes', 'Homes']);
  },
  'map-amount': async (page) => {
    const wide = page.locator('svg.chart__svg--wide');
    await expect(wide).toBeVisible();
    // A long label wraps onto lines (tspans): read each text element's lines as one sentence.
    const texts = await wide.locator('text').evaluateAll((els) => els.map((e) => (e.children.length ? [...e.children].map((c) => c.textContent).join(' ') : e.textContent ?? '')));
    expect(texts).toContain('2 needs: 2 places; 1 without a number');
    expect(texts.filter((t) => t === 'needs: not published')).toHaveLength(2);
  },
};

for (const r of RULE_EXAMPLES) {
  const ex = allExamples().find((e) => e.kind === r.kind && e.name === r.name)!;
  test(`rule "${r.rule}": stated in words above a chart that follows it (${r.kind}/${r.name})`, async ({ page }) => {
    await show(page, `<p class="chart-rule"><strong>Rule:</strong> ${r.words}</p>${figureHtml(ex.chart, { href: (p) => `/${p}`, formatDate: (s) => s })}`);
    await expect(page.locator('.chart-rule')).toContainText(r.words);
    expect(checkPage(await page.content()).violations).toEqual([]);
    await SEEN[r.rule](page);
    const a = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(a.violations.map((v) => v.id)).toEqual([]);
  });
}

test('every example: Image (SVG), made in the browser from the figure, is the file the build once wrote from the chart', async ({ page }) => {
  // The build's file (kit/standalone-svg.ts from the ChartOutput, as the removed SVG route wrote it)
  // against the browser's (read back from the page: title, takeaway, drawing, legend, notes, source),
  // both read by the browser's XML parser and written out again, so only what they say is compared.
  test.setTimeout(180_000);
  const canonical = (xml: string) =>
    page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'image/svg+xml');
      return doc.querySelector('parsererror') ? `not well-formed: ${doc.querySelector('parsererror')!.textContent}` : new XMLSerializer().serializeToString(doc);
    }, xml);
  for (const { kind, name, chart } of allExamples()) {
    await show(page, figureHtml(chart, { href: (p) => `/${p}`, formatDate: (s) => s }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Image (SVG)' }).dispatchEvent('click')]);
    const made = await canonical(readFileSync((await download.path())!, 'utf8'));
    expect(made, `${kind}/${name}`).toBe(await canonical(standaloneSvg(chart, (s) => s)));
  }
});
