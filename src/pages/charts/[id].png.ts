/** charts/<id>.png: the standalone SVG rendered by sharp at twice its size, at build time. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getModel } from '../../data/model.ts';
import { chartById, charts } from '../../charts/registry.ts';
import { standaloneSvg } from '../../charts/kit/standalone-svg.ts';
import { formatDate } from '../../text/format.ts';
import { pngDensity as density } from '../../charts/kit/png-density.ts';

export const getStaticPaths = () => [...charts(getModel()).keys()].map((id) => ({ params: { id } }));

// Rasterising is most of the build's cost, so an unchanged chart reuses its last PNG
// (keyed by the SVG's content): watch rebuilds and repeat builds only render what changed.
const CACHE = join('node_modules', '.cache', 'chart-png');

export const GET: APIRoute = async ({ params }) => {
  // PNG text uses DejaVu Sans (fonts-dejavu-core): system UI fonts are not available to librsvg.
  const svg = standaloneSvg(chartById(getModel(), params.id!), formatDate).replace(/font-family="[^"]*"/, `font-family="DejaVu Sans, sans-serif"`);
  const key = join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  let png: Buffer;
  if (existsSync(key)) png = readFileSync(key);
  else {
    // Level 6: level 9 doubled the render time for files only 4% smaller.
    png = await sharp(Buffer.from(svg), { density: density(svg) }).png({ compressionLevel: 6 }).toBuffer();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(key, png);
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
