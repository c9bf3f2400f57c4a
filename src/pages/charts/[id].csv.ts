/** charts/<id>.csv: exactly the rows and columns of the chart's data table. */
import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { chartById, charts } from '../../charts/registry.ts';

export const getStaticPaths = () => [...charts(getModel()).keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartById(getModel(), params.id!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
