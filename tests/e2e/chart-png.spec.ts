/**
 * "Image (PNG)" is drawn in the browser from the chart's standalone SVG, itself made in the
 * browser from the figure (no image is written at build): the download is a valid PNG at the
 * density the SVG asks for, under the site's Content-Security-Policy, and without JavaScript
 * neither image link is offered.
 */
import { test, expect } from '@playwright/test';
import { REAL } from '../support/councils.ts';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { pngPixels } from '../../src/charts/kit/png-density.ts';

/** Width, height and decoded pixel rows of a PNG (8-bit RGBA or RGB, as canvas writes), checking every chunk's structure. */
function readPng(buf: Buffer) {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let pos = 8;
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let channels = 4;
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    chunks.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      channels = data[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  expect(chunks[0]).toBe('IHDR');
  expect(chunks.at(-1)).toBe('IEND');
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (1 + width * channels));
  return { width, height, channels, raw };
}

test('Image (PNG) downloads a valid PNG of the chart at twice the SVG size, with no CSP violation', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(REAL.at());
  const fig = page.locator('figure.chart').first();
  const link = fig.getByRole('link', { name: 'Image (PNG)' });
  await expect(link).toHaveCount(1);
  const id = (await fig.getAttribute('id'))!;
  const [svgFile] = await Promise.all([page.waitForEvent('download'), fig.getByRole('link', { name: 'Image (SVG)' }).click()]);
  const want = pngPixels(readFileSync((await svgFile.path())!, 'utf8'));
  expect(want.width).toBeGreaterThan(1000);

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${id}.png`);
  const bytes = readFileSync((await download.path())!);
  const png = readPng(bytes);
  expect({ width: png.width, height: png.height }).toEqual(want);
  // Drawn, not blank: decoded again by the browser, the top-left pixel is paper and there is dark ink (text, bars).
  const ink = await page.evaluate(async (b64) => {
    const bin = atob(b64);
    const bmp = await createImageBitmap(new Blob([Uint8Array.from(bin, (ch) => ch.charCodeAt(0))], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4 * 13) if (d[i] + d[i + 1] + d[i + 2] < 240) dark++;
    return { dark, corner: [d[0], d[1], d[2], d[3]] };
  }, bytes.toString('base64'));
  expect(ink.corner[3]).toBe(255);
  expect(ink.corner[0] + ink.corner[1] + ink.corner[2]).toBeGreaterThan(600);
  expect(ink.dark).toBeGreaterThan(500);
  expect(errors).toEqual([]);
});

test('without JavaScript no image link is offered; the data download still is', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(REAL.at());
  const fig = page.locator('figure.chart').first();
  await expect(fig.getByRole('link', { name: 'Image (PNG)' })).toHaveCount(0);
  await expect(fig.getByRole('link', { name: 'Image (SVG)' })).toHaveCount(0);
  await expect(fig.getByRole('link', { name: 'Download the data (CSV)' })).toHaveCount(1);
  await ctx.close();
});
