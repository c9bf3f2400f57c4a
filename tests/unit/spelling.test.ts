import { describe, expect, it } from 'vitest';
import { correctWord, distance, words } from '../../src/site/spelling.ts';

// The site's words, most used first.
const ranked = ['children', 'fostering', 'foster', 'homes', 'carer', 'supported', 'lodgings', 'chesil', 'accommodation', 'fosters'];
const known = new Set(ranked);
const fix = (w: string) => correctWord(w, ranked, known);

describe('spelling', () => {
  it('splits text into lower-case words without apostrophes', () => {
    expect(words("Children's homes in Chesil")).toEqual(['childrens', 'homes', 'chesil']);
  });
  it('counts one transposition as one edit', () => {
    expect(distance('fostreing', 'fostering', 2)).toBe(1);
    expect(distance('lodgnigs', 'lodgings', 2)).toBe(1);
    expect(distance('accomodation', 'accommodation', 2)).toBe(1);
  });
  it('corrects misspelt words to the nearest word the site uses', () => {
    expect(fix('fostring')).toBe('fostering');
    expect(fix('suported')).toBe('supported');
    expect(fix('lodgins')).toBe('lodgings');
    expect(fix('accomodation')).toBe('accommodation');
    expect(fix('chesl')).toBe('chesil');
  });
  it('prefers the more used word when two are as close', () => {
    // "fosterz" is one edit from "foster" (used more) and from "fosters".
    expect(fix('fosterz')).toBe('foster');
  });
  it('leaves alone known words, short words, word beginnings, numbers and words with nothing close', () => {
    expect(fix('homes')).toBe('homes');
    expect(fix('hme')).toBe('hme');
    expect(fix('fost')).toBe('fost'); // Pagefind matches the start of "foster"
    expect(fix('2023')).toBe('2023');
    expect(fix('zebracorn')).toBe('zebracorn');
  });
  it('allows one edit in words of 4 or 5 letters and two in longer ones', () => {
    expect(fix('hoems')).toBe('homes');
    expect(fix('hxmxs')).toBe('hxmxs');
    expect(fix('childnre')).toBe('children');
  });
});
