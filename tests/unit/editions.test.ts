/** Editions stay reachable at dated paths, each showing its own headline figures (synthetic Brackenmoor: two editions). */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { editionView, editionsView } from '../../src/views/editions.ts';
import { latest } from '../../src/data/observations.ts';

const m = buildModel(loadCouncilData('tests/fixtures/councils/brackenmoor', { today: new Date('2026-12-01') }));

describe('editions', () => {
  it('lists every edition newest first, each at a path named by its as-at date, the current one marked', () => {
    const v = editionsView(m);
    expect(v.editions).toHaveLength(m.council.editions.length);
    expect(v.editions[0].current).toBe(true);
    expect(v.editions.map((e) => e.href)).toEqual([...m.council.editions].reverse().map((e) => `/councils/${m.council.slug}/editions/${e.asAt}/`));
  });
  it("an earlier edition's page shows the figures as they stood at its own date", () => {
    const [first, last] = [m.council.editions[0], m.council.editions.at(-1)!];
    const measure = m.council.headlines[0].measure;
    const then = latest(m.observations, measure, { asAt: first.asAt })!;
    const now = latest(m.observations, measure, { asAt: last.asAt })!;
    expect(then.asAt).not.toBe(now.asAt);
    expect(editionView(m, first).stats[0].cite.asAt).toContain(String(Number(then.asAt.slice(0, 4))));
    expect(editionView(m, first).current).toBe(false);
    expect(editionView(m, last).current).toBe(true);
  });
});
