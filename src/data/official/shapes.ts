/**
 * Council and region boundaries from data/official/council-shapes.topo.json (written by
 * `npm run import`, scripts/import/boundaries.ts), read and validated once per folder and
 * turned into GeoJSON features by ONS code. Rings follow RFC 7946: exteriors counter-clockwise
 * in longitude/latitude, holes clockwise (d3-geo wants the reverse; the region map flips them).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { folderLabel, readJsonFile } from '../load.ts';
import { DataError, type DataIssue } from '../data-error.ts';
import { CouncilShapes, type ShapeProperties } from '../schemas/shapes.ts';
import { officialDir } from './model.ts';

export const SHAPES_FILE = 'council-shapes.topo.json';

export type ShapeFeature = Feature<MultiPolygon, ShapeProperties>;

export interface OfficialShapes {
  /** The boundary source's id in data/official/sources.json. */
  source: string;
  /** The attribution the Open Government Licence and OS ask for. */
  attribution: string;
  /** Every current council, and each replaced council as the union of its successors. */
  councils: ReadonlyMap<string, ShapeFeature>;
  /** The nine English regions (E12). */
  regions: ReadonlyMap<string, ShapeFeature>;
  council(code: string): ShapeFeature | undefined;
  region(code: string): ShapeFeature | undefined;
}

/** Twice the signed planar area: positive when the ring runs counter-clockwise. */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return -a;
}
const orient = (ring: Position[], exterior: boolean) => ((signedArea(ring) > 0) === exterior ? ring : [...ring].reverse());

function toFeature(f: Feature<Polygon | MultiPolygon, ShapeProperties>): ShapeFeature {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const coordinates = polys.map((poly) => poly.map((ring, i) => orient(ring, i === 0)));
  return { type: 'Feature', properties: f.properties, geometry: { type: 'MultiPolygon', coordinates } };
}

/** Reads and validates the shapes in a folder; throws a DataError naming the file and JSON path. */
export function loadShapes(dir: string, label = folderLabel(dir)): OfficialShapes {
  const full = join(dir, SHAPES_FILE);
  const shown = `${label}/${SHAPES_FILE}`;
  const issues: DataIssue[] = [];
  if (!existsSync(full)) throw new DataError([{ file: shown, path: '', message: 'is missing (run npm run import)' }]);
  const topo = readJsonFile(full, shown, CouncilShapes, issues);
  if (!topo) throw new DataError(issues);
  const collection = (key: 'councils' | 'regions') => {
    const fc = feature(topo as never, topo.objects[key] as never) as unknown as { features: Feature<Polygon | MultiPolygon, ShapeProperties>[] };
    return new Map(fc.features.map((f) => [f.properties.code, toFeature(f)]));
  };
  const councils = collection('councils');
  const regions = collection('regions');
  return { source: topo.source, attribution: topo.attribution, councils, regions, council: (c) => councils.get(c), region: (c) => regions.get(c) };
}

let cached: { dir: string; shapes: OfficialShapes } | undefined;
/** The shapes for this build (data/official, or OFFICIAL_DATA_DIR), loaded and validated once. */
export function getShapes(): OfficialShapes {
  const dir = officialDir();
  if (!cached || cached.dir !== dir) cached = { dir, shapes: loadShapes(dir) };
  return cached.shapes;
}
