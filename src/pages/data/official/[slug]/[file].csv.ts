import type { APIRoute } from 'astro';
import { getOfficial } from '../../../../data/official/model.ts';
import { openDataAreas, openDataFile } from '../../../../site/open-data/files.ts';
import { siteRoot } from '../../../../views/open-data.ts';

/** /data/official/<slug>/<slug>.csv: an area's official statistics in DfE's open data layout. */
export function getStaticPaths() {
  return openDataAreas(getOfficial()).map((a) => ({ params: { slug: a.slug, file: a.slug } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(openDataFile(getOfficial(), params.slug!, siteRoot(site)).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
