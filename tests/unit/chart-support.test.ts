/** Palette contrast and colour-blind separation, keyboard movement rules, and the map data files. */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { COLOURS, LINES, MONEY, NEED_SCALE, OPERATOR, WHERE, textOn } from '../../src/charts/kit/palette.ts';
import { nextMark } from '../../src/charts/kit/interaction.ts';
import { WardLocalities, LocalityMap } from '../../src/data/schemas/locality-map.ts';

const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const lum = (hex: string) => {
  const [r, g, b] = rgb(hex).map(lin);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
// Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
function lab(linRgb: number[]): number[] {
  const [r, g, b] = linRgb.map((v) => Math.min(1, Math.max(0, v)));
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
const simulate = (hex: string, m?: number[][]) => {
  const v = rgb(hex).map(lin);
  return lab(m ? m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) : v);
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('chart palette', () => {
  it('every meaningful colour drawn without an outline has at least 3:1 contrast with white (WCAG 1.4.11)', () => {
    for (const c of [COLOURS.supply, COLOURS.gap, COLOURS.none, COLOURS.ink, ...LINES, WHERE['in-area'], WHERE.neighbouring, OPERATOR.council, MONEY.spending]) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });
  it('fills drawn with an ink outline have at least 3:1 contrast with the outline or with white', () => {
    for (const c of [WHERE['further-away'], OPERATOR.independent, ...NEED_SCALE]) expect(Math.max(contrast(c, COLOURS.ink), contrast(c, '#ffffff')), c).toBeGreaterThanOrEqual(3);
  });
  it('text on filled marks has at least 4.5:1 contrast (white or ink, whichever the fill takes)', () => {
    for (const c of [COLOURS.supply, COLOURS.gap, ...Object.values(WHERE), ...Object.values(OPERATOR), MONEY.spending]) expect(contrast(c, textOn(c)), c).toBeGreaterThanOrEqual(4.5);
    expect(textOn(COLOURS.supply)).toBe('#ffffff');
    expect(textOn(WHERE['further-away'])).toBe(COLOURS.ink);
  });
  it('colours that share a chart stay apart under each colour-blindness simulation', () => {
    const sets = [
      [COLOURS.supply, COLOURS.gap],
      Object.values(WHERE),
      Object.values(OPERATOR),
      [...LINES],
    ];
    const pairs = sets.flatMap((set) => set.flatMap((a, i) => set.slice(i + 1).map((b) => [a, b])));
    for (const [name, m] of [['normal', undefined], ...Object.entries(CVD)] as [string, number[][] | undefined][]) {
      for (const [a, b] of pairs) expect(deltaE(simulate(a, m), simulate(b, m)), `${name} ${a} ${b}`).toBeGreaterThan(15);
    }
  });
  it('the need shading gets darker class by class under each simulation', () => {
    for (const [, m] of [['normal', undefined], ...Object.entries(CVD)] as [string, number[][] | undefined][]) {
      const l = NEED_SCALE.map((c) => simulate(c, m)[0]);
      for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1] - 8);
    }
  });
});

describe('keyboard movement between marks', () => {
  // A 2×3 grid in reading order.
  const grid = [0, 1, 2, 3, 4, 5].map((i) => ({ row: Math.floor(i / 3), col: i % 3 }));
  it('moves left and right in reading order and stops at the ends', () => {
    expect(nextMark(grid, 0, 'ArrowRight')).toBe(1);
    expect(nextMark(grid, 2, 'ArrowRight')).toBe(3);
    expect(nextMark(grid, 5, 'ArrowRight')).toBe(5);
    expect(nextMark(grid, 0, 'ArrowLeft')).toBe(0);
  });
  it('moves up and down a column, and Home/End to the ends', () => {
    expect(nextMark(grid, 1, 'ArrowDown')).toBe(4);
    expect(nextMark(grid, 4, 'ArrowUp')).toBe(1);
    expect(nextMark(grid, 4, 'ArrowDown')).toBe(4);
    expect(nextMark(grid, 3, 'Home')).toBe(0);
    expect(nextMark(grid, 0, 'End')).toBe(5);
  });
  it('ignores other keys', () => {
    expect(nextMark(grid, 0, 'a')).toBe(-1);
    expect(nextMark(grid, 0, 'Tab')).toBe(-1);
  });
});

describe('locality map data', () => {
  const mapping = WardLocalities.parse(JSON.parse(readFileSync('data/councils/dorset/ward-localities.json', 'utf8')));
  const localities = JSON.parse(readFileSync('data/councils/dorset/localities.json', 'utf8')) as { id: string }[];
  it('assigns each of Dorset’s 52 wards once, to one of the six localities, and says it is approximate', () => {
    expect(mapping.wards).toHaveLength(52);
    expect(new Set(mapping.wards.map((w) => w.ward)).size).toBe(52);
    expect(new Set(mapping.wards.map((w) => w.locality))).toEqual(new Set(localities.map((l) => l.id)));
    expect(mapping.approximate).toBe(true);
    expect(mapping.description).toMatch(/does not publish/);
    // Weymouth and Portland wards are Chesil; Wimborne is East Dorset (localities.json names these towns).
    expect(mapping.wards.find((w) => w.name === 'Portland')?.locality).toBe('chesil');
    expect(mapping.wards.find((w) => w.name === 'Wimborne Minster')?.locality).toBe('east-dorset');
    expect(mapping.wards.find((w) => w.name === 'Shaftesbury Town')?.locality).toBe('north-dorset');
  });
  it('rejects a ward listed twice, naming the JSON path', () => {
    const bad = { ...mapping, wards: [...mapping.wards, mapping.wards[0]] };
    const r = WardLocalities.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['wards', 52, 'ward']);
  });
  it('the committed boundary file is small, valid, attributed and covers every locality', () => {
    expect(statSync('data/councils/dorset/localities.geo.json').size).toBeLessThan(60 * 1024);
    const geo = LocalityMap.parse(JSON.parse(readFileSync('data/councils/dorset/localities.geo.json', 'utf8')));
    expect(geo.features.map((f) => f.properties.locality).sort()).toEqual(localities.map((l) => l.id).sort());
    expect(geo.features.reduce((a, f) => a + f.properties.wards, 0)).toBe(52);
    expect(geo.attribution).toBe('Contains OS data © Crown copyright and database right 2023; Source: Office for National Statistics licensed under the Open Government Licence v3.0');
    expect(geo.approximate).toBe(true);
  });
});
