import type { APIRoute } from 'astro';
import { getOfficial } from '../../../../data/official/model.ts';
import { openDataAreas, openDataFile } from '../../../../site/open-data/files.ts';
import { siteRoot } from '../../../../views/open-data.ts';

/** /data/official/<slug>/datapackage.json: the Frictionless Tabular Data Package describing the CSV beside it. */
export function getStaticPaths() {
  return openDataAreas(getOfficial()).map((a) => ({ params: { slug: a.slug } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(openDataFile(getOfficial(), params.slug!, siteRoot(site)).datapackage, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
