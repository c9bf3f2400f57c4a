/**
 * Live editing: with `astro dev` running, a change to a file in the data folder or in
 * content/ shows in the open page without a restart or a manual reload.
 * The dev server reads a throwaway copy of the real council's data, named in a site file of its
 * own (SITE_CONFIG); the content edit is made to the real file and put back afterwards.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { REAL, TEST_SITE_FILE } from '../support/councils.ts';

let PORT = 0;
let dev: ChildProcess;
let root = '';
let log = '';

test.describe.configure({ mode: 'serial' });

/** A free port, so parallel checkouts on one machine do not collide. */
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

test.beforeAll(async () => {
  PORT = await freePort();
  root = mkdtempSync(join(tmpdir(), 'dev-data-'));
  cpSync(REAL.dir, join(root, REAL.slug), { recursive: true });
  const site = JSON.parse(readFileSync(TEST_SITE_FILE, 'utf8'));
  writeFileSync(join(root, 'site.json'), JSON.stringify({ ...site, councils: [{ slug: REAL.slug, dir: join(root, REAL.slug) }] }));
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, SITE_CONFIG: join(root, 'site.json'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d) => (log += d));
  dev.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro dev did not start:\n${log}`);
});

/** Opens a page and waits until Vite's client has connected: an edit made before that reaches no page
 * and never reloads it (seen on a loaded machine, where connecting took longer than the edit). */
async function openLive(page: import('@playwright/test').Page, url: string) {
  const connected = page.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 60_000 });
  await page.goto(url);
  await connected;
}

test.afterAll(() => {
  dev?.kill('SIGTERM');
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a data edit shows in the open page without a restart', async ({ page }) => {
  test.setTimeout(90_000);
  await openLive(page, `http://127.0.0.1:${PORT}${REAL.at('placement-types/childrens-homes/')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Children's homes");
  const file = join(root, REAL.slug, 'placement-types.json');
  const types = JSON.parse(readFileSync(file, 'utf8'));
  types.find((t: { id: string }) => t.id === 'childrens-homes').name = 'Children’s homes (edited live)';
  writeFileSync(file, JSON.stringify(types, null, 2));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Children’s homes (edited live)', { timeout: 30_000 });
});

test('a content edit shows in the open page without a restart', async ({ page }) => {
  test.setTimeout(90_000);
  const file = `content/councils/${REAL.slug}/methodology.mdx`;
  const original = readFileSync(file, 'utf8');
  try {
    await openLive(page, `http://127.0.0.1:${PORT}${REAL.at('methodology/')}`);
    await expect(page.locator('main')).not.toContainText('Zebracorn live edit');
    writeFileSync(file, `${original.trimEnd()}\n\nZebracorn live edit.\n`);
    await expect(page.locator('main')).toContainText('Zebracorn live edit', { timeout: 30_000 });
  } finally {
    writeFileSync(file, original);
  }
});
