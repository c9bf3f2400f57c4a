/**
 * Words for search, kept as data: the sector's vocabulary for every council (data/site/search-words.json)
 * and one council's own words (data/councils/<slug>/search-terms.json): towns and villages in its wards,
 * words a page should answer to, and local abbreviations. scripts/build-search.ts reads both.
 */
import { z } from 'zod';
import { PlainText } from './common.ts';
import { searchKey } from '../../search/key.ts';


/** Something a reader types ("respite", "MPS") and the words the site uses for it ("short breaks"). */
export const Synonym = z
  .object({
    /** The words the site's pages use. */
    means: PlainText,
    /** What readers type instead: other names, abbreviations, older or everyday words. */
    also: z.array(PlainText).min(1, 'expected at least one word or phrase'),
  })
  .strict();

/** Each word or phrase may mean one thing only, and never itself. */
function uniqueSynonyms(list: z.infer<typeof Synonym>[], ctx: z.RefinementCtx, at: (string | number)[]) {
  const seen = new Map<string, string>();
  list.forEach((s, i) =>
    s.also.forEach((a, j) => {
      const k = searchKey(a);
      if (!k) ctx.addIssue({ code: 'custom', path: [...at, i, 'also', j], message: 'expected a word or phrase with letters or digits' });
      else if (k === searchKey(s.means)) ctx.addIssue({ code: 'custom', path: [...at, i, 'also', j], message: `expected a different word from "means" ("${s.means}")` });
      else if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [...at, i, 'also', j], message: `expected each word once; "${a}" also means "${seen.get(k)}"` });
      else seen.set(k, s.means);
    }),
  );
}

/** Where the site-wide search words live (relative to the project). */
export const SITE_WORDS_FILE = 'data/site/search-words.json';

/** data/site/search-words.json: the sector's vocabulary, the same for every council. */
export const SearchWords = z
  .object({
    description: PlainText,
    /** Question words left out of a query when other words remain. */
    ignore: z.array(z.string().regex(/^[a-z]+$/, 'expected one lower-case word')).default([]),
    synonyms: z.array(Synonym).min(1),
  })
  .strict()
  .superRefine((d, ctx) => uniqueSynonyms(d.synonyms, ctx, ['synonyms']));
export type SearchWords = z.infer<typeof SearchWords>;

/** A town or village that no ward is named after, placed in the ward it lies in. */
export const SearchPlace = z
  .object({
    name: PlainText,
    /** The ward's name exactly as in ward-localities.json; its locality follows from there. */
    ward: PlainText,
  })
  .strict();

/** Words a page should be found by although it does not use them ("market position statement" for the providers page). */
export const PageWords = z
  .object({
    /** The page's path inside the site, without the base: "providers/". */
    page: z.string().regex(/^(?:[a-z0-9-]+\/)*$/, 'expected a site path such as "providers/" or "placement-types/adoption/"'),
    words: z.array(PlainText).min(1, 'expected at least one word or phrase'),
  })
  .strict();

/** data/councils/<slug>/search-terms.json (optional). */
export const CouncilSearchTerms = z
  .object({
    description: PlainText,
    places: z.array(SearchPlace).default([]),
    pages: z.array(PageWords).default([]),
    /** The council's own abbreviations and local names, added to the site-wide synonyms. */
    synonyms: z.array(Synonym).default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    uniqueSynonyms(d.synonyms, ctx, ['synonyms']);
    const seen = new Map<string, number>();
    d.places.forEach((p, i) => {
      const k = searchKey(p.name);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['places', i, 'name'], message: `expected each place once; "${p.name}" is also at places[${seen.get(k)}]` });
      seen.set(k, i);
    });
  });
export type CouncilSearchTerms = z.infer<typeof CouncilSearchTerms>;
