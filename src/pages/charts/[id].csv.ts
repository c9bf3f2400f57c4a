/** charts/<id>.csv: exactly the rows and columns of the chart's data table. */
import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { figureById, figures } from '../../charts/registry.ts';

export const getStaticPaths = () => [...figures(getModel()).keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(figureById(getModel(), params.id!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
