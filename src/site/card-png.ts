/**
 * A share card as a PNG response (the card routes under src/pages/cards/). Drawn once per
 * content: an unchanged card is read back from the cache (keyed by its SVG), so rebuilds cost
 * nothing.
 */
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardSvg, type CardSpec } from './share-card.ts';

const CACHE = join('node_modules', '.cache', 'share-cards');

export async function cardPng(c: CardSpec): Promise<Response> {
  const svg = cardSvg(c);
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
}
