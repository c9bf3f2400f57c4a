/**
 * Every chart example (synthetic fixtures) in the browser, with the built CSS and the built
 * enhancement script: axe (WCAG 2.2 AA tags) and keyboard navigation through the marks.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { allExamples } from '../../src/charts/examples/index.ts';
import { figureHtml } from '../../src/charts/kit/figure-html.ts';

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
