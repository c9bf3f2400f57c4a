/**
 * The site builds for any council: the synthetic Brackenmoor council (tests/fixtures/councils/
 * brackenmoor: other places, threshold 10, two editions) built and served, every page visited
 * in Chromium, and no word of Dorset anywhere.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../scripts/lib/dist.ts';

const PORT = 4339;
let out = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'second-council-'));
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...process.env, SITE_DATA_DIR: 'tests/fixtures/councils/brackenmoor', ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build of the synthetic council failed:\n${r.stdout}\n${r.stderr}`);
  server = spawn(process.execPath, ['scripts/serve-static.ts', out, String(PORT)], { stdio: 'ignore' });
});

test.afterAll(() => {
  server?.kill();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('every page of the synthetic council shows its own names and no word of Dorset', async ({ page }) => {
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.status ?? 0).toBe(200);
  const paths = sitemapPaths({ root: out });
  expect(paths.length).toBeGreaterThan(15);
  // The national pages list every English council from official data, the real one included;
  // the council's own pages must name nothing of it.
  const own = paths.filter((p) => !/^\/(councils|regions)\/|^\/data\/catalogue\//.test(p));
  expect(own.length).toBeGreaterThan(15);
  for (const path of own) {
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    const html = await page.content();
    expect(html, path).not.toMatch(/dorset|chesil|purbeck|weymouth/i);
    await expect(page.locator('.site-header__council'), path).toHaveText(/Brackenmoor Council/);
  }
  await page.goto(`http://127.0.0.1:${PORT}/placement-types/residential-homes/`);
  // The figures wait behind summary lines on a type page; a reader opens them.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // 8 children: withheld under Brackenmoor's threshold of 10, and the key says so.
  await expect(page.locator('td[data-value-kind="suppressed"]').first()).toHaveText('c');
  await expect(page.getByText(/fewer than 11 children/).first()).toBeVisible();
  await page.goto(`http://127.0.0.1:${PORT}/localities/northmere/`);
  await expect(page.locator('h1')).toHaveText('Northmere');
});
