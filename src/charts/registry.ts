/**
 * Every figure the site publishes, by id. Pages ask for figures by id; the download endpoints
 * list them all. Built once per model.
 */
import type { Model } from '../lib/model.ts';
import type { ChartOutput } from './figure.ts';
import { gapChart } from './gap-chart.ts';
import { gapMeta, gapRows } from './data.ts';

export function buildFigures(m: Model): Map<string, ChartOutput> {
  const figs: ChartOutput[] = [];
  const { rows, gaps } = gapRows(m);
  figs.push(gapChart({ meta: gapMeta(m, gaps, 'gaps-by-type'), rows }));
  for (const t of m.placementTypes) {
    figs.push(gapChart({ meta: gapMeta(m, gaps, `gaps-by-type-${t.id}`), rows, highlight: t.id }));
  }
  return new Map(figs.map((f) => [f.id, f]));
}

const cache = new WeakMap<Model, Map<string, ChartOutput>>();
export function figures(m: Model): Map<string, ChartOutput> {
  let f = cache.get(m);
  if (!f) cache.set(m, (f = buildFigures(m)));
  return f;
}

export function figureById(m: Model, id: string): ChartOutput {
  const f = figures(m).get(id);
  if (!f) throw new Error(`A page asks for chart "${id}", which the chart registry does not build`);
  return f;
}
