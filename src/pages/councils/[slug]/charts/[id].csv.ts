/** councils/<slug>/charts/<id>.csv: exactly the rows and columns of the chart's data table. */
import type { APIRoute } from 'astro';
import { allModels, getModel } from '../../../../data/model.ts';
import { chartById, charts } from '../../../../charts/registry.ts';

export const getStaticPaths = () => allModels().flatMap((m) => [...charts(m).keys()].map((id) => ({ params: { slug: m.council.slug, id } })));

export const GET: APIRoute = ({ params }) =>
  new Response(chartById(getModel(params.slug!), params.id!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
