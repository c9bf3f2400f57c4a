/** Examples for mapChart. SYNTHETIC TEST DATA: made-up squares and counts, not real places. */
import type { MapInput } from './draw.ts';
import { exampleMeta, EXAMPLE_PLACE } from '../examples/meta.ts';

/** A small square as an RFC 7946 polygon (exterior ring counter-clockwise). */
const square = (lon: number, lat: number, d = 0.2) => [[[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]]];

const base = {
  features: [
    { locality: 'west', coordinates: square(-2.6, 50.6) },
    { locality: 'middle', coordinates: square(-2.4, 50.6) },
    { locality: 'east', coordinates: square(-2.2, 50.6) },
  ],
  areas: [
    { id: 'west', name: 'West Area', short: 'West', needs: 2, needAmount: '2 places; 1 without a number', provision: 1, planned: 1, needText: 'Homes: 2 more places; Short breaks: number not published', provisionText: 'Oak House (homes)' },
    { id: 'middle', name: 'Middle Area', short: 'Middle', needs: 0, needAmount: '', provision: 3, planned: 0, needText: 'no stated need', provisionText: 'Ash (homes); Elm (homes); Yew (flats)' },
    { id: 'east', name: 'East Area', short: 'East', needs: 0, needAmount: '', provision: 0, planned: 0, needText: 'no stated need', provisionText: 'no named home or service' },
  ],
  approximate: true,
  attribution: 'Synthetic shapes for testing.',
  place: EXAMPLE_PLACE,
};

export const mapExamples = {
  /** Three areas: one with needs, one with provision only, one with nothing published. */
  threeAreas: { meta: exampleMeta('map-three', 'Synthetic areas map'), ...base },
  /** A locality page: one area outlined. */
  highlighted: { meta: exampleMeta('map-highlighted', 'Synthetic areas map, Middle Area outlined'), ...base, highlight: 'middle' },
} satisfies Record<string, MapInput>;
