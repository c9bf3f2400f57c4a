/**
 * Per-page charts stay small on large (regional-size) data: SYNTHETIC data, the Dorset needs,
 * provision and localities copied five times over (copy i of a locality is its own locality).
 */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import type { RawData } from '../../src/data/schemas/index.ts';
import { CHART, FOCUS_COLS, FOCUS_ROWS, chartById } from '../../src/charts/registry.ts';

function scaled(raw: RawData, factor: number): RawData {
  const copies = [...Array(factor).keys()];
  const sfx = <T extends string | undefined>(id: T, i: number): T => (id && i ? `${id}-s${i}` : id) as T;
  const label = (s: string, i: number) => (i ? `${s} (synthetic copy ${i + 1})` : s);
  return {
    ...raw,
    localities: copies.flatMap((i) => raw.localities.map((l) => ({ ...l, id: sfx(l.id, i), name: label(l.name, i), shortName: label(l.shortName, i) }))),
    needs: copies.flatMap((i) => raw.needs.map((n) => ({ ...n, id: sfx(n.id, i), locality: sfx(n.locality, i) }))),
    provision: copies.flatMap((i) => raw.provision.map((p) => ({ ...p, id: sfx(p.id, i), locality: sfx(p.locality, i) }))),
    localityMap: undefined,
  };
}

describe('charts on synthetic data five times the size of Dorset', () => {
  const m = buildModel(scaled(loadCouncilData('data/councils/dorset', { today: new Date('2026-01-01') }), 5));
  const current = m.gaps.filter((g) => !g.need.historic);

  it('a placement type page draws only its own needs', () => {
    expect(current.length).toBeGreaterThan(FOCUS_ROWS);
    const t = m.placementTypes.find((p) => current.some((g) => g.need.placementType === p.id))!;
    const own = current.filter((g) => g.need.placementType === t.id).map((g) => g.need.id).sort();
    expect(chartById(m, CHART.gapsFor(t.id)).table.rows.map((r) => r.key).sort()).toEqual(own);
    expect(chartById(m, CHART.gaps).table.rows.length).toBe(current.length);
  });

  it('a locality page draws only its own column of the grid', () => {
    expect(m.localities.length).toBeGreaterThan(FOCUS_COLS);
    const l = m.localities[7];
    const csv = chartById(m, CHART.matrixFor(l.id)).csv;
    const full = chartById(m, CHART.matrix).csv;
    expect(csv.length).toBeLessThan(full.length / 5);
    expect(csv).toContain(l.name);
    expect(csv).not.toContain(m.localities[8].name);
    // Only types with something published there; the note says how many others are left out.
    expect(chartById(m, CHART.matrixFor(l.id)).table.rows.length).toBeLessThan(m.placementTypes.length);
    expect(chartById(m, CHART.matrixFor(l.id)).notes.join(' ')).toMatch(/nothing is published for the other \d+/);
  });
});
