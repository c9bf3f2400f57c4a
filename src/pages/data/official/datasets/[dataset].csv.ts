import type { APIRoute } from 'astro';
import { getOfficial } from '../../../../data/official/model.ts';
import { councilDatasets, datasetCsv, datasetTable } from '../../../../site/open-data/table.ts';

/** /data/official/datasets/<dataset>.csv: one dataset for England, every region and every council, in DfE's open data layout. */
export function getStaticPaths() {
  return councilDatasets(getOfficial()).map((dataset) => ({ params: { dataset } }));
}

export const GET: APIRoute = ({ params }) => {
  const t = datasetTable(getOfficial(), params.dataset!);
  return new Response(datasetCsv(t), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
