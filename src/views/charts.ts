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

/** Trend charts whose measure is of one of these placement types, in the council's order. */
const trendsOfTypes = (m: Model, types: readonly string[]) => {
  const measureType = new Map(m.measures.map((x) => [x.id, x.placementType]));
  return trendCharts(m).filter((t) => types.includes(measureType.get(t.measure) ?? '')).map((t) => t.id);
};

export function placementTypeCharts(m: Model, type: string) {
  // A trend belongs on a type's page when its measure is of that type, and the fostering budget
  // when its table has lines for the type; money by year, when the council gives sums for the
  // type (its own, or a group of placements that includes it).
  return {
    gaps: some(maybeChart(m, CHART.gapsFor(type))),
    where: some(maybeChart(m, CHART.whereFor(type))),
    // The fostering table's totals, beside the sums by type below.
    trends: some(...[...trendsOfTypes(m, [type]), ...(m.finance.some((l) => l.line === type) ? [CHART.fosteringBudget] : [])].map((id) => maybeChart(m, id))),
    finance: some(maybeChart(m, CHART.financeFor(type))),
  };
}

/** A prospective carer's charts: where fostered children live, and the council's carers over time. */
export function fosteringCharts(m: Model) {
  const types = m.council.fostering.types;
  return {
    where: some(...types.map((t) => maybeChart(m, CHART.whereFor(t)))).slice(0, 1),
    trends: some(...trendsOfTypes(m, types).map((id) => maybeChart(m, id))),
  };
}

/** A provider's: where the council's placement money goes (its needs are listed in full beside it). */
export const providersCharts = (m: Model) => ({ finance: some(maybeChart(m, CHART.finance)) });

export function localityCharts(m: Model, loc: string) {
  return { map: some(maybeChart(m, CHART.mapFor(loc))), matrix: [chartById(m, CHART.matrixFor(loc))] };
}

export const localityIndexCharts = (m: Model) => some(maybeChart(m, CHART.map), chartById(m, CHART.matrix));

export function prioritiesCharts(m: Model) {
  return { progress: some(maybeChart(m, CHART.progress)), trends: some(...trendIds(m).map((id) => maybeChart(m, id))), finance: some(maybeChart(m, CHART.finance)) };
}
