/** The locality map's inputs from the model: needs and named homes per locality, on the boundaries the pipeline loaded. */
import type { Model } from '../../data/model.ts';
import { gapsForLocality, matrix, provisionForLocality } from '../../data/queries.ts';
import type { LocalityMap } from '../../data/schemas/locality-map.ts';
import { CHART } from '../ids.ts';
import { chartMeta, gapWords, placeName, typeName } from '../from-model.ts';
import type { MapArea, MapInput } from './draw.ts';
import { inSentence } from '../../text/case.ts';
import { properNames } from '../../text/council-words.ts';

const TITLE = 'Needs and named homes by locality';

export function mapInput(m: Model, geo: LocalityMap, id: string, highlight?: string): MapInput {
  const areas: MapArea[] = m.localities.map((l) => {
    const gaps = gapsForLocality(m, l.id).filter((g) => !g.need.historic);
    const prov = provisionForLocality(m, l.id).filter((p) => p.status !== 'closed');
    return {
      id: l.id,
      name: l.name,
      short: l.shortName,
      needs: gaps.length,
      provision: prov.length,
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
