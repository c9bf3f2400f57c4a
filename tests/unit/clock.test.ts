/**
 * Nothing the tests check depends on the day they run: the data checks that compare dates with
 * "today" (no "as at" date in the future), the models and the numbers pages show hold with the
 * clock moved a year on, and a page's numbers never include the day it was built.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { pageNumbers } from '../../scripts/lib/page-values.ts';
import { formatDate } from '../../src/text/format.ts';
import { REAL, SYNTHETIC } from '../support/councils.ts';

const YEAR = 365 * 86_400_000;
afterEach(() => vi.useRealTimers());

describe('with the clock a year on', () => {
  for (const c of [REAL, SYNTHETIC]) {
    it(`${c.slug}'s data still validates, with the same model`, () => {
      const now = buildModel(loadCouncilData(c.dir));
      const real = Date.now();
      vi.useFakeTimers({ now: real + YEAR, toFake: ['Date'] });
      expect(new Date().getTime() - real).toBeGreaterThanOrEqual(YEAR - 1000);
      const later = buildModel(loadCouncilData(c.dir));
      expect(later.observations.all.map((o) => `${o.key} ${o.shown.kind}`)).toEqual(now.observations.all.map((o) => `${o.key} ${o.shown.kind}`));
      expect(later.gaps.length).toBe(now.gaps.length);
    });
  }

  it('a page’s numbers leave out the print header, so the build day never counts', () => {
    const page = (built: string) =>
      `<html><body><main><div class="print-head"><p>Data as at 31 October 2023 · Page built ${built}</p></div><p>465 children in care</p></main></body></html>`;
    // The build day as the print header writes it: today, and a year on.
    const built = () => formatDate(new Date().toISOString().slice(0, 10));
    expect(pageNumbers(page(built()))).toEqual(['465']);
    vi.useFakeTimers({ now: Date.now() + YEAR, toFake: ['Date'] });
    expect(pageNumbers(page(built()))).toEqual(['465']);
  });
});
