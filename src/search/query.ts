/**
 * Reads a query before Pagefind sees it (the search page loads this only when someone searches):
 * corrects words the site does not use to the nearest word it does ("fostring" → "fostering"), then
 * replaces what readers type with the words the site uses ("respite" → "short breaks", "UASC" →
 * "unaccompanied asylum-seeking children"). Synonyms come from data, through dist/search-terms.json.
 */
import { correctWord } from '../site/spelling.ts';
import { searchKey } from './key.ts';

/**
 * dist/search-terms.json: the site's words, most used first, and the question words to leave out (each one
 * string, space-separated), and synonyms as [typed (a search key), meant].
 */
export interface SearchTerms {
  words: string;
  ignore: string;
  synonyms: [string, string][];
}

export interface PreparedQuery {
  /** What to search for. */
  query: string;
  /** The reader's words with spelling corrected ("" when nothing was corrected). */
  corrected: string;
  /** What is searched when it differs from the reader's (corrected) words: synonyms replaced, question words left out ("" otherwise). */
  searchedAs: string;
  /** Also search for `corrected || the reader's words` and show those results after: the site uses all of them too. */
  alsoOriginal: boolean;
}

export interface QueryReader {
  read(query: string): PreparedQuery;
}

export function queryReader(terms: SearchTerms): QueryReader {
  const ranked = terms.words.split(' ');
  const site = new Set(ranked);
  const ignore = new Set(terms.ignore.split(' '));
  const phrases = new Map(terms.synonyms);
  const known = new Set([...site, ...ignore, ...terms.synonyms.flatMap(([typed]) => typed.split(' '))]);
  const longest = Math.max(1, ...terms.synonyms.map(([typed]) => typed.split(' ').length));

  return {
    read(query) {
      const typed = searchKey(query).split(' ').filter(Boolean);
      const fixed = typed.map((w) => correctWord(w, ranked, known));
      const out: string[] = [];
      const replaced: string[] = [];
      for (let i = 0; i < fixed.length; ) {
        let n = Math.min(longest, fixed.length - i);
        for (; n > 0; n--) {
          const meant = phrases.get(fixed.slice(i, i + n).join(' '));
          if (meant) {
            out.push(meant);
            replaced.push(...fixed.slice(i, i + n));
            break;
          }
        }
        if (n > 0) i += n;
        else out.push(fixed[i++]);
      }
      // A page must have every word: "how many" would keep out the page about children in care.
      const kept = out.filter((w) => !ignore.has(w));
      const searched = kept.length ? kept : out;
      const corrected = fixed.some((w, i) => w !== typed[i]) ? fixed.join(' ') : '';
      const searchedAs = replaced.length || searched.length < out.length ? searched.join(' ') : '';
      return {
        query: searchedAs || corrected || query.trim(),
        corrected,
        searchedAs,
        // "respite" is on the site too, so its pages follow; "UASC" or "PA" alone would only match word beginnings.
        alsoOriginal: replaced.length > 0 && replaced.every((w) => site.has(w)) && fixed.every((w) => w.length < 3 || site.has(w) || ignore.has(w)),
      };
    },
  };
}
