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
import type { OfficialModel } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import { profileCatalogue } from '../data/profile.ts';
import { comparisonTrend } from './trend/official-input.ts';
import { benchmarkFor } from './benchmark/input.ts';
import { regionMapChart } from './region-map/input.ts';
import { openDataPaths } from '../site/open-data/files.ts';
import { href } from '../site/paths.ts';
import { theRegion } from '../text/places.ts';

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

/*
 * Official charts (DfE, Ofsted, ONS, MHCLG) of one area, by id, like a council's: each kind with
 * its builder, built once per official model and area. The area's page and its profile sections
 * ask for them by id; their data downloads are the area's open data files.
 */
const RATE = 'children-looked-after-rate';
const RATE_WORDS = 'Children in care per 10,000 children';
const present2 = (c: ChartOutput | null): c is ChartOutput => c !== null;

const OFFICIAL_KINDS: readonly { kind: string; build: (o: OfficialModel, a: OfficialArea) => (ChartOutput | null)[] }[] = [
  {
    kind: 'trend',
    build: (o, a) => {
      const region = a.level === 'council' ? o.regionOf(a.code) : undefined;
      const areas = a.level === 'country' ? [a] : [a, ...(region ? [region] : []), o.england];
      const id = a.level === 'region' ? 'region-children-in-care-rate' : 'children-in-care-rate';
      return [comparisonTrend(o, id, areas, RATE, `${RATE_WORDS}: ${a.name}${region ? `, ${theRegion(region.name)}` : ''}${a.level === 'country' ? '' : ' and England'}`, RATE_WORDS)];
    },
  },
  {
    kind: 'benchmark',
    // One per profile section with a headline measure, at the newest date the area has it.
    build: (o, a) =>
      profileCatalogue().sections.flatMap((s) => {
        if (!s.headline || (s.councilsOnly && a.level !== 'council')) return [];
        const d = o.series(a.code, s.headline).at(-1)?.asAt;
        return d ? [benchmarkFor(o, a, s.headline, d, `${s.id}-chart`)] : [];
      }),
  },
  { kind: 'region-map', build: (o, a) => (a.level === 'region' || a.level === 'country' ? [regionMapChart(o, a.code, RATE)] : []) },
];

const officialCache = new WeakMap<OfficialModel, Map<string, Map<string, ChartOutput>>>();

/** Every official chart of an area, by id, each linking to the area's open data CSV. */
export function officialCharts(o: OfficialModel, a: OfficialArea): Map<string, ChartOutput> {
  let byArea = officialCache.get(o);
  if (!byArea) officialCache.set(o, (byArea = new Map()));
  let built = byArea.get(a.code);
  if (!built) {
    const csv = href(openDataPaths(a.slug).csv);
    const label = a.level === 'country' ? 'Download the data (CSV, England and regions)' : 'Download the data (CSV, all official figures)';
    built = new Map(OFFICIAL_KINDS.flatMap((k) => k.build(o, a)).filter(present2).map((c) => [c.id, { ...c, downloads: [{ label, href: csv }] }]));
    byArea.set(a.code, built);
  }
  return built;
}

/** An official chart of an area by id, or null where the data does not allow it. */
export const officialChart = (o: OfficialModel, a: OfficialArea, id: string): ChartOutput | null => officialCharts(o, a).get(id) ?? null;
