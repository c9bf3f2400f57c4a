import type { APIRoute } from 'astro';
import { getOfficial } from '../../../../data/official/model.ts';
import { openDataAreas, openDataFile } from '../../../../site/open-data/files.ts';
import { siteRoot } from '../../../../views/open-data.ts';

/** /data/official/<slug>/<slug>.json: the same table as the CSV, as JSON. */
export function getStaticPaths() {
  return openDataAreas(getOfficial()).map((a) => ({ params: { slug: a.slug, file: a.slug } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(openDataFile(getOfficial(), params.slug!, siteRoot(site)).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
