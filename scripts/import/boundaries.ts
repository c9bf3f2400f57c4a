/**
 * Council boundaries for the region maps: reads ONS's lower-tier district boundaries (England,
 * "Local Authority Districts (May 2023) UK BUC", WGS84), joins each district to the upper-tier
 * council DfE reports through ONS's LTLA -> UTLA lookup (already read by areas.ts), dissolves
 * the districts of each council along their shared edges, simplifies lightly and returns
 * council-shapes.topo.json: one TopoJSON topology with two objects sharing one set of arcs,
 *
 *   councils  every current DfE council, plus each replaced council as the union of its
 *             successors (Cumbria, Northamptonshire), properties { code, name, label }
 *   regions   the nine English regions dissolved from their current councils
 *
 * `label` is a point inside the shape for a name or marker: its pole of inaccessibility (the
 * inside point farthest from any edge), worked out here because six of the file's own label
 * points (LONG, LAT) are truncated to whole degrees and lie outside their districts. Joins are
 * on codes; any district without a council, council without a district or unreadable feature
 * fails with the file and code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature, mergeArcs, quantize } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import type { AreaIndex } from './areas.ts';
import { ONS_LOOKUP_FILE } from './areas.ts';
import { ImportError } from './errors.ts';

export const LAD_FILE = 'ons_lad_may2023_buc_england.geojson';
export const SHAPES_FILE = 'council-shapes.topo.json';
export const BOUNDARY_SOURCE = 'ons-lad-2023-buc';
export const BOUNDARY_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Office for National Statistics. Contains OS data © Crown copyright and database right 2023.';

/**
 * Minimum planar triangle area (square degrees) a vertex must carry to be kept (Visvalingam).
 * 2e-6 is about a 100 m by 100 m triangle at English latitudes: the source is already
 * generalised to 500 m, so this removes only near-collinear points.
 */
const MIN_WEIGHT = 2e-6;
/** Grid steps across England's extent: about 8 m east-west, well below anything drawn. */
const QUANTIZATION = 1e5;
const DECIMALS = 4;

interface LadProps {
  LAD23CD: string;
  LAD23NM: string;
}
type Lad = Feature<Polygon | MultiPolygon, LadProps>;

export interface CouncilShapeProps {
  code: string;
  name: string;
  /** [longitude, latitude] inside the shape. */
  label: [number, number];
}

export interface ShapesOutput {
  text: string;
  councils: number;
  regions: number;
}

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;

function readLads(dir: string): Lad[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, LAD_FILE), 'utf8'));
  } catch (e) {
    throw new ImportError(LAD_FILE, `cannot read the boundaries as JSON (${(e as Error).message})`);
  }
  const fc = raw as FeatureCollection;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new ImportError(LAD_FILE, 'expected a GeoJSON FeatureCollection');
  const seen = new Set<string>();
  return fc.features.map((f, i) => {
    const p = (f?.properties ?? {}) as Partial<LadProps>;
    const where = `feature ${i}`;
    if (typeof p.LAD23CD !== 'string' || !/^E0[6-9]\d{6}$/.test(p.LAD23CD)) throw new ImportError(LAD_FILE, `${where}: "${String(p.LAD23CD)}" is not an English district code (property LAD23CD)`);
    if (seen.has(p.LAD23CD)) throw new ImportError(LAD_FILE, `district ${p.LAD23CD} appears twice`);
    seen.add(p.LAD23CD);
    if (typeof p.LAD23NM !== 'string' || !p.LAD23NM.trim()) throw new ImportError(LAD_FILE, `district ${p.LAD23CD} has no name (property LAD23NM)`);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) throw new ImportError(LAD_FILE, `district ${p.LAD23CD}: expected a Polygon or MultiPolygon geometry, found ${g ? g.type : 'none'}`);
    return f as Lad;
  });
}

type Ring = number[][];

/** Twice the signed planar area of a ring. */
const ringArea = (r: Ring) => r.reduce((a, p, i) => a + (r[i ? i - 1 : r.length - 1][0] - p[0]) * (r[i ? i - 1 : r.length - 1][1] + p[1]), 0);

/**
 * The point inside a shape farthest from its edges (the "pole of inaccessibility", after
 * Mapbox's polylabel): a quadtree search over the largest polygon on a local plane where a
 * degree of longitude is shortened by the cosine of the latitude. Even-odd, so ring winding
 * does not matter.
 */
export function interiorPoint(polygons: number[][][][]): [number, number] {
  const poly = [...polygons].sort((a, b) => Math.abs(ringArea(b[0])) - Math.abs(ringArea(a[0])))[0];
  const lats = poly[0].map((p) => p[1]);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const rings = poly.map((r) => r.map((p) => [p[0] * k, p[1]]));
  /** Signed distance: positive inside. */
  const dist = (x: number, y: number) => {
    let inside = false;
    let min = Infinity;
    for (const r of rings)
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [ax, ay] = r[i];
        const [bx, by] = r[j];
        if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
        min = Math.min(min, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
      }
    return inside ? min : -min;
  };
  const xs = rings[0].map((p) => p[0]);
  const ys = rings[0].map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(x1 - x0, y1 - y0);
  const precision = Math.max(x1 - x0, y1 - y0) / 500;
  type Cell = { x: number; y: number; h: number; d: number; max: number };
  const cell = (x: number, y: number, h: number): Cell => {
    const d = dist(x, y);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  const queue: Cell[] = [];
  if (size > 0) for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x / k, best.y];
}

/** Drops arcs no kept geometry uses (the districts' inner edges) and renumbers the rest. */
function prune(topo: Topology): Topology {
  const used = new Map<number, number>();
  const visit = (arcs: unknown): void => {
    if (typeof arcs === 'number') {
      const i = arcs < 0 ? ~arcs : arcs;
      if (!used.has(i)) used.set(i, -1);
    } else if (Array.isArray(arcs)) arcs.forEach(visit);
  };
  const geometries = (o: unknown) => (o as GeometryCollection).geometries as { arcs: unknown }[];
  for (const o of Object.values(topo.objects)) for (const g of geometries(o)) visit(g.arcs);
  const order = [...used.keys()].sort((a, b) => a - b);
  order.forEach((old, i) => used.set(old, i));
  const renumber = (arcs: unknown): unknown => (typeof arcs === 'number' ? (arcs < 0 ? ~used.get(~arcs)! : used.get(arcs)!) : (arcs as unknown[]).map(renumber));
  const objects: Topology['objects'] = {};
  for (const [k, o] of Object.entries(topo.objects)) {
    objects[k] = { type: 'GeometryCollection', geometries: geometries(o).map((g) => ({ ...g, arcs: renumber(g.arcs) })) } as never;
  }
  return { type: 'Topology', bbox: topo.bbox, objects, arcs: order.map((i) => topo.arcs[i]) };
}

/** One geometry per line and one arc per line: the file stays diffable. */
function serialise(topo: Topology): string {
  const objects = Object.entries(topo.objects)
    .map(([k, o]) => `${JSON.stringify(k)}:{"type":"GeometryCollection","geometries":[\n${(o as GeometryCollection).geometries.map((g) => JSON.stringify(g)).join(',\n')}\n]}`)
    .join(',\n');
  const { type, bbox, transform, objects: _o, arcs: _a, ...rest } = topo as Topology & Record<string, unknown>;
  const head = JSON.stringify({ type, ...rest, bbox, transform }).slice(0, -1);
  return `${head},"objects":{\n${objects}\n},"arcs":[\n${topo.arcs.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}

export function buildCouncilShapes(dir: string, areas: AreaIndex): ShapesOutput {
  const lads = readLads(dir);
  const councilOf = new Map(areas.districts.map((d) => [d.code, d.council]));
  const ladCodes = new Set(lads.map((f) => f.properties.LAD23CD));
  for (const f of lads) {
    const p = f.properties;
    const council = councilOf.get(p.LAD23CD);
    if (!council) throw new ImportError(LAD_FILE, `district ${p.LAD23CD} ${p.LAD23NM} is not in ${ONS_LOOKUP_FILE}, so it belongs to no council`);
    if (areas.byCode.get(council)?.status !== 'current') throw new ImportError(LAD_FILE, `district ${p.LAD23CD} ${p.LAD23NM} belongs to ${council} in ${ONS_LOOKUP_FILE}, which is not a current council`);
  }
  for (const d of areas.districts) {
    if (!ladCodes.has(d.code)) throw new ImportError(LAD_FILE, `no boundary for district ${d.code} ${d.name} (council ${d.council} in ${ONS_LOOKUP_FILE})`);
  }
  const councils = areas.list.filter((a) => a.level === 'council');
  const current = councils.filter((a) => a.status === 'current');
  const districtsOf = new Map<string, Lad[]>();
  for (const f of lads) {
    const c = councilOf.get(f.properties.LAD23CD)!;
    districtsOf.set(c, [...(districtsOf.get(c) ?? []), f]);
  }
  for (const c of current) {
    if (!districtsOf.has(c.code)) throw new ImportError(LAD_FILE, `council ${c.code} ${c.name} has no district boundary (no district of it in ${ONS_LOOKUP_FILE} has a feature here)`);
  }

  // Topology over the districts (exact shared coordinates become shared arcs), then simplify.
  const fc = { type: 'FeatureCollection', features: lads.map((f) => ({ ...f, properties: { code: f.properties.LAD23CD } })) } as FeatureCollection;
  const topo = topology({ districts: fc });
  const simple = simplify(presimplify(topo as never), MIN_WEIGHT) as unknown as Topology;
  const districtGeoms = new Map(
    ((simple.objects.districts as GeometryCollection).geometries as (TopoMultiPolygon & { properties: { code: string } })[]).map((g) => [g.properties.code, g]),
  );

  /** Dissolve districts into one MultiPolygon, labelled at its pole of inaccessibility. */
  const dissolve = (code: string, name: string, ds: Lad[]) => {
    const merged = mergeArcs(simple, ds.map((d) => districtGeoms.get(d.properties.LAD23CD)!) as never) as unknown as TopoMultiPolygon;
    const label = interiorPoint((feature(simple, merged as never) as unknown as { geometry: MultiPolygon }).geometry.coordinates);
    return { type: 'MultiPolygon' as const, arcs: merged.arcs, properties: { code, name, label: [round(label[0]), round(label[1])] as [number, number] } satisfies CouncilShapeProps };
  };

  const councilGeoms = new Map<string, ReturnType<typeof dissolve>>();
  for (const c of current) {
    const ds = districtsOf.get(c.code)!;
    councilGeoms.set(c.code, dissolve(c.code, c.name, ds));
  }
  // A replaced council is drawn, for the years it reported, as the union of its successors.
  for (const c of councils.filter((a) => a.status === 'replaced' && a.replacedBy?.length)) {
    const ds = c.replacedBy!.flatMap((s) => districtsOf.get(s) ?? []);
    if (ds.length === 0) continue;
    councilGeoms.set(c.code, dissolve(c.code, c.name, ds));
  }
  const regionOf = (code: string): string | undefined => {
    let a = areas.byCode.get(code);
    while (a && !(a.level === 'region' && a.code.startsWith('E12'))) a = a.parent ? areas.byCode.get(a.parent) : undefined;
    return a?.code;
  };
  const regionGeoms: ReturnType<typeof dissolve>[] = [];
  for (const r of areas.list.filter((a) => a.level === 'region' && a.code.startsWith('E12'))) {
    const ds = current.filter((c) => regionOf(c.code) === r.code).flatMap((c) => districtsOf.get(c.code)!);
    if (ds.length === 0) continue;
    regionGeoms.push(dissolve(r.code, r.name, ds));
  }

  const out: Topology = {
    type: 'Topology',
    objects: {
      councils: { type: 'GeometryCollection', geometries: [...councilGeoms.values()].sort((a, b) => a.properties.code.localeCompare(b.properties.code)) },
      regions: { type: 'GeometryCollection', geometries: regionGeoms.sort((a, b) => a.properties.code.localeCompare(b.properties.code)) },
    } as never,
    arcs: simple.arcs,
  };
  const pruned = prune(out);
  const q = quantize(pruned as never, QUANTIZATION) as unknown as Topology;
  const withSource = { type: 'Topology', source: BOUNDARY_SOURCE, attribution: BOUNDARY_ATTRIBUTION, bbox: q.bbox, transform: q.transform, objects: q.objects, arcs: q.arcs } as unknown as Topology;
  return { text: serialise(withSource), councils: councilGeoms.size, regions: regionGeoms.length };
}
