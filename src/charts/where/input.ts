/**
 * The where-children-live chart's inputs from the model: the location breakdowns (in the
 * council's area, neighbouring, further away) and the split between council and independent
 * foster carers.
 */
import type { Model, ShownObservation } from '../../data/model.ts';
import { series } from '../../data/observations.ts';
import { formatMonth } from '../../text/format.ts';
import { CHART } from '../ids.ts';
import { chartMeta, placeName, suppressedKey } from '../from-model.ts';
import type { PartKey, WhereGroup, WhereInput, WhereRow } from './draw.ts';

const TITLE = 'Where children in care live, and who looks after them';
const LOCATION_PARTS: PartKey[] = ['in-area', 'neighbouring', 'further-away'];

const onCouncil = (o: ShownObservation) => o.area === 'council';
const isPart = (o: ShownObservation) => o.location !== undefined && (LOCATION_PARTS as string[]).includes(o.location);
const partKey = (o: ShownObservation) => o.location as PartKey;

/**
 * One bar per location breakdown at each of its dates: its parts, and its total (its own, or the
 * count of the same children then). Parts and total of a bar share one date, so a bar never
 * mixes figures from different dates.
 */
function locationRows(m: Model, refs: Map<string, ShownObservation[]>): WhereRow[] {
  const place = placeName(m);
  const rows: WhereRow[] = [];
  for (const all of m.observations.byBreakdown.values()) {
    const parts = all.filter((o) => o.topic === 'location' && onCouncil(o) && isPart(o));
    for (const asAt of [...new Set(parts.map((o) => o.asAt))].sort()) {
      const lp = parts.filter((o) => o.asAt === asAt).sort((a, b) => LOCATION_PARTS.indexOf(partKey(a)) - LOCATION_PARTS.indexOf(partKey(b)));
      const { unit, placementType, breakdown } = lp[0];
      const total =
        all.find((o) => o.total && o.asAt === asAt) ??
        (placementType ? m.observations.byType.get(placementType) ?? [] : []).find((o) => o.topic === 'placed' && !o.location && o.asAt === asAt && o.unit === unit && onCouncil(o));
      const key = `${breakdown}-${asAt.slice(0, 7)}`;
      refs.set(key, [...lp, ...(total ? [total] : [])]);
      rows.push({
        key,
        // Without a total, the parts' own label, less its place ("… in Westshire").
        label: `${total?.label ?? lp[0].label.replace(new RegExp(` in ${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '')}, ${formatMonth(asAt)}`,
        asAt,
        types: placementType ? [placementType] : [],
        unit,
        total: total?.shown ?? null,
        parts: lp.map((o) => ({ key: partKey(o), shown: o.shown })),
      });
    }
  }
  return rows.sort((a, b) => b.label.localeCompare(a.label));
}

/** One bar per date the council publishes both its own and agency foster carers' children, newest first. */
function operatorRows(m: Model, refs: Map<string, ShownObservation[]>): WhereRow[] {
  const fostered = m.council.charts.fostered;
  if (!fostered) return [];
  const at = (measure: string, o: ShownObservation) => series(m.observations, measure).find((x) => x.asAt === o.asAt && x.unit === o.unit);
  return series(m.observations, fostered.council)
    .reverse()
    .flatMap((council): WhereRow[] => {
      const ifa = at(fostered.independent, council);
      if (!ifa) return [];
      const total = at(fostered.total, council);
      const key = `foster-carers-${council.asAt}`;
      refs.set(key, [council, ifa, ...(total ? [total] : [])]);
      return [{
        key,
        label: `Children in foster care, ${formatMonth(council.asAt)}`,
        asAt: council.asAt,
        types: [council.placementType, ifa.placementType].filter((t): t is string => t !== undefined),
        unit: council.unit,
        total: total?.shown ?? null,
        parts: [{ key: 'council', shown: council.shown }, { key: 'independent', shown: ifa.shown }],
      }];
    });
}

/** The rows of the chart, in their groups, and the observations behind each row (for its sources). */
export function whereGroups(m: Model): { groups: WhereGroup[]; refs: Map<string, ShownObservation[]> } {
  const refs = new Map<string, ShownObservation[]>();
  const location = locationRows(m, refs);
  const operator = operatorRows(m, refs);
  const groups = [
    ...(location.length ? [{ title: 'Where they live', rows: location }] : []),
    ...(operator.length ? [{ title: 'Council or independent foster carers', rows: operator }] : []),
  ];
  return { groups, refs };
}

/** The chart of every row, and one per placement type with only the rows about it (so no highlight is needed). */
export function whereInputs(m: Model): WhereInput[] {
  const { groups, refs } = whereGroups(m);
  if (!groups.length) return [];
  const input = (id: string, gs: WhereGroup[]): WhereInput => ({
    meta: chartMeta(m, id, TITLE, gs.flatMap((g) => g.rows.flatMap((r) => refs.get(r.key) ?? []))),
    groups: gs,
    place: placeName(m),
    suppressedKey: suppressedKey(m),
  });
  const types = new Set(groups.flatMap((g) => g.rows.flatMap((r) => r.types)));
  return [
    input(CHART.where, groups),
    ...[...types].map((t) => input(CHART.whereFor(t), groups.map((g) => ({ ...g, rows: g.rows.filter((r) => r.types.includes(t)) })).filter((g) => g.rows.length))),
  ];
}
