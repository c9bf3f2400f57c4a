import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { queryReader, type SearchTerms } from '../../src/search/query.ts';
import { clientTerms } from '../../src/search/terms.ts';
import { SearchWords } from '../../src/data/schemas/search.ts';

const site = SearchWords.parse(JSON.parse(readFileSync('data/site/search-words.json', 'utf8')));
// A small site: its words, most used first.
const siteWords = ['children', 'childrens', 'care', 'the', 'and', 'foster', 'fostering', 'carer', 'carers', 'supported', 'accommodation', 'short', 'breaks', 'respite', 'homes', 'residential', 'parent', 'child', 'unaccompanied', 'asylum', 'seeking', 'leavers', 'leaving', 'market', 'position', 'statement'];
const terms: SearchTerms = clientTerms(new Map(siteWords.map((w, i) => [w, 100 - i])), site, { searchTerms: { description: 'x', places: [], pages: [], synonyms: [{ means: 'Bournemouth, Christchurch and Poole', also: ['BCP'] }] } });
const reader = queryReader(terms);
const read = (q: string) => reader.read(q);

describe('reading a query: synonyms', () => {
  it('replaces abbreviations and everyday words with the words the site uses', () => {
    expect(read('UASC').query).toBe('unaccompanied asylum-seeking children');
    expect(read('semi-independent').query).toBe('supported accommodation');
    expect(read('Semi independent').query).toBe('supported accommodation');
    expect(read('mother and baby').query).toBe('parent and child');
    expect(read('MPS').query).toBe('market position statement');
    expect(read('LAC').query).toBe('children in care');
    expect(read('CiC').query).toBe('children in care');
    expect(read('IFA').query).toBe('independent fostering agency');
    expect(read('SGO').query).toBe('special guardianship');
    expect(read('foster parent').query).toBe('foster carer');
    expect(read('leaving care').query).toBe('care leavers');
    expect(read("residential").query).toBe("children's homes");
  });
  it('keeps the rest of the query around a replaced phrase, longest phrase first', () => {
    expect(read('respite care Weymouth').query).toBe('short breaks weymouth');
    expect(read('UASC in Chesil').query).toBe('unaccompanied asylum-seeking children in chesil');
  });
  it("uses the council's own synonyms too", () => {
    expect(read('BCP').query).toBe('Bournemouth, Christchurch and Poole');
  });
  it('says what it searched for, and searches the reader’s own words too when the site uses them', () => {
    const respite = read('respite');
    expect(respite).toMatchObject({ searchedAs: 'short breaks', corrected: '', alsoOriginal: true });
    expect(read('UASC')).toMatchObject({ searchedAs: 'unaccompanied asylum-seeking children', alsoOriginal: false });
    expect(read('PA').alsoOriginal).toBe(false);
  });
  it('leaves a query with nothing to change as typed', () => {
    expect(read('Short breaks')).toEqual({ query: 'Short breaks', corrected: '', searchedAs: '', alsoOriginal: false });
  });
});

describe('reading a query: question words', () => {
  it('leaves out question words when other words remain, and says so', () => {
    expect(read('how many children in care')).toMatchObject({ query: 'children in care', searchedAs: 'children in care', corrected: '' });
    expect(read('what is respite')).toMatchObject({ query: 'short breaks', searchedAs: 'short breaks' });
    expect(read('how many').query).toBe('how many');
  });
});

describe('reading a query: spelling', () => {
  it('corrects words the site does not use, then applies synonyms', () => {
    expect(read('fostring')).toMatchObject({ query: 'fostering', corrected: 'fostering', searchedAs: '' });
    expect(read('suported accomodation')).toMatchObject({ query: 'supported accommodation', corrected: 'supported accommodation' });
    expect(read('childrens homes').corrected).toBe(''); // "childrens" is how the site's "children's" is read
    expect(read('repsite')).toMatchObject({ corrected: 'respite', searchedAs: 'short breaks' });
  });
  it('does not "correct" an abbreviation it knows', () => {
    expect(read('UASCs').corrected).toBe('');
  });
});
