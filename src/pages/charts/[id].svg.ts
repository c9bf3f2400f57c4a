/** charts/<id>.svg: the chart as a self-contained image with title, takeaway, legend and source. */
import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { figureById, figures } from '../../charts/registry.ts';
import { standaloneSvg } from '../../charts/figure.ts';
import { formatDate } from '../../text/format.ts';

export const getStaticPaths = () => [...figures(getModel()).keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(figureById(getModel(), params.id!), formatDate), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
