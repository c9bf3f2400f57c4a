/** How sums of money read: whole pounds for large sums (MHCLG totals come in £ thousands with five decimals), pence kept on small ones. */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/text/format.ts';

describe('money', () => {
  it("shows England's RO3 total (8917040.34614 £ thousands) in whole pounds", () => {
    expect(formatNumber(8917040.34614 * 1000, 'gbp')).toBe('£8,917,040,346');
  });
  it('keeps pence on a small sum and the sign on a negative one', () => {
    expect(formatNumber(146.5, 'gbp')).toBe('£146.50');
    expect(formatNumber(146, 'gbp')).toBe('£146');
    expect(formatNumber(-2500.4, 'gbp')).toBe('-£2,500');
    expect(formatNumber(999.99, 'gbp')).toBe('£999.99');
  });
});
