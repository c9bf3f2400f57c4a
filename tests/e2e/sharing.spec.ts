/**
 * Link previews on the built site: key pages have their own card, title and a description with a
 * number; each card is a 1200×630 PNG. (The public address itself is tested in
 * tests/unit/site-url.test.ts: a publishing build refuses a loopback address.)
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { REAL } from '../support/councils.ts';

const dirs = (d: string) => readdirSync(`dist/${d}`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/${d}/${e.name}/`);
const KEY_PAGES = ['/', REAL.at('fostering/'), REAL.at('providers/'), REAL.at('priorities/'), ...dirs(`councils/${REAL.slug}/placement-types`), ...dirs(`councils/${REAL.slug}/localities`), ...dirs('councils').slice(0, 20), ...dirs('regions')];

const meta = (path: string) => {
  const doc = parse(readFileSync(`dist${path}index.html`, 'utf8'));
  const get = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  return { title: get('meta[property="og:title"]'), description: get('meta[name="description"]'), image: get('meta[property="og:image"]'), url: get('meta[property="og:url"]') };
};

test('key pages have their own card, their own title and a number in the description', () => {
  const all = KEY_PAGES.map((p) => ({ p, ...meta(p) }));
  expect(all.length).toBeGreaterThan(40);
  for (const m of all) {
    expect(m.description, m.p).toMatch(/\d/);
    expect(m.image, m.p).toMatch(/\/cards\/[a-z0-9-]+\.png$/);
    expect(m.url.endsWith(m.p), m.p).toBe(true);
    expect(m.title, m.p).not.toBe('Home');
  }
  expect(new Set(all.map((m) => m.image)).size).toBe(all.length);
  expect(new Set(all.map((m) => m.title)).size).toBe(all.length);
});

test('each card is a 1200×630 PNG served by the site', async ({ request }) => {
  for (const p of ['/', REAL.at('placement-types/childrens-homes/'), '/councils/dorset/', '/regions/london/']) {
    const img = new URL(meta(p).image).pathname;
    const res = await request.get(img);
    expect(res.status(), img).toBe(200);
    const b = await res.body();
    expect(b.subarray(1, 4).toString()).toBe('PNG');
    expect([b.readUInt32BE(16), b.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
