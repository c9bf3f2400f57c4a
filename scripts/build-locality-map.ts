/**
 * Builds the locality boundary file the map chart draws: reads ONS ward boundaries, assigns
 * each ward to a locality from data/<authority>/ward-localities.json, merges the wards of each
 * locality along their shared edges, simplifies, and writes data/<authority>/localities.geo.json.
 *
 *   npm run build:map            (defaults: Dorset, ../shared/realdata ward file)
 *   node scripts/build-locality-map.ts <wards.geojson> <authority folder>
 *
 * topojson-server/-simplify/-client are used because merging wards needs their shared edges
 * (topology); d3-geo alone cannot dissolve polygons. The raw ward file is never copied in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { merge } from 'topojson-client';
import type { GeometryCollection, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon } from 'topojson-specification';
import { WardLocalities, LocalityMap } from '../src/data/schemas/locality-map.ts';
import { Localities } from '../src/data/schemas/localities.ts';
import { DataError, jsonPath, type DataIssue } from '../src/data/data-error.ts';

const [wardFile = '../shared/realdata/ons_wards_dec2023_bsc_dorset.geojson', dir = 'data/councils/dorset'] = process.argv.slice(2);
/** Share of arc vertices to keep (topojson-simplify ranks them by importance, most important first). */
const KEEP = Number(process.env.MAP_KEEP ?? 0.5);
const DECIMALS = 4; // about 10 m: far finer than the map ever draws

interface WardFeature { type: 'Feature'; properties: { WD23CD: string; WD23NM: string }; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }

function fail(issues: DataIssue[]): never {
  console.error(new DataError(issues).message);
  process.exit(1);
}

const mappingFile = join(dir, 'ward-localities.json');
const parsed = WardLocalities.safeParse(JSON.parse(readFileSync(mappingFile, 'utf8')));
if (!parsed.success) fail(parsed.error.issues.map((i) => ({ file: mappingFile, path: jsonPath(i.path), message: i.message })));
const mapping = parsed.data;
const localities = Localities.parse(JSON.parse(readFileSync(join(dir, 'localities.json'), 'utf8')));

const wards = JSON.parse(readFileSync(wardFile, 'utf8')) as { features: WardFeature[] };
const issues: DataIssue[] = [];
const byWard = new Map(mapping.wards.map((w) => [w.ward, w]));
const known = new Set(localities.map((l) => l.id));
mapping.wards.forEach((w, i) => {
  if (!known.has(w.locality)) issues.push({ file: mappingFile, path: `wards[${i}].locality`, message: `expected a locality id from localities.json, received "${w.locality}"` });
  if (!wards.features.some((f) => f.properties.WD23CD === w.ward)) issues.push({ file: mappingFile, path: `wards[${i}].ward`, message: `expected a ward in ${wardFile}, received "${w.ward}"` });
});
for (const f of wards.features) {
  if (!byWard.has(f.properties.WD23CD)) issues.push({ file: mappingFile, path: 'wards', message: `expected an entry for ward ${f.properties.WD23CD} (${f.properties.WD23NM}), found none` });
}
if (issues.length) fail(issues);

const topo = topology({ wards: { type: 'FeatureCollection', features: wards.features } as never }, 1e5);
const pre = presimplify(topo as never);
const simple = simplify(pre, quantile(pre, KEEP));
const geoms = (simple.objects.wards as GeometryCollection).geometries as (TopoPolygon | TopoMultiPolygon)[];

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;
/** RFC 7946: exterior rings counter-clockwise (positive shoelace area in lon/lat), holes clockwise. */
function orient(ring: number[][], exterior: boolean): number[][] {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  const ccw = a < 0;
  return ccw === exterior ? ring : [...ring].reverse();
}
/** Rounding can make neighbouring points equal; drop the repeats so rings stay clean. */
function clean(ring: number[][]): number[][] {
  const out: number[][] = [];
  for (const p of ring) {
    const q: number[] = [round(p[0]), round(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

const features = localities.map((l) => {
  const mine = geoms.filter((g) => byWard.get((g.properties as { WD23CD: string }).WD23CD)?.locality === l.id);
  const merged = merge(simple as never, mine as never);
  const coordinates = merged.coordinates
    .map((poly) => poly.map((ring, i) => orient(clean(ring as number[][]), i === 0)).filter((r) => r.length >= 4))
    .filter((poly) => poly.length > 0);
  return { type: 'Feature' as const, properties: { locality: l.id, wards: mine.length }, geometry: { type: 'MultiPolygon' as const, coordinates } };
});

const out = LocalityMap.parse({
  type: 'FeatureCollection',
  approximate: mapping.approximate,
  attribution: mapping.wardSource.attribution,
  note: `Built by scripts/build-locality-map.ts from ONS ward boundaries (${mapping.wardSource.title}) and ${mappingFile.replace(/^.*?(data\/)/, '$1')}. ${mapping.approximate ? 'The council publishes no ward-to-locality list, so these boundaries are approximate.' : ''}`.trim(),
  features,
});
const text = JSON.stringify(out) + '\n';
const target = join(dir, 'localities.geo.json');
writeFileSync(target, text);
console.log(`${target}: ${features.length} localities from ${wards.features.length} wards, ${(text.length / 1024).toFixed(1)} kB`);
