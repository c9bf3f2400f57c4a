/**
 * Search words from data, for scripts/build-search.ts: which extra words each page is indexed with
 * (a locality page: its wards and the towns and villages in them; any page: words the council says it
 * answers to) and what the search page needs to read a query (synonyms, the site's vocabulary).
 */
import type { RawData } from '../data/schemas/index.ts';
import type { SearchWords } from '../data/schemas/search.ts';
import { searchKey } from './key.ts';
import { localityHref } from '../site/paths.ts';
import type { ExtraBlock } from './index-html.ts';
import type { SearchTerms } from './query.ts';

/** Weight of the added words: above body text (1), level with an h3 (5), below the page's own title (7). */
export const EXTRA_WEIGHT = 5;

/** A list in prose: "A, B and C". */
export function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [searchKey(x), x])).values()];

/**
 * Site path ("localities/purbeck/") → blocks to add to that page's index. A locality page gets one short
 * sentence per ward and per town, so the excerpt around a match explains it: "Swanage ward is in the
 * Purbeck locality." "South East Purbeck ward, with Corfe Castle and Studland, is in the Purbeck locality."
 */
export function extraBlocks(raw: Pick<RawData, 'council' | 'localities' | 'wardLocalities' | 'searchTerms'>): Map<string, ExtraBlock[]> {
  const slug = raw.council.slug;
  const out = new Map<string, ExtraBlock[]>();
  const add = (path: string, b: ExtraBlock) => out.set(path, [...(out.get(path) ?? []), b]);
  const wards = raw.wardLocalities?.wards ?? [];
  const placesIn = (ward: string) => unique((raw.searchTerms?.places ?? []).filter((p) => p.ward === ward).map((p) => p.name));
  for (const l of raw.localities) {
    const where = `in the ${l.name} locality`;
    const sentences: string[] = [];
    if (l.aliases.length) sentences.push(`${l.name} is also called ${listWords(l.aliases)}.`);
    if (l.places.length) sentences.push(`${listWords(l.places)} ${l.places.length > 1 ? 'are' : 'is'} ${where}.`);
    const own = wards.filter((w) => w.locality === l.id);
    if (own.length && raw.wardLocalities?.approximate) sentences.push('Wards are grouped into localities approximately: the council publishes no list.');
    for (const w of own) {
      const places = placesIn(w.name);
      sentences.push(places.length ? `${w.name} ward, with ${listWords(places)}, is ${where}.` : `${w.name} ward is ${where}.`);
    }
    if (sentences.length) add(localityHref(slug, l.id).replace(/^\//, ''), { text: sentences.join(' '), weight: EXTRA_WEIGHT });
  }
  // A council's page words name its pages from its own address ("providers/"): under /councils/<slug>/.
  for (const p of raw.searchTerms?.pages ?? []) add(`councils/${slug}/${p.page}`, { text: `Related terms: ${listWords(p.words)}.`, weight: EXTRA_WEIGHT });
  return out;
}

/** What the search page loads to read a query (dist/search-terms.json). */
export function clientTerms(counts: Map<string, number>, site: SearchWords, raw: Pick<RawData, 'searchTerms'>): SearchTerms {
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w).join(' ');
  const synonyms: [string, string][] = [];
  const seen = new Set<string>();
  // The council's own synonyms win over the site-wide list for the same words.
  for (const s of [...(raw.searchTerms?.synonyms ?? []), ...site.synonyms])
    for (const a of s.also) {
      const k = searchKey(a);
      if (seen.has(k)) continue;
      seen.add(k);
      synonyms.push([k, s.means]);
    }
  return { words, ignore: site.ignore.join(' '), synonyms };
}

/** Synonyms whose meaning uses a word the built site does not have: they would find nothing. */
export function unusedMeanings(terms: SearchTerms): string[] {
  const known = new Set(terms.words.split(' '));
  const meanings = new Set(terms.synonyms.map(([, m]) => m));
  return [...meanings].filter((m) => searchKey(m).split(' ').some((w) => w.length >= 3 && !known.has(w)));
}
