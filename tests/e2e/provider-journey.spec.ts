/**
 * Issue 21: a provider on a phone reaches the council's commissioning route within two screens,
 * on a providers page of at most 8,000 px; a prospective carer sees the council's fostering
 * households with their split together. Expected values come from the data files, not the pages.
 */
import { test, expect } from '@playwright/test';
import { REAL } from '../support/councils.ts';

const SCREEN = { width: 390, height: 844 };
type Contact = { url?: string; audiences: string[] };
type Obs = { measure: string; value: unknown; breakdown?: string; total?: boolean; asAt: string };

test.use({ viewport: SCREEN });

test('the providers page is short on a phone, with the commissioning route in the first two screens', async ({ page }) => {
  await page.goto(REAL.at('providers/'));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(8000);
  const routes = REAL.json<{ contacts: Contact[] }>('council.json').contacts.filter((c) => c.audiences.includes('providers') && c.url);
  expect(routes.length).toBeGreaterThan(0);
  const first = page.locator(`main a[href="${routes[0].url}"]`).first();
  const top = await first.evaluate((a) => a.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThanOrEqual(2 * SCREEN.height);
  await expect(first).toBeVisible();
  // Asks by type and place, each with its state on the build date.
  await expect(page.locator('table', { has: page.locator('caption', { hasText: 'Current asks' }) }).locator('tbody tr').first()).toContainText(/\d+ (due|overdue|met|replaced)/i);
});

test("the fostering page shows the council's fostering households and their split together", async ({ page }) => {
  await page.goto(REAL.at('fostering/'));
  const f = REAL.json<{ fostering: { headlines: { measure: string }[] } }>('council.json').fostering;
  const rows = (await import('node:fs')).readdirSync(`${REAL.dir}/observations`).flatMap((file) => REAL.json<Obs[]>(`observations/${file}`));
  const total = rows.filter((o) => f.headlines.some((h) => h.measure === o.measure) && o.total && o.breakdown).sort((a, b) => a.asAt.localeCompare(b.asAt)).at(-1)!;
  const parts = rows.filter((o) => o.breakdown === total.breakdown && o.asAt === total.asAt && !o.total);
  expect(parts.length).toBeGreaterThanOrEqual(2);
  const line = page.locator('#households');
  await expect(line).toBeVisible();
  for (const v of [total, ...parts]) await expect(line).toContainText(String(v.value));
  // Pay, who can foster, the steps and the time to approval, each with a source.
  for (const id of ['pay', 'who', 'steps', 'time']) await expect(page.locator(`#${id}`)).toBeVisible();
  await expect(page.locator('#fees tbody tr')).toHaveCount(REAL.json<{ fees: { rows: unknown[] } }>('fostering-offer.json').fees.rows.length);
  await expect(page.locator('#time ~ p').first()).toContainText('Not published by');
});
