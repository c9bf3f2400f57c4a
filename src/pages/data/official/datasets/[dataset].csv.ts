import type { APIRoute } from 'astro';
import { csvFormatRows } from 'd3';
import { getOfficial } from '../../../../data/official/model.ts';
import { councilDatasets, datasetTable } from '../../../../site/open-data/table.ts';

/** /data/official/datasets/<dataset>.csv: one dataset for England, every region and every council, in DfE's open data layout. */
export function getStaticPaths() {
  return councilDatasets(getOfficial()).map((dataset) => ({ params: { dataset } }));
}

export const GET: APIRoute = ({ params }) => {
  const t = datasetTable(getOfficial(), params.dataset!);
  return new Response(csvFormatRows([t.fields.map((f) => f.name), ...t.rows]) + '\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
