/**
 * Bars of different units never share a misleading length: a group counting a handful is drawn
 * as counted marks (one square each, the same size in every counted group), so "1 more home" is
 * one small mark and not a bar across a 0 to 1 axis beside "5 more places" on a 0 to 40 one.
 */
import { describe, expect, it } from 'vitest';
import { gapChart, isCounted, MARK, COUNTED_MAX, type GapRow } from '../../src/charts/gap/draw.ts';

const row = (key: string, unit: GapRow['unit'], n: number, supply?: number): GapRow => ({
  key, group: 'homes', groupLabel: "Children's homes", label: key, kind: 'stated',
  gap: { kind: 'number', n }, size: n, words: `${n} more ${unit}`, unit, timeframe: 'by October 2024',
  supply: supply === undefined ? undefined : { shown: { kind: 'number', n: supply }, label: 'now' },
});
const meta = { id: 'test-gap', title: 'Shortfalls', source: 'test', asAt: '31 October 2023' } as never;

/** Total drawn width of a row's shortfall segments in one drawing. */
function gapWidth(body: string, key: string): number {
  const re = new RegExp(`<rect[^>]*data-meaning="need"[^>]*data-table-row="${key}"[^>]*>|<rect[^>]*data-table-row="${key}"[^>]*data-meaning="need"[^>]*>`, 'g');
  return [...body.matchAll(re)].reduce((sum, m) => sum + Number(/\swidth="([\d.]+)"/.exec(m[0])![1]), 0);
}
const count = (body: string, key: string) => [...body.matchAll(new RegExp(`<rect[^>]*data-meaning="need"[^>]*data-table-row="${key}"`, 'g'))].length;

describe('gap chart units', () => {
  const places = row('places-row', 'places', 5, 31);
  const home = row('home-row', 'homes', 1);
  const chart = gapChart({ meta, rows: [places, home], suppressedKey: 'c' });

  it('a group of a handful is counted; one with supply in the tens is not', () => {
    expect(isCounted([home])).toBe(true);
    expect(isCounted([places])).toBe(false);
    expect(isCounted([row('x', 'homes', COUNTED_MAX + 1)])).toBe(false);
    expect(isCounted([{ ...home, gap: { kind: 'range', min: 1, max: 2 }, size: 2 }])).toBe(true);
  });

  for (const d of ['wide', 'narrow'] as const) {
    it(`${d}: 1 more home is drawn shorter than 5 more places, as one mark`, () => {
      const body = chart[d].body;
      expect(count(body, 'home-row')).toBe(1);
      expect(gapWidth(body, 'home-row')).toBeLessThan(MARK);
      expect(gapWidth(body, 'home-row')).toBeLessThan(gapWidth(body, 'places-row'));
    });
  }

  it('counted marks are one per unit, and the note says so', () => {
    const c = gapChart({ meta, rows: [row('three', 'homes', 3)], suppressedKey: 'c' });
    expect(count(c.wide.body, 'three')).toBe(3);
    expect(c.notes.join(' ')).toMatch(/one square/);
    expect(chart.notes.join(' ')).toMatch(/one square/);
  });
});
