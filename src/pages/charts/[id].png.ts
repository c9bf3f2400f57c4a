/** charts/<id>.png: the standalone SVG rendered by sharp at twice its size, at build time. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getModel } from '../../lib/model.ts';
import { figureById, figures } from '../../charts/registry.ts';
import { standaloneSvg } from '../../charts/figure.ts';
import { formatDate } from '../../lib/format.ts';

export const getStaticPaths = () => [...figures(getModel()).keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) => {
  // PNG text uses DejaVu Sans (fonts-dejavu-core): system UI fonts are not available to librsvg.
  const svg = standaloneSvg(figureById(getModel(), params.id!), formatDate).replace(/font-family="[^"]*"/, `font-family="DejaVu Sans, sans-serif"`);
  const png = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
