import { describe, expect, it } from 'vitest';
import { correctQuery, distance, words } from '../../src/site/spelling.ts';

const vocab = { fostering: 40, foster: 30, carer: 20, children: 90, homes: 30, supported: 12, lodgings: 8, chesil: 9 };

describe('did-you-mean spelling', () => {
  it('splits text into lower-case words without apostrophes', () => {
    expect(words("Children's homes in Chesil")).toEqual(['childrens', 'homes', 'chesil']);
  });
  it('counts one transposition as one edit', () => {
    expect(distance('fostreing', 'fostering', 2)).toBe(1);
    expect(distance('lodgnigs', 'lodgings', 2)).toBe(1);
  });
  it('corrects misspelt words and leaves known words alone', () => {
    expect(correctQuery('fostring', vocab)).toBe('fostering');
    expect(correctQuery('suported lodgins', vocab)).toBe('supported lodgings');
    expect(correctQuery('Chesl', vocab)).toBe('chesil');
  });
  it('returns null when nothing needs correcting or nothing is close', () => {
    expect(correctQuery('foster carer', vocab)).toBeNull();
    expect(correctQuery('zebracorn', vocab)).toBeNull();
  });
});
