import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { DOWNLOADS, downloadCsv, type DownloadId } from '../../site/csv.ts';

export function getStaticPaths() {
  return Object.keys(DOWNLOADS).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(downloadCsv(getModel(), params.file as DownloadId), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
