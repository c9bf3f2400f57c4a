import type { APIRoute } from 'astro';
import { allModels, getModel } from '../../../../data/model.ts';
import { DOWNLOADS, downloadCsv, type DownloadId } from '../../../../site/csv.ts';

export function getStaticPaths() {
  return allModels().flatMap((m) => Object.keys(DOWNLOADS).map((file) => ({ params: { slug: m.council.slug, file } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(downloadCsv(getModel(params.slug!), params.file as DownloadId), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
