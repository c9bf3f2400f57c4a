/**
 * Share cards as PNG files (the card routes under src/pages/cards/), each drawn once per content.
 *
 * A card's PNG is kept in a cache folder, `.cache/share-cards/` at the top of the project (not
 * under git; CARD_CACHE_DIR to move it; a CI cache step keeps it between runs: see
 * .github/workflows/publish.yml), under a key that hashes what decides its pixels: the card's SVG
 * (its words, numbers and the drawing code's output, src/site/share-card.ts) and how it is
 * rasterised (sharp and libvips versions, the PNG options). Any change to either gives a new key,
 * so a stale card is never served; an unchanged card is read back. Before a build renders the
 * cards, each route hands its cards to drawCards(), which draws the missing ones in parallel and
 * prints how many it drew and how long that took (`npm run bench` reads the line for "cards, cold").
 */
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { cardSvg, type CardSpec } from './share-card.ts';

/**
 * How a card is rasterised: full colour at zlib level 7. A palette PNG (libimagequant) is half the
 * file (19 against 38 kB a card) but quantising cost 42 to 55 ms of CPU a card here against 12 ms,
 * and a SYNTHETIC England has about 4,000 cards: 165 s of a cold build of 280 s. Cards are
 * fetched only by link previews, never by a reader's page, so the cheaper drawing wins.
 */
export const RASTER = { compressionLevel: 7 } as const;

/** What draws the pixels, besides the SVG: part of every key. */
export const DRAWING = JSON.stringify({ sharp: sharp.versions, png: RASTER });

export const cardCacheDir = () => resolve(process.env.CARD_CACHE_DIR ?? join('.cache', 'share-cards'));

/** The cache key of a card: a hash of its SVG and of the drawing (rasteriser and options). */
export const cardKey = (svg: string, drawing: string = DRAWING): string => createHash('sha256').update(drawing).update('\0').update(svg).digest('hex').slice(0, 32);

const fileFor = (key: string) => join(cardCacheDir(), `${key}.png`);

async function draw(svg: string, file: string): Promise<Buffer> {
  const png = await sharp(Buffer.from(svg)).png(RASTER).toBuffer();
  mkdirSync(cardCacheDir(), { recursive: true });
  // Written aside and renamed: a build beside this one never reads half a file.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/**
 * Draws every card not yet in the cache, several at once, each distinct content
 * once. Prints "[share-cards] N cards: D drawn in S s (P at a time), C from the cache".
 */
export async function drawCards(cards: readonly CardSpec[], label = 'cards'): Promise<{ drawn: number; cached: number; ms: number }> {
  const t0 = performance.now();
  const todo = new Map<string, string>();
  let cached = 0;
  for (const c of cards) {
    const svg = cardSvg(c);
    const file = fileFor(cardKey(svg));
    if (todo.has(file)) continue;
    if (existsSync(file)) cached++;
    else todo.set(file, svg);
  }
  const jobs = [...todo];
  // sharp works in libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise): keep it
  // full. Measured on 2 cores: 40 ms a card this way against 72 ms one after another.
  const lanes = Math.max(1, Math.min(Math.max(availableParallelism(), Number(process.env.UV_THREADPOOL_SIZE) || 4), jobs.length));
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < jobs.length) {
        const [file, svg] = jobs[next++];
        await draw(svg, file);
      }
    }),
  );
  const ms = Math.round(performance.now() - t0);
  console.log(`[share-cards] ${cards.length} ${label}: ${jobs.length} drawn in ${(ms / 1000).toFixed(2)} s (${lanes} at a time), ${cached} from the cache`);
  return { drawn: jobs.length, cached, ms };
}

/** The card as a PNG response: from the cache, drawn first if it is not there (the dev server draws on request). */
export async function cardPng(c: CardSpec): Promise<Response> {
  const svg = cardSvg(c);
  const file = fileFor(cardKey(svg));
  const png = existsSync(file) ? readFileSync(file) : await draw(svg, file);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
