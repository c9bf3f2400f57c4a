/**
 * Council layers for a build of many councils at once (the benchmark's SYNTHETIC England):
 * each council's in-depth pages under /<slug>/, rendered by the site's own page files
 * (scripts/lib/parts.ts writes the wrappers that call these). SITE_LAYERS names a JSON file
 * listing { slug, dir } for each council. The pages read their council through getModel(),
 * which follows SITE_DATA_DIR: the wrapper sets it before the page runs. Astro renders one page
 * at a time, so the setting holds for exactly that page.
 *
 * Limitation: the site has no URL scheme for several council layers yet, so links inside a
 * layer still point at the root layout; rendering them costs the same.
 */
import { readFileSync } from 'node:fs';

export interface Layer {
  slug: string;
  dir: string;
}

let cached: Layer[] | undefined;
export function layers(): Layer[] {
  if (!cached) {
    const file = process.env.SITE_LAYERS;
    if (!file) throw new Error('SITE_LAYERS is not set: it names a JSON file of council layers');
    cached = JSON.parse(readFileSync(file, 'utf8')) as Layer[];
  }
  return cached;
}

/** Makes `slug`'s data the data getModel() reads. */
export function enterLayer(slug: string | undefined): void {
  const layer = layers().find((l) => l.slug === slug);
  if (!layer) throw new Error(`no council layer "${slug}"`);
  process.env.SITE_DATA_DIR = layer.dir;
}

type Paths = { params: Record<string, string | undefined>; props?: Record<string, unknown> }[];

/** The page's own paths, once per council layer, each with its council. */
export async function layerPaths(inner: ((o: unknown) => Paths | Promise<Paths>) | undefined, opts: unknown): Promise<Paths> {
  const out: Paths = [];
  for (const l of layers()) {
    enterLayer(l.slug);
    const paths = inner ? await inner(opts) : [{ params: {} }];
    for (const p of paths) out.push({ params: { ...p.params, council: l.slug }, props: p.props });
  }
  return out;
}
