/**
 * The region map: committed council shapes cover every council in the official data, and the
 * chart draws a region's councils (and England's regions) keyed by code, with c and missing
 * values patterned and tabled. Real data from data/official/; synthetic examples for the rest.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { buildOfficialModel } from '../../src/data/official/model.ts';
import { loadOfficialData } from '../../src/data/official/load.ts';
import { loadShapes, SHAPES_FILE } from '../../src/data/official/shapes.ts';
import { DataError } from '../../src/data/data-error.ts';
import { regionMapChart } from '../../src/charts/region-map/input.ts';
import { classesFor, regionMapDraw, SEQUENTIAL } from '../../src/charts/region-map/draw.ts';
import { regionMapExamples } from '../../src/charts/region-map/examples.ts';
import { COLOURS } from '../../src/charts/kit/palette.ts';
import type { ChartOutput } from '../../src/charts/kit/output.ts';

const DIR = join(import.meta.dirname, '../../data/official');
const official = buildOfficialModel(loadOfficialData(DIR));
const shapes = loadShapes(DIR);
const RATE = 'children-looked-after-rate';
const SOUTH_WEST = 'E12000009';
const LONDON = 'E12000007';
const ENGLAND = 'E92000001';
const tmp = mkdtempSync(join(tmpdir(), 'region-map-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Each mark's key and its path's fill, in drawing order. */
const marks = (svg: string) => [...svg.matchAll(/<g class="mark" data-label="([^"]*)" data-row="\d+" data-col="\d+" data-key="([^"]*)"(?: data-unit="[^"]*")?><path d="([^"]*)" fill="([^"]*)"/g)].map((m) => ({ label: m[1], key: m[2], d: m[3], fill: m[4] }));
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replaceAll('&amp;', '&').trim());
const csvRows = (f: ChartOutput) => csvParseRows(f.csv.trim());

describe('council shapes (data/official/council-shapes.topo.json)', () => {
  it('every current council in areas.json has exactly one shape, each replaced council one too, and every region one', () => {
    const councils = official.councils;
    expect(councils.length).toBe(155);
    for (const c of councils) expect(shapes.council(c.code), `${c.code} ${c.name}`).toBeDefined();
    expect(shapes.councils.size).toBe(councils.length);
    for (const r of official.regions) expect(shapes.region(r.code), r.name).toBeDefined();
    expect(shapes.regions.size).toBe(9);
    for (const c of councils) expect(shapes.council(c.code)!.properties.name).toBe(c.name);
  });
  it('stays small: well under 400 kB', () => {
    expect(readFileSync(join(DIR, SHAPES_FILE)).length).toBeLessThan(200_000);
  });
  it('names its source, which carries the OS attribution', () => {
    expect(official.sources.get(shapes.source)?.publisher).toBe('Office for National Statistics');
    expect(shapes.attribution).toMatch(/Contains OS data © Crown copyright and database right/);
  });
  it('refuses a broken file with its name and JSON path', () => {
    const dir = join(tmp, 'broken');
    cpSync(DIR, dir, { recursive: true });
    const t = JSON.parse(readFileSync(join(DIR, SHAPES_FILE), 'utf8'));
    t.objects.councils.geometries[3].arcs = [[[t.arcs.length + 5]]];
    t.objects.councils.geometries[4].properties.code = 'Devon';
    writeFileSync(join(dir, SHAPES_FILE), JSON.stringify(t));
    expect(() => loadShapes(dir, 'data/official')).toThrow(DataError);
    try {
      loadShapes(dir, 'data/official');
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('data/official/council-shapes.topo.json: objects.councils.geometries[4].properties.code: expected an ONS GSS code');
      expect(msg).toContain(`objects.councils.geometries[3].arcs: names arc ${t.arcs.length + 5}, but there are only ${t.arcs.length} arcs`);
    }
  });
});

describe('South West map', () => {
  const f = regionMapChart(official, SOUTH_WEST, RATE, undefined, { shapes })!;
  const sw = official.councilsIn(SOUTH_WEST).filter((c) => c.status === 'current');
  it('draws its 15 councils, keyed by their codes, at both widths', () => {
    expect(sw).toHaveLength(15);
    for (const d of [f.wide, f.narrow]) {
      const m = marks(d.body);
      expect(d.marks).toBe(15);
      expect(m.map((x) => x.key).sort()).toEqual(sw.map((c) => c.code).sort());
      expect(m.every((x) => x.d.startsWith('M'))).toBe(true);
    }
    expect(f.table.rows.map((r) => r.key).sort()).toEqual(sw.map((c) => c.code).sort());
    expect(f.asAt).toBe('2025-03-31');
  });
  it('shades by value, names what fits and numbers the rest, and keeps every mark inside the drawing', () => {
    const m = marks(f.wide.body);
    const devon = m.find((x) => x.key === 'E10000008')!;
    expect(SEQUENTIAL as readonly string[]).toContain(devon.fill);
    expect(devon.label).toBe('Devon: 57 per 10,000 children');
    const t = texts(f.wide.body);
    expect(t).toContain('Devon');
    expect(t).toContain('Bristol, City of: 81');
    const scilly = m.find((x) => x.key === 'E06000053')!;
    expect(scilly.fill).toBe(`url(#${f.id}-w-none)`);
    expect(f.table.rows.find((r) => r.key === 'E06000053')!.cells).toEqual(['Isles of Scilly', 'z', 'z: not applicable']);
    const nums = m.flatMap((x) => x.d.match(/-?[\d.]+/g)!.map(Number));
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums)).toBeLessThanOrEqual(f.wide.width);
    expect(f.takeaway).toBe(
      'Of the 15 councils in the South West, Torbay has the highest figure (114 per 10,000 children) and South Gloucestershire the lowest (33 per 10,000 children); Isles of Scilly has no figure shown (z: not applicable).',
    );
    expect(f.sources.join(' ')).toMatch(/Local Authority Districts \(May 2023\)/);
    expect(f.notes.join(' ')).toMatch(/Contains OS data/);
  });
});

describe('withheld and missing values', () => {
  it('draws c with the dotted pattern, tables it as c and explains it in the key', () => {
    const f = regionMapDraw(regionMapExamples.mixed);
    const m = marks(f.wide.body);
    expect(m.find((x) => x.key === 'E06000904')!.fill).toBe('url(#example-region-map-mixed-w-suppressed)');
    expect(m.find((x) => x.key === 'E06000905')!.fill).toBe('url(#example-region-map-mixed-w-none)');
    expect(m.find((x) => x.key === 'E06000906')!.fill).toBe('url(#example-region-map-mixed-w-none)');
    expect(m.find((x) => x.key === 'E06000901')!.fill).toBe(SEQUENTIAL[0]);
    expect(m.find((x) => x.key === 'E06000903')!.fill).toBe(SEQUENTIAL[4]);
    expect(csvRows(f)[4]).toEqual(['Little Ashby', 'c', 'withheld to protect confidentiality']);
    expect(f.legend.map((l) => l.swatch)).toEqual(['suppressed', 'none']);
    expect(f.legend[0].label).toMatch(/^c: withheld/);
    expect(f.legend[1].label).toBe('No figure shown: x: not available; no figure for this date');
    expect(f.alt).toMatch(/Withheld \(c\), drawn dotted: Little Ashby\./);
    expect(f.takeaway).toBe('Of the 6 councils in Westshire, Southcombe has the highest figure (95 per 10,000 children) and Northvale the lowest (48 per 10,000 children); 3 have no figure shown: Little Ashby (c: withheld by the publisher), Oldport (x: not available) and Newtown and Brook (no figure for this date).');
  });
  it('London: City of London is c in the real data and drawn dotted', () => {
    const f = regionMapChart(official, LONDON, RATE, undefined, { shapes })!;
    expect(f.wide.marks).toBe(33);
    const row = f.table.rows.find((r) => r.key === 'E09000001')!;
    expect(row.cells[1]).toBe('c');
    expect(marks(f.wide.body).find((x) => x.key === 'E09000001')!.fill).toBe(`url(#${f.id}-w-suppressed)`);
    expect(f.legend.map((l) => l.swatch)).toContain('suppressed');
  });
  it('outlines the highlighted council', () => {
    expect(regionMapDraw(regionMapExamples.highlighted).wide.body).toMatch(/<path d="M[^"]+" fill="none" stroke="#0b0c0c" stroke-width="3.5"/);
  });
});

describe('every region, England, and replaced councils', () => {
  it('draws every region and England at both widths with no NaN', () => {
    for (const code of [...official.regions.map((r) => r.code), ENGLAND]) {
      const f = regionMapChart(official, code, RATE, undefined, { shapes })!;
      expect(f, code).not.toBeNull();
      for (const d of [f.wide, f.narrow]) {
        expect(d.body, code).not.toMatch(/NaN|undefined|Infinity/);
        expect(marks(d.body)).toHaveLength(d.marks);
        expect(d.height).toBeGreaterThan(100);
      }
    }
  });
  it('England: the nine regions', () => {
    const f = regionMapChart(official, ENGLAND, RATE, undefined, { shapes })!;
    expect(marks(f.wide.body).map((m) => m.key).sort()).toEqual(official.regions.map((r) => r.code).sort());
    expect(f.table.columns[0]).toBe('Region');
  });
  it('draws Cumbria in 2022 over its successors, and its successors in 2025', () => {
    const keys = (asAt?: string) => marks(regionMapChart(official, 'E12000002', RATE, asAt, { shapes })!.wide.body).map((m) => m.key);
    expect(keys('2022-03-31')).toContain('E10000006');
    expect(keys('2022-03-31')).not.toContain('E06000063');
    expect(keys()).toContain('E06000063');
    expect(keys()).not.toContain('E10000006');
  });
  it('is null for what it cannot draw', () => {
    expect(regionMapChart(official, 'E06000059', RATE, undefined, { shapes })).toBeNull();
    expect(regionMapChart(official, SOUTH_WEST, 'no-such-measure', undefined, { shapes })).toBeNull();
    expect(regionMapChart(official, SOUTH_WEST, RATE, '1999-03-31', { shapes })).toBeNull();
  });
});

describe('classes and colours', () => {
  it('nice breaks, at most five classes and no more than the distinct values', () => {
    expect(classesFor([27, 29, 30, 31, 40, 50, 60, 70, 71, 73, 79], 'rate-per-10k').thresholds).toEqual([40, 50, 60, 70]);
    expect(classesFor([33, 57, 114], 'rate-per-10k').labels).toHaveLength(3);
    expect(classesFor([33, 46, 57, 60, 65, 75, 81, 101, 114], 'rate-per-10k').labels).toEqual(['under 40', '40 to 59', '60 to 79', '80 to 99', '100 or more']);
    expect(classesFor([12.5, 17.25], 'percent').labels.every((l) => l.includes('%'))).toBe(true);
    expect(classesFor([5, 5], 'children')).toEqual({ thresholds: [], colours: [SEQUENTIAL[2]], labels: ['5'] });
  });
  it('the sequential blues get darker step by step and keep 3:1 against the ink boundaries', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    for (let i = 1; i < SEQUENTIAL.length; i++) {
      expect(lum(SEQUENTIAL[i])).toBeLessThan(lum(SEQUENTIAL[i - 1]));
      expect(ratio(SEQUENTIAL[i], SEQUENTIAL[i - 1]), `${SEQUENTIAL[i - 1]} → ${SEQUENTIAL[i]}`).toBeGreaterThan(1.3);
    }
    for (const c of SEQUENTIAL) expect(ratio(c, COLOURS.ink), c).toBeGreaterThanOrEqual(3);
  });
});
