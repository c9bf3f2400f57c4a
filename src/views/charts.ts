/** Which charts each page shows, by chart id from the registry; a page never draws one itself. */
import type { Model } from '../data/model.ts';
import { CHART, chartById, maybeChart, trends as trendCharts, type ChartOutput } from '../charts/registry.ts';

const some = (...c: (ChartOutput | undefined)[]) => c.filter((x): x is ChartOutput => x !== undefined);

/** Trend charts in the order the council lists them, the budget chart last. */
const trendIds = (m: Model) => [...trendCharts(m).map((t) => t.id), CHART.fosteringBudget];

export function homeCharts(m: Model) {
  return {
    // The council's first trend leads the snapshot.
    snapshot: some(...trendCharts(m).slice(0, 1).map((t) => maybeChart(m, t.id)), maybeChart(m, CHART.where)),
    gaps: [chartById(m, CHART.gaps)],
    localities: some(maybeChart(m, CHART.map), chartById(m, CHART.matrix)),
  };
}

export function placementTypeCharts(m: Model, type: string) {
  // A trend belongs on a type's page when its measure is of that type; spending, when the
  // finance lines are.
  const measureType = new Map(m.measures.map((x) => [x.id, x.placementType]));
  const trends = trendCharts(m).filter((t) => measureType.get(t.measure) === type).map((t) => t.id);
  if (m.finance.some((l) => l.line === type)) trends.push(CHART.fosteringBudget);
  return {
    gaps: some(maybeChart(m, CHART.gapsFor(type))),
    where: some(maybeChart(m, CHART.whereFor(type))),
    trends: some(...trends.map((id) => maybeChart(m, id))),
  };
}

export function localityCharts(m: Model, loc: string) {
  return { map: some(maybeChart(m, CHART.mapFor(loc))), matrix: [chartById(m, CHART.matrixFor(loc))] };
}

export const localityIndexCharts = (m: Model) => some(maybeChart(m, CHART.map), chartById(m, CHART.matrix));

export function prioritiesCharts(m: Model) {
  return { progress: some(maybeChart(m, CHART.progress)), trends: some(...trendIds(m).map((id) => maybeChart(m, id))) };
}
