import { describe, expect, it } from 'vitest';
import { changes } from '../../src/data/changes.ts';
import type { ShownObservation } from '../../src/data/model.ts';

const f = (id: string, measure: string, asAt: string, n: number | null, extra: Partial<ShownObservation> = {}): ShownObservation =>
  ({ key: id, measure, label: measure, topic: 'supply', area: 'council', value: n ?? 'not-published', shown: n === null ? { kind: 'not-published' } : { kind: 'number', n }, unit: 'households', source: 'sp-2024', locator: 'x', asAt, ...extra }) as ShownObservation;

describe('what changed', () => {
  it('compares the earliest and latest published values of a measure', () => {
    const out = changes([f('a', 'households', '2021-03-31', 207), f('b', 'households', '2023-10-31', 171), f('c', 'households', '2023-01-31', 185)]);
    expect(out).toHaveLength(1);
    expect(out[0].first.key).toBe('a');
    expect(out[0].last.key).toBe('b');
    expect(out[0].delta).toBe(-36);
  });
  it('ignores comparator areas, unpublished and suppressed values, and single dates', () => {
    const out = changes([
      f('a', 'm', '2020-01-31', 10),
      f('b', 'm', '2021-01-31', null),
      f('c', 'm', '2022-01-31', 3, { shown: { kind: 'suppressed', reason: 'primary' } } as Partial<ShownObservation>),
      f('d', 'm', '2023-01-31', 99, { area: 'england' }),
      f('e', 'single', '2023-01-31', 5),
    ]);
    expect(out).toEqual([]);
  });
  it('never works out a change from a derived value (one we computed, such as "almost two thirds" as 67%)', () => {
    const out = changes([f('a', 'm', '2020-09-30', 69), f('b', 'm', '2023-01-01', 76), f('c', 'm', '2023-10-31', 67, { derived: true, qualifier: 'almost' })]);
    expect(out).toHaveLength(1);
    expect(out[0].last.key).toBe('b');
    expect(out[0].delta).toBe(7);
  });
  it('keeps cohorts apart', () => {
    const out = changes([f('a', 'm', '2020-01-31', 10, { cohort: 'all' }), f('b', 'm', '2023-01-31', 12, { cohort: 'uasc' })]);
    expect(out).toEqual([]);
  });
});
