import { describe, expect, it } from 'vitest';
import { pngDensity, pngPixels } from '../../src/charts/kit/png-density.ts';

describe('PNG density', () => {
  it('draws ordinary charts at twice their size', () => {
    expect(pngDensity('<svg xmlns="x" width="720" height="1701.9">')).toBe(144);
    expect(pngPixels('<svg xmlns="x" width="720" height="1701.9">')).toEqual({ width: 1440, height: 3404 });
  });
  it('keeps a very tall chart under the 32,767 px limit', () => {
    const d = pngDensity('<svg xmlns="x" width="720" height="40000">');
    expect((40000 * d) / 72).toBeLessThanOrEqual(32767);
    expect(d).toBeGreaterThan(50);
    expect(pngPixels('<svg xmlns="x" width="720" height="40000">').height).toBeLessThanOrEqual(32767);
  });
});
