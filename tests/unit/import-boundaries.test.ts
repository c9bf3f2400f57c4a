/**
 * The boundary step of the import (scripts/import/boundaries.ts) on the attributed slice in
 * tests/fixtures/official/: every English ONS district (296; Devon's 8 among them) dissolved into
 * the councils DfE reports, and refused with the file and code when a join fails.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoContains } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { loadAreas } from '../../scripts/import/areas.ts';
import { buildCouncilShapes, interiorPoint, LAD_FILE, SHAPES_FILE } from '../../scripts/import/boundaries.ts';
import { runImport } from '../../scripts/import/index.ts';
import { ImportError } from '../../scripts/import/errors.ts';
import { loadShapes } from '../../src/data/official/shapes.ts';
import { CouncilShapes } from '../../src/data/schemas/shapes.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/official');
const DEVON = 'E10000008';
const tmp = mkdtempSync(join(tmpdir(), 'import-boundaries-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Lad = Feature<Polygon | MultiPolygon, { LAD23CD: string; LAD23NM: string; LONG: number; LAT: number }>;
const lads = (JSON.parse(readFileSync(join(FIXTURES, LAD_FILE), 'utf8')) as { features: Lad[] }).features;

/** d3-geo winding (exteriors clockwise): flip polygons that come out as most of the sphere. */
function forD3<F extends Feature<Polygon | MultiPolygon>>(f: F): Feature<MultiPolygon> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => (geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI ? p.map((r) => [...r].reverse()) : p)) } };
}

/** A copy of the fixtures with the boundary file changed. */
function withLads(name: string, change: (features: Lad[]) => Lad[]): string {
  const dir = join(tmp, name);
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, LAD_FILE), JSON.stringify({ type: 'FeatureCollection', features: change(structuredClone(lads)) }));
  return dir;
}
const refused = (dir: string) => {
  try {
    buildCouncilShapes(dir, loadAreas(dir));
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('expected the boundaries to be refused');
};

describe('council shapes from the fixture districts', () => {
  const out = buildCouncilShapes(FIXTURES, loadAreas(FIXTURES));
  const topo = CouncilShapes.parse(JSON.parse(out.text));
  const dir = join(tmp, 'shapes');
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, SHAPES_FILE), out.text);
  const shapes = loadShapes(dir, 'fixture');

  it('one shape per council DfE reports (153 current, 2 replaced drawn as their successors) and per region', () => {
    expect(out.councils).toBe(155);
    const listed = readFileSync(join(FIXTURES, 'dfe_la_list_with_region_2025.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0].replaceAll('"', ''));
    expect(listed).toHaveLength(155); // Cumbria and Northamptonshire included
    expect(topo.objects.councils.geometries.map((g) => g.properties.code).sort()).toEqual([...listed].sort());
    for (const c of ['E06000023', 'E06000058', 'E06000059', 'E06000061', 'E06000062', 'E06000063', 'E06000064', 'E10000006', DEVON, 'E10000021']) expect(listed).toContain(c);
    expect(topo.objects.regions.geometries.map((g) => g.properties.code)).toEqual(Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`));
    expect(topo.objects.councils.geometries.find((g) => g.properties.code === 'E06000023')!.properties.name).toBe('Bristol, City of');
  });

  it("dissolves Devon's 8 districts into one feature that covers each of them, with no inner edges left", () => {
    const devonDistricts = lads.filter((f) => /^E0700004[0-7]$/.test(f.properties.LAD23CD));
    expect(devonDistricts).toHaveLength(8);
    const devon = forD3(shapes.council(DEVON)!);
    const [[w, s], [e, n]] = geoBounds(devon);
    // Two of the file's own label points are truncated to whole degrees (-4, 50) and lie in the
    // sea: the importer does not use them. Every other one, and a point inside each district, is in Devon.
    const broken = devonDistricts.filter((f) => !geoContains(forD3(f), [f.properties.LONG, f.properties.LAT])).map((f) => f.properties.LAD23NM);
    expect(broken.sort()).toEqual(['South Hams', 'West Devon']);
    for (const f of devonDistricts) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const points = [interiorPoint(polys), ...(broken.includes(f.properties.LAD23NM) ? [] : [[f.properties.LONG, f.properties.LAT] as [number, number]])];
      for (const [lon, lat] of points) {
        expect(lon >= w && lon <= e && lat >= s && lat <= n, `${f.properties.LAD23NM} label in Devon's bounds`).toBe(true);
        expect(geoContains(devon, [lon, lat]), `${f.properties.LAD23NM} inside Devon`).toBe(true);
      }
    }
    // Dissolved, not stacked: Devon's area is the districts' areas added up (simplification and
    // quantisation move edges a little), and no inner edge of Devon is left as a hole.
    const sum = devonDistricts.reduce((a, f) => a + geoArea(forD3(f)), 0);
    expect(geoArea(devon) / sum).toBeCloseTo(1, 2);
    expect(shapes.council(DEVON)!.geometry.coordinates.every((poly) => poly.length === 1)).toBe(true);
    const label = shapes.council(DEVON)!.properties.label;
    expect(geoContains(devon, label)).toBe(true);
  });

  it('draws a replaced council as the union of its successors', () => {
    const cumbria = geoArea(forD3(shapes.council('E10000006')!));
    const parts = geoArea(forD3(shapes.council('E06000063')!)) + geoArea(forD3(shapes.council('E06000064')!));
    expect(cumbria / parts).toBeCloseTo(1, 3);
  });

  it('is written by the import, in the same bytes every time', () => {
    const a = join(tmp, 'run-a');
    const b = join(tmp, 'run-b');
    const sa = runImport(FIXTURES, a);
    runImport(FIXTURES, b);
    expect(sa.shapes).toEqual({ councils: 155, regions: 9 });
    expect(readFileSync(join(a, SHAPES_FILE), 'utf8')).toBe(readFileSync(join(b, SHAPES_FILE), 'utf8'));
    expect(readFileSync(join(a, SHAPES_FILE), 'utf8')).toBe(out.text);
    const sources = JSON.parse(readFileSync(join(a, 'sources.json'), 'utf8')) as { id: string; attribution: string }[];
    expect(sources.find((s) => s.id === topo.source)!.attribution).toMatch(/Contains OS data © Crown copyright and database right/);
  });
});

describe('refused with the file and the code', () => {
  it('a district in the lookup with no boundary', () => {
    const msg = refused(withLads('missing', (fs) => fs.filter((f) => f.properties.LAD23CD !== 'E07000041')));
    expect(msg).toContain(LAD_FILE);
    expect(msg).toContain('E07000041');
    expect(msg).toMatch(/no boundary for district E07000041 Exeter/);
  });
  it('a boundary for a district the lookup does not have', () => {
    const msg = refused(withLads('unknown', (fs) => fs.map((f) => (f.properties.LAD23CD === 'E07000041' ? { ...f, properties: { ...f.properties, LAD23CD: 'E07000999' } } : f))));
    expect(msg).toMatch(new RegExp(`^${LAD_FILE.replaceAll('.', '\\.')}: district E07000999 Exeter is not in ons_ltla_utla_apr23_lookup_england_wales\\.csv`));
  });
  it('a district twice', () => {
    expect(refused(withLads('twice', (fs) => [...fs, fs.find((f) => f.properties.LAD23CD === 'E06000023')!]))).toMatch(/district E06000023 appears twice/);
  });
  it('a geometry that is not a polygon', () => {
    const msg = refused(withLads('point', (fs) => fs.map((f) => (f.properties.LAD23CD === 'E06000023' ? ({ ...f, geometry: { type: 'Point', coordinates: [0, 51] } } as unknown as Lad) : f))));
    expect(msg).toMatch(/district E06000023: expected a Polygon or MultiPolygon geometry, found Point/);
  });
  it('a file that is not JSON, and a missing file', () => {
    const dir = withLads('broken', (fs) => fs);
    writeFileSync(join(dir, LAD_FILE), '{"type": "FeatureCollection", "features": [');
    expect(refused(dir)).toMatch(new RegExp(`^${LAD_FILE.replaceAll('.', '\\.')}: cannot read the boundaries as JSON`));
    rmSync(join(dir, LAD_FILE));
    expect(refused(dir)).toContain(LAD_FILE);
  });
  it('the whole import, leaving the output folder as it was', () => {
    const out = join(tmp, 'kept');
    runImport(FIXTURES, out);
    const before = readFileSync(join(out, SHAPES_FILE), 'utf8');
    expect(() => runImport(withLads('whole', (fs) => fs.filter((f) => f.properties.LAD23CD !== 'E06000023')), out)).toThrow(/no boundary for district E06000023/);
    expect(readFileSync(join(out, SHAPES_FILE), 'utf8')).toBe(before);
  });
});
