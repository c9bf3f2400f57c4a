/** /compare/<id>.csv: every council's figure in one comparison, with rank and source row. */
import type { APIRoute } from 'astro';
import { getOfficial } from '../../data/official/model.ts';
import { profileCatalogue } from '../../data/profile.ts';
import { compareCsv, compareView } from '../../views/compare.ts';
export function getStaticPaths() {
  const o = getOfficial();
  return profileCatalogue().compare.filter((c) => compareView(o, c.id)).map((c) => ({ params: { id: c.id } }));
}
export const GET: APIRoute = ({ params }) => new Response(compareCsv(compareView(getOfficial(), params.id!)!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
