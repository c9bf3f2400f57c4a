/**
 * cards/<page>.png: each key page's 1200×630 link-preview card. Drawn once per content: an
 * unchanged card is read back from the cache (keyed by its SVG), so rebuilds cost nothing.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getModel } from '../../data/model.ts';
import { getOfficial } from '../../data/official/model.ts';
import { cardSpecs } from '../../views/cards.ts';
import { cardSvg, type CardSpec } from '../../site/share-card.ts';

export function getStaticPaths() {
  return cardSpecs(getModel(), getOfficial()).map((c) => ({ params: { card: c.slug }, props: { c } }));
}

const CACHE = join('node_modules', '.cache', 'share-cards');

export const GET: APIRoute = async ({ props }) => {
  const svg = cardSvg((props as { c: CardSpec }).c);
  const key = join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  let png: Buffer;
  if (existsSync(key)) png = readFileSync(key);
  else {
    // Palette PNG: a flat two-colour card is a quarter of the size of a full-colour one.
    png = await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 6 }).toBuffer();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(key, png);
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
