/** councils/<slug>/charts/<id>.svg: the chart as a self-contained image with title, takeaway, legend and source. */
import type { APIRoute } from 'astro';
import { allModels, getModel } from '../../../../data/model.ts';
import { chartById, charts } from '../../../../charts/registry.ts';
import { standaloneSvg } from '../../../../charts/kit/standalone-svg.ts';
import { formatDate } from '../../../../text/format.ts';

export const getStaticPaths = () => allModels().flatMap((m) => [...charts(m).keys()].map((id) => ({ params: { slug: m.council.slug, id } })));

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(chartById(getModel(params.slug!), params.id!), formatDate), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
