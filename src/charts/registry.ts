/**
 * Every chart the site publishes, by id: the kinds of chart, and which of each to build for a
 * model. Pages ask for charts by id (CHART). Built once per model. A chart's downloads are made
 * from the page that shows it (src/charts/kit/page-csv.ts, src/scripts/charts.ts).
 */
import type { Model } from '../data/model.ts';
import type { ChartOutput } from './kit/output.ts';
import { CHART, FOCUS_COLS, FOCUS_ROWS } from './ids.ts';
import { gapChart } from './gap/draw.ts';
import { gapInputs } from './gap/input.ts';
import { matrixChart } from './matrix/draw.ts';
import { matrixInputs } from './matrix/input.ts';
import { mapChart } from './map/draw.ts';
import { mapInputs } from './map/input.ts';
import { whereChart } from './where/draw.ts';
import { whereInputs } from './where/input.ts';
import { trendChart } from './trend/draw.ts';
import { fosteringBudgetInput, measureTrendInput, type MeasureTrend } from './trend/input.ts';
import { progressChart } from './progress/draw.ts';
import { progressInput } from './progress/input.ts';
import { financeChart } from './finance/draw.ts';
import { financeInput, financeInputFor, financeTypes } from './finance/input.ts';

export { CHART, FOCUS_COLS, FOCUS_ROWS };
export type { ChartOutput };

/** The trend charts the council's data asks for (council.json charts.trends), each with its chart id. */
export const trends = (m: Model): MeasureTrend[] => m.council.charts.trends.map((t) => ({ ...t, id: CHART.trendFor(t.measure) }));

const present = <T,>(x: T | null): x is T => x !== null;

/** Each kind of chart: the inputs a model gives it, drawn. */
const KINDS: readonly { kind: string; build: (m: Model) => ChartOutput[] }[] = [
  { kind: 'gap', build: (m) => gapInputs(m).map(gapChart) },
  { kind: 'matrix', build: (m) => matrixInputs(m).map(matrixChart) },
  { kind: 'map', build: (m) => mapInputs(m).map(mapChart) },
  { kind: 'where', build: (m) => whereInputs(m).map(whereChart) },
  { kind: 'trend', build: (m) => [...trends(m).map((t) => measureTrendInput(m, t)), fosteringBudgetInput(m, CHART.fosteringBudget)].filter(present).map(trendChart) },
  { kind: 'finance', build: (m) => [financeInput(m), ...financeTypes(m).map((t) => financeInputFor(m, t))].filter(present).map(financeChart) },
  { kind: 'progress', build: (m) => [progressInput(m, CHART.progress)].filter(present).map(progressChart) },
];

const cache = new WeakMap<Model, Map<string, ChartOutput>>();

/** Every chart for a model, by id. */
export function charts(m: Model): Map<string, ChartOutput> {
  let built = cache.get(m);
  if (!built) cache.set(m, (built = new Map(KINDS.flatMap((k) => k.build(m)).map((c) => [c.id, c]))));
  return built;
}

export function chartById(m: Model, id: string): ChartOutput {
  const c = charts(m).get(id);
  if (!c) throw new Error(`A page asks for chart "${id}", which the chart registry does not build`);
  return c;
}

/** The chart if the registry built it (some charts exist only where the data allows). */
export const maybeChart = (m: Model, id: string): ChartOutput | undefined => charts(m).get(id);
