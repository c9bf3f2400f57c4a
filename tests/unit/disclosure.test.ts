import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyDisclosure, disclosureBreaches, primary, type Cell } from '../../src/data/disclosure.ts';
import type { Shown } from '../../src/data/shown.ts';

const rule = { min: 1, max: 5 };
const n = (v: number): Shown => ({ kind: 'number', n: v });
const cell = (id: string, v: number, extra: Partial<Cell> = {}): Cell => ({ id, unit: 'children', shown: n(v), ...extra });
const shownOf = (cells: Cell[], id: string) => cells.find((c) => c.id === id)!.shown;

describe('primary suppression', () => {
  it('withholds child counts from 1 to 5 and keeps 0 and 6', () => {
    expect(primary(n(0), 'children', rule)).toEqual(n(0));
    for (const v of [1, 2, 3, 4, 5]) expect(primary(n(v), 'children', rule).kind).toBe('suppressed');
    expect(primary(n(6), 'children', rule)).toEqual(n(6));
    expect(primary(n(3), 'young-people', rule).kind).toBe('suppressed');
  });
  it('never withholds places, carers or households', () => {
    for (const unit of ['places', 'carers', 'households', 'percent'] as const) expect(primary(n(2), unit, rule)).toEqual(n(2));
  });
  it('withholds a range that could hold a small count', () => {
    expect(primary({ kind: 'range', min: 4, max: 9 }, 'children', rule).kind).toBe('suppressed');
    expect(primary({ kind: 'range', min: 6, max: 9 }, 'children', rule).kind).toBe('range');
  });
});

describe('secondary suppression', () => {
  it('hides the next smallest part when one part of a total is hidden', () => {
    const out = applyDisclosure(
      [cell('total', 40, { breakdown: 'b', total: true }), cell('a', 3, { breakdown: 'b' }), cell('b', 10, { breakdown: 'b' }), cell('c', 27, { breakdown: 'b' })],
      rule,
    );
    expect(shownOf(out, 'a')).toEqual({ kind: 'suppressed', reason: 'primary' });
    expect(shownOf(out, 'b')).toEqual({ kind: 'suppressed', reason: 'secondary' });
    expect(shownOf(out, 'c')).toEqual(n(27));
    expect(shownOf(out, 'total')).toEqual(n(40));
  });
  it('leaves a breakdown alone when two parts are already hidden', () => {
    const out = applyDisclosure(
      [cell('t', 30, { breakdown: 'b', total: true }), cell('a', 2, { breakdown: 'b' }), cell('b', 4, { breakdown: 'b' }), cell('c', 24, { breakdown: 'b' })],
      rule,
    );
    expect(shownOf(out, 'c')).toEqual(n(24));
  });
  it('hides the total when no other part can be hidden', () => {
    const out = applyDisclosure([cell('t', 9, { breakdown: 'b', total: true }), cell('a', 2, { breakdown: 'b' }), cell('z', 0, { breakdown: 'b' })], rule);
    expect(shownOf(out, 't').kind).toBe('suppressed');
  });
  it('hides a percentage built on a hidden count', () => {
    const out = applyDisclosure([cell('girls', 1), { id: 'pct', unit: 'percent', shown: n(2), numerator: 'girls' }], rule);
    expect(shownOf(out, 'pct')).toEqual({ kind: 'suppressed', reason: 'derived' });
  });
  it('does not change its input', () => {
    const input = [cell('a', 2)];
    applyDisclosure(input, rule);
    expect(input[0].shown).toEqual(n(2));
  });
});

describe('what the rule fixes and what it refuses', () => {
  const src = (id: string): Cell => ({ id, unit: 'children', shown: { kind: 'suppressed', reason: 'source' }, breakdown: 'b' });
  it('leaves a part the source withheld alone when the source gave it away, and the guard refuses it', () => {
    // Total 40, parts: withheld by the source, 10 and 27: anyone can work out the withheld 3.
    const out = applyDisclosure([cell('t', 40, { breakdown: 'b', total: true }), src('a'), cell('b', 10, { breakdown: 'b' }), cell('c', 27, { breakdown: 'b' })], rule);
    expect(shownOf(out, 'b')).toEqual(n(10));
    expect(disclosureBreaches(out, rule)).toEqual([expect.stringMatching(/^a: withheld by the source .*could be recovered from the published total/)]);
  });
  it('accepts a source-withheld part when another part is withheld too', () => {
    const out = applyDisclosure([cell('t', 40, { breakdown: 'b', total: true }), src('a'), src('b'), cell('c', 27, { breakdown: 'b' })], rule);
    expect(disclosureBreaches(out, rule)).toEqual([]);
  });
  it('does not treat a part that was never published as one to protect', () => {
    const out = applyDisclosure([cell('t', 40, { breakdown: 'b', total: true }), { ...cell('a', 0, { breakdown: 'b' }), shown: { kind: 'not-published' } }, cell('c', 27, { breakdown: 'b' })], rule);
    expect(shownOf(out, 'c')).toEqual(n(27));
    expect(disclosureBreaches(out, rule)).toEqual([]);
  });
  it('a percentage hidden because its count is hidden protects its own breakdown too', () => {
    const pct = (id: string, v: number, extra: Partial<Cell> = {}): Cell => ({ id, unit: 'percent', shown: n(v), breakdown: 'p', ...extra });
    const out = applyDisclosure(
      [cell('girls-n', 2), pct('all', 100, { total: true }), pct('girls', 4, { numerator: 'girls-n' }), pct('boys', 60), pct('other', 36)],
      rule,
    );
    expect(shownOf(out, 'girls')).toEqual({ kind: 'suppressed', reason: 'derived' });
    expect(shownOf(out, 'other')).toEqual({ kind: 'suppressed', reason: 'secondary' });
    expect(disclosureBreaches(out, rule)).toEqual([]);
  });
});

describe('the publishing guard', () => {
  it('reports a small count left visible', () => {
    expect(disclosureBreaches([cell('x', 4)], rule)).toEqual([expect.stringContaining('x: a count of children from 1 to 5')]);
  });
  it('reports a hidden value recoverable from a published total', () => {
    const cells: Cell[] = [cell('t', 20, { breakdown: 'b', total: true }), { ...cell('a', 3, { breakdown: 'b' }), shown: { kind: 'suppressed', reason: 'primary' } }, cell('c', 17, { breakdown: 'b' })];
    expect(disclosureBreaches(cells, rule).join()).toMatch(/could be recovered/);
  });
});

describe('properties', () => {
  const breakdown = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }).map((parts) => {
    const total = parts.reduce((a, v) => a + v, 0) + 0;
    return [cell('total', total, { breakdown: 'b', total: true }), ...parts.map((v, i) => cell(`p${i}`, v, { breakdown: 'b' }))];
  });

  it('after the rule, no breakdown ever breaches it', () => {
    fc.assert(fc.property(breakdown, (cells) => disclosureBreaches(applyDisclosure(cells, rule), rule).length === 0));
  });
  it('no published child count lies from 1 to 5', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50 }), { maxLength: 20 }), (vals) =>
        applyDisclosure(vals.map((v, i) => cell(`c${i}`, v)), rule).every((c) => c.shown.kind !== 'number' || c.shown.n === 0 || c.shown.n > 5),
      ),
    );
  });
  it('a value is either shown exactly as given or withheld', () => {
    fc.assert(
      fc.property(breakdown, (cells) => {
        const out = applyDisclosure(cells, rule);
        return out.every((c, i) => c.shown.kind === 'suppressed' || JSON.stringify(c.shown) === JSON.stringify(cells[i].shown));
      }),
    );
  });
  it('a breakdown with parts the source withheld is either safe after the rule or refused', () => {
    const withSource = fc
      .tuple(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }))
      .map(([parts, bySource]) => [
        cell('total', parts.reduce((a, v) => a + v, 0), { breakdown: 'b', total: true }),
        ...parts.map((v, i): Cell => (bySource[i] ? { id: `p${i}`, unit: 'children', shown: { kind: 'suppressed', reason: 'source' }, breakdown: 'b' } : cell(`p${i}`, v, { breakdown: 'b' }))),
      ]);
    fc.assert(
      fc.property(withSource, (cells) => {
        const breaches = disclosureBreaches(applyDisclosure(cells, rule), rule);
        const sourceOnly = cells.filter((c) => !c.total && c.shown.kind === 'suppressed');
        const smallVisible = cells.filter((c) => !c.total && c.shown.kind === 'number' && c.shown.n >= 1 && c.shown.n <= 5);
        // Refused exactly when the source withheld one part, nothing else in the breakdown is hidden and the total shows.
        const t = cells[0].shown.kind === 'number' ? cells[0].shown.n : 0;
        const totalHidden = t >= 1 && t <= 5;
        const expectRefusal = sourceOnly.length === 1 && smallVisible.length === 0 && !totalHidden;
        return expectRefusal ? breaches.length === 1 && /withheld by the source/.test(breaches[0]) : breaches.length === 0;
      }),
    );
  });
  it('zero is never withheld by primary suppression', () => {
    fc.assert(fc.property(fc.constantFrom('children', 'young-people') as fc.Arbitrary<'children'>, (unit) => primary(n(0), unit, rule).kind === 'number'));
  });
});
