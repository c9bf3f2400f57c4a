/**
 * Share cards are drawn once per content (src/site/card-png.ts): the cache key changes with the
 * card's content and with the drawing, and stays the same for the same card; a cold build draws
 * each distinct card once and a warm one none.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardSvg, type CardSpec } from '../../src/site/share-card.ts';

const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
process.env.CARD_CACHE_DIR = dir;
const { DRAWING, cardKey, cardPng, drawCards } = await import('../../src/site/card-png.ts');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card: CardSpec = { slug: 'councils-x', title: 'Children in care in a SYNTHETIC council', number: '465', label: 'children in care', place: 'SYNTHETIC Council', when: 'Figures as at 31 March 2025', series: [400, 430, 465] };
const key = (c: CardSpec, drawing?: string) => cardKey(cardSvg(c), drawing);

describe('the card cache key', () => {
  it('is the same for the same content, whatever the object', () => {
    expect(key({ ...card, series: [...card.series!] })).toBe(key(card));
    expect(key(card)).toMatch(/^[0-9a-f]{32}$/);
  });
  it('changes when anything the card shows changes', () => {
    for (const changed of [{ number: '466' }, { title: 'Another title' }, { when: 'Figures as at 31 March 2026' }, { series: [400, 430, 466] }, { place: 'Other Council' }]) expect(key({ ...card, ...changed }), JSON.stringify(changed)).not.toBe(key(card));
  });
  it('changes when the drawing changes (rasteriser or its options), for the same card', () => {
    expect(key(card, DRAWING.replace('"compressionLevel":7', '"compressionLevel":9'))).not.toBe(key(card));
    expect(DRAWING).toContain('"vips"');
  });
});

describe('drawCards', () => {
  const other = { ...card, slug: 'regions-y', number: '12,345' };
  it('draws each distinct card once when the cache is cold, and none when it is warm', async () => {
    const cold = await drawCards([card, other, { ...card, slug: 'same-content-other-page' }]);
    expect(cold.drawn).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([key(card), key(other)].map((k) => `${k}.png`).sort());
    const warm = await drawCards([card, other]);
    expect(warm).toMatchObject({ drawn: 0, cached: 2 });
  });
  it('serves the drawn PNG from the cache', async () => {
    const res = await cardPng(card);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.equals(readFileSync(join(dir, `${key(card)}.png`)))).toBe(true);
    // 1200 × 630, from the PNG header.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
