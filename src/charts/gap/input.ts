/** The gap chart's inputs from the model: every current need, grouped by placement type. */
import type { Model } from '../../data/model.ts';
import { gapSize, type Gap } from '../../data/gaps.ts';
import { CHART } from '../ids.ts';
import { chartMeta, gapWords, localityName, observationByKey, suppressedKey, typeName, type SourceRef } from '../from-model.ts';
import type { GapChartInput, GapRow } from './draw.ts';

const TITLE = 'What the council needs: shortfall by placement type';

/** One row per current need, in placement-type order, largest shortfall first within a type. */
export function gapRows(m: Model): { rows: GapRow[]; gaps: Gap[] } {
  const current = m.gaps.filter((g) => !g.need.historic);
  const order = new Map(m.placementTypes.map((t, i) => [t.id, i]));
  const size = (g: Gap) => (g.shown.kind === 'number' || g.shown.kind === 'range' ? gapSize(g) : -1);
  current.sort((a, b) => (order.get(a.need.placementType)! - order.get(b.need.placementType)!) || size(b) - size(a) || a.need.id.localeCompare(b.need.id));
  const rows = current.map((g): GapRow => {
    const who = g.need.cohort ?? 'All children and young people';
    const where = g.need.locality ? localityName(m, g.need.locality) : undefined;
    const supply = g.supply && g.supply.unit === g.unit && g.supply.shown.kind !== 'not-published' ? { shown: g.supply.shown, label: g.supply.label } : undefined;
    return {
      key: g.need.id,
      group: g.need.placementType,
      groupLabel: typeName(m, g.need.placementType),
      label: where ? `${who} · ${where}` : who,
      kind: g.kind,
      gap: g.shown,
      size: gapSize(g),
      // A worked-out shortfall says so: "7 carers short".
      words: g.kind === 'computed' && (g.shown.kind === 'number' || g.shown.kind === 'range') ? `${gapWords(g)} short` : gapWords(g),
      unit: g.unit,
      qualifier: g.need.qualifier,
      perYear: g.need.per === 'year',
      timeframe: g.need.timeframe,
      supply,
    };
  });
  return { rows, gaps: current };
}

/** The needs and the supply observations drawn beside them. */
const refsOf = (m: Model, gaps: readonly Gap[]): SourceRef[] =>
  gaps.flatMap((g) => {
    const supply = g.supply && observationByKey(m, g.supply.key);
    return [g.need, ...(supply ? [supply] : [])];
  });

/**
 * The chart of every need, and one per placement type with needs: only that type's rows, so a
 * type's page is about that type (it links to the chart of all types).
 */
export function gapInputs(m: Model): GapChartInput[] {
  const { rows, gaps } = gapRows(m);
  const meta = (id: string) => chartMeta(m, id, TITLE, refsOf(m, gaps));
  const key = suppressedKey(m);
  return [
    { meta: meta(CHART.gaps), rows, suppressedKey: key },
    ...m.placementTypes
      .filter((t) => rows.some((r) => r.group === t.id))
      .map((t) => ({
        meta: meta(CHART.gapsFor(t.id)),
        rows: rows.filter((r) => r.group === t.id),
        suppressedKey: key,
      })),
  ];
}
