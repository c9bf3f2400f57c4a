/** Examples for regionMapDraw. SYNTHETIC TEST DATA: made-up squares, names and values, not real places. */
import type { RegionMapArea, RegionMapInput } from './draw.ts';
import { exampleMeta, EXAMPLE_PLACE } from '../examples/meta.ts';
import { OFFICIAL_SUPPRESSED } from './draw.ts';

/** A square as RFC 7946 MultiPolygon coordinates (exterior ring counter-clockwise), labelled at its centre. */
const square = (lon: number, lat: number, d: number): Pick<RegionMapArea, 'coordinates' | 'label'> => ({
  coordinates: [[[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]]],
  label: [lon + d / 2, lat + d / 2],
});

const rate = (n: number) => ({ shown: { kind: 'number' as const, n }, valueText: `${n} per 10,000 children` });

const mixedAreas: RegionMapArea[] = [
  { code: 'E06000901', name: 'Northvale', ...rate(48), ...square(-2.6, 51.3, 0.3) },
  { code: 'E06000902', name: 'Eastmere', ...rate(71), ...square(-2.3, 51.3, 0.3) },
  { code: 'E06000903', name: 'Southcombe', ...rate(95), ...square(-2.6, 51.0, 0.3) },
  { code: 'E06000904', name: 'Little Ashby', shown: { kind: 'suppressed', reason: 'source' }, valueText: 'c', note: 'withheld to protect confidentiality', ...square(-2.3, 51.0, 0.06) },
  { code: 'E06000905', name: 'Oldport', shown: { kind: 'symbol', symbol: 'x' }, valueText: 'x', note: 'x: not available', ...square(-2.3, 51.1, 0.2) },
  { code: 'E06000906', name: 'Newtown and Brook', shown: { kind: 'not-published' }, valueText: 'no figure for this date', note: 'A new council: its figures start next year.', ...square(-2.0, 51.0, 0.3) },
];

const base = {
  level: 'council' as const,
  place: EXAMPLE_PLACE,
  measureLabel: 'Children in care per 10,000 children',
  unit: 'rate-per-10k' as const,
  when: '31 March 2024',
  attribution: 'Synthetic shapes for testing.',
  suppressedKey: OFFICIAL_SUPPRESSED,
};

/** Sixteen small councils in a grid: most names do not fit, so numbered markers and a list. */
const crowdedAreas: RegionMapArea[] = Array.from({ length: 16 }, (_, i) => ({
  code: `E0990${String(i + 1).padStart(4, '0')}`,
  name: `Synthetic Borough ${String.fromCharCode(65 + i)}`,
  ...rate(20 + ((i * 37) % 60)),
  ...square(-0.4 + (i % 4) * 0.05, 51.4 + Math.floor(i / 4) * 0.04, i % 5 === 0 ? 0.05 : 0.035),
}));

export const regionMapExamples = {
  /** Shaded values, a withheld value (c), a symbol (x) and a council with no figure yet. */
  mixed: { meta: exampleMeta('region-map-mixed', 'Synthetic councils map, shaded by rate'), ...base, areas: mixedAreas },
  /** A council's own page: one council outlined. */
  highlighted: { meta: exampleMeta('region-map-highlighted', 'Synthetic councils map, Eastmere outlined'), ...base, areas: mixedAreas, highlight: 'E06000902' },
  /** Many small areas: markers and the list under the map. */
  crowded: { meta: exampleMeta('region-map-crowded', 'Synthetic boroughs map, shaded by rate'), ...base, areas: crowdedAreas },
} satisfies Record<string, RegionMapInput>;
