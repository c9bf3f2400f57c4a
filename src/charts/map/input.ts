/** The locality map's inputs from the model: needs and named homes per locality, on the boundaries the pipeline loaded. */
import type { Model } from '../../data/model.ts';
import type { Gap } from '../../data/gaps.ts';
import { bounds } from '../../data/shown.ts';
import type { Unit } from '../../data/schemas/common.ts';
import { formatNumber, unitWord } from '../../text/format.ts';
import { gapsForLocality, matrix, provisionForLocality } from '../../data/queries.ts';
import type { LocalityMap } from '../../data/schemas/locality-map.ts';
import { CHART } from '../ids.ts';
import { chartMeta, gapWords, placeName, typeName } from '../from-model.ts';
import type { MapArea, MapInput } from './draw.ts';
import { inSentence } from '../../text/case.ts';
import { properNames } from '../../text/council-words.ts';

const TITLE = 'Needs and named homes by locality';

/**
 * What a locality's needs add up to, unit by unit: "3 places", "at least 2 places", "1 place,
 * 1 property; 1 without a number". A range or an "at least" counts at its lower figure and
 * makes the total "at least"; a need without a number is counted, never given one.
 */
export function needAmount(gaps: readonly Gap[]): string {
  const by = new Map<Unit, { n: number; atLeast: boolean }>();
  let unnumbered = 0;
  for (const g of gaps) {
    const b = bounds(g.shown);
    if (!b) {
      unnumbered++;
      continue;
    }
    const t = by.get(g.unit) ?? { n: 0, atLeast: false };
    by.set(g.unit, { n: t.n + b[0], atLeast: t.atLeast || b[1] > b[0] || g.need.qualifier === 'at-least' || g.need.qualifier === 'over' });
  }
  const sums = [...by.entries()].map(([u, t]) => `${t.atLeast ? 'at least ' : ''}${formatNumber(t.n, u)} ${unitWord(u, t.n)}`);
  const rest = unnumbered ? `${unnumbered} without a number` : '';
  return [sums.join(', '), rest].filter(Boolean).join('; ');
}

export function mapInput(m: Model, geo: LocalityMap, id: string, highlight?: string): MapInput {
  const areas: MapArea[] = m.localities.map((l) => {
    const gaps = gapsForLocality(m, l.id).filter((g) => !g.need.historic);
    const prov = provisionForLocality(m, l.id).filter((p) => p.status !== 'closed');
    const planned = prov.filter((p) => p.status === 'planned' || p.status === 'in-development');
    return {
      id: l.id,
      name: l.name,
      short: l.shortName,
      needs: gaps.length,
      needAmount: needAmount(gaps),
      provision: prov.length - planned.length,
      planned: planned.length,
      needText: gaps.length ? gaps.map((g) => `${typeName(m, g.need.placementType)}: ${gapWords(g, 'not published')}`).join('; ') : 'no stated need',
      provisionText: prov.length ? prov.map((p) => `${p.name} (${inSentence(typeName(m, p.placementType), properNames(m.council, m.localities))})`).join('; ') : 'no named home or service',
    };
  });
  const refs = matrix(m).flatMap((c) => [...c.gaps.map((g) => g.need), ...c.provision]);
  return {
    meta: chartMeta(m, id, TITLE, refs),
    features: geo.features.map((f) => ({ locality: f.properties.locality, coordinates: f.geometry.coordinates })),
    areas,
    approximate: geo.approximate,
    attribution: geo.attribution,
    highlight,
    place: placeName(m),
  };
}

/** The map, and one per locality with it outlined; none where the council has no boundary file. */
export function mapInputs(m: Model): MapInput[] {
  const geo = m.localityMap;
  if (!geo) return [];
  return [mapInput(m, geo, CHART.map), ...m.localities.map((l) => mapInput(m, geo, CHART.mapFor(l.id), l.id))];
}
