/**
 * Asks, targets and forecasts: due dates in absolute terms and their state on the build date,
 * which is an input (Model.buildDay, BUILD_DATE), never the clock. Every day here is fixed.
 */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { buildDay } from '../../src/data/build-day.ts';
import { dueState } from '../../src/data/due.ts';
import { dueWords } from '../../src/text/due-words.ts';
import { dueView, gapViews, outlookViews } from '../../src/views/parts.ts';
import { providersView } from '../../src/views/providers.ts';
import { placementTypeView } from '../../src/views/placement-type.ts';
import { REAL } from '../support/councils.ts';

const today = new Date('2026-12-01');
const raw = loadCouncilData(REAL.dir, { today });
const at = (day: string) => buildModel(raw, { buildDay: day });
const nextDay = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

describe('dueState', () => {
  const due = { by: '2024-10-31', precision: 'month' as const };
  it('is due up to and on the due day, overdue the day after', () => {
    expect(dueState({ due }, '2024-10-30').kind).toBe('due');
    expect(dueState({ due }, '2024-10-31').kind).toBe('due');
    expect(dueState({ due }, '2024-11-01').kind).toBe('overdue');
  });
  it('a later document decides over the date: met or replaced, with the evidence', () => {
    const outcome = { state: 'met' as const, evidence: 'Opened.', source: 's', locator: '§1', asAt: '2025-01-01' };
    expect(dueState({ due, outcome }, '2030-01-01')).toMatchObject({ kind: 'met', outcome });
    expect(dueState({ due, outcome: { ...outcome, state: 'replaced' } }, '2020-01-01').kind).toBe('replaced');
  });
  it('an ask from a superseded document is replaced; one with no date is undated', () => {
    expect(dueState({ due, historic: true }, '2024-01-01').kind).toBe('replaced');
    expect(dueState({}, '2024-01-01').kind).toBe('undated');
  });
  it('words a due date in absolute terms', () => {
    expect(dueWords(due)).toBe('by October 2024');
    expect(dueWords({ by: '2025-12-31', precision: 'year' })).toBe('by the end of 2025');
  });
});

describe('the build date is an input', () => {
  it('BUILD_DATE fixes it; a bad one names the variable', () => {
    expect(buildDay({ BUILD_DATE: '2031-02-03' })).toBe('2031-02-03');
    expect(buildDay({}, new Date('2029-05-06T10:00:00Z'))).toBe('2029-05-06');
    expect(() => buildDay({ BUILD_DATE: '2031-02-30' })).toThrow(/BUILD_DATE: expected a real date/);
  });
});

describe("the real council's asks on two build days", () => {
  const current = raw.needs.filter((n) => !n.historic && !n.outcome);
  it('every current need and ask has a due date; every need from an earlier document is met or replaced', () => {
    expect(current.every((n) => n.due)).toBe(true);
    expect(raw.marketNeeds.filter((a) => a.current).every((a) => a.due)).toBe(true);
    const early = at('2024-01-01');
    for (const g of gapViews(early, early.gaps.filter((g) => g.need.historic))) expect(['met', 'replaced']).toContain(g.due.kind);
  });
  it('each current need is due on its due day and overdue the day after, whatever day the tests run', () => {
    for (const n of current) {
      expect(dueView(at(n.due!.by), n).kind, n.id).toBe('due');
      const after = dueView(at(nextDay(n.due!.by)), n);
      expect(after.kind, n.id).toBe('overdue');
      expect(after.onDay).toMatch(/^On \d{1,2} \w+ \d{4} \(the build date\):$/);
    }
  });
  it('a forecast past its date is not called overdue in words', () => {
    const late = at('2030-01-01');
    const forecasts = outlookViews(late, late.outlook.filter((o) => o.kind === 'forecast' && !o.need.historic));
    expect(forecasts.length).toBeGreaterThan(0);
    for (const f of forecasts) expect(f.due.text).toMatch(/date of this forecast has passed/);
  });
  it('a met need shows its evidence with a source', () => {
    const met = gapViews(at('2026-12-04'), at('2026-12-04').gaps).filter((g) => g.due.kind === 'met');
    expect(met.length).toBeGreaterThan(0);
    for (const g of met) expect(g.due.evidence?.cite.locator).toBeTruthy();
  });
  it('the providers page counts asks by state on its build date', () => {
    const early = providersView(at('2024-01-01'));
    const late = providersView(at('2028-01-01'));
    expect(early.asks.every((a) => a.due.kind === 'due')).toBe(true);
    expect(late.asks.every((a) => a.due.kind === 'overdue')).toBe(true);
  });
  it("a placement type's opening point gives the due date, not a relative phrase", () => {
    const m = at('2026-12-04');
    for (const t of m.placementTypes) {
      const v = placementTypeView(m, t);
      for (const p of v.summary) expect(p).not.toMatch(/next year|from late/i);
    }
  });
});
