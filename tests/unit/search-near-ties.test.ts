/** Results all but tied: the page whose whole title the query names comes first; real score gaps stay as they are. */
import { describe, expect, it } from 'vitest';
import { nearTiesByTitle } from '../../src/scripts/search-run.ts';

const r = (title: string, score: number) => ({ score, meta: { title } });

describe('near ties by title', () => {
  it('puts Somerset before North Somerset when Pagefind scores them a hair apart (21.83 and 21.84 seen)', () => {
    const out = nearTiesByTitle([r('North Somerset', 21.84), r('Somerset', 21.83), r('Bath and North East Somerset', 21.83)], 'Somerset children in care');
    expect(out.map((x) => x.meta.title)).toEqual(['Somerset', 'North Somerset', 'Bath and North East Somerset']);
  });
  it('leaves a clear lead alone, and the order of results that name no title', () => {
    expect(nearTiesByTitle([r('Children in care: numbers and rates', 3), r('Somerset', 2)], 'Somerset').map((x) => x.score)).toEqual([3, 2]);
    expect(nearTiesByTitle([r('A', 1), r('B', 1)], 'c').map((x) => x.meta.title)).toEqual(['A', 'B']);
  });
});
