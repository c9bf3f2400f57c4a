import { queryReader, type PreparedQuery, type QueryReader, type SearchTerms } from '../search/query.ts';
/**
 * Search page, the part that searches (loaded by search.ts only when there is a query): loads Pagefind,
 * reads the query first (spelling, synonyms: src/search/query.ts with dist/search-terms.json), filters by
 * audience, council, region, placement type and page kind, shows the results and announces the count.
 */
type PagefindResult = { id: string; score: number; data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> };
type Pagefind = {
  options: (o: object) => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] }>;
};

// Titles count twice Pagefind's default, so a page about a topic leads the 155 council pages that mention it;
// "as at" dates never rank a page. Half Pagefind's default length penalty (0.75): a placement type's page is
// long because it holds its tables, and the short comparison pages otherwise outranked it (measured on
// tests/search-queries.json: 131 of 139 in the top three at 0.75, 136 at 0.5, 134 at 0.6).
const RANKING = { metaWeights: { title: 10, asAt: 0 }, pageLength: 0.5 };

/** Results shown at once: a first search fetches this many excerpts (fragment files), the rest on request. */
const PAGE = 10;

let pagefind: Promise<Pagefind> | undefined;
let reader: Promise<QueryReader | null> | undefined;
let runs = 0;

const load = (form: HTMLFormElement) =>
  (pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ ranking: RANKING });
    return pf;
  }));
// Without the site's words (a failed request), the query goes to Pagefind as typed.
const loadReader = (form: HTMLFormElement) =>
  (reader ??= fetch(form.dataset.terms!)
    .then((r) => (r.ok ? (r.json() as Promise<SearchTerms>) : Promise.reject()))
    .then(queryReader)
    .catch(() => null));

function filters(form: HTMLFormElement) {
  const f: Record<string, string | string[]> = {};
  const aud = [...form.querySelectorAll<HTMLInputElement>('input[name=audience]:checked')].map((b) => b.value);
  if (aud.length) f.audience = aud;
  const sel = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
  if (sel('type')) f['placement type'] = sel('type');
  if (sel('council')) f.council = sel('council');
  if (sel('region')) f.region = sel('region');
  if (sel('kind')) f.kind = sel('kind');
  return f;
}

/** Pagefind excerpts mark matches with <mark>; everything else is escaped text from our pages. */
function safeExcerpt(html: string): string {
  const tmp = document.createElement('div');
  tmp.innerHTML = html;
  const walk = (n: Node): string =>
    [...n.childNodes].map((c) => (c.nodeType === 3 ? (c.textContent ?? '').replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`) : c.nodeName === 'MARK' ? `<mark>${walk(c)}</mark>` : walk(c))).join('');
  return walk(tmp);
}

export async function run(form: HTMLFormElement) {
  const mine = ++runs;
  const statusEl = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const q = form.querySelector<HTMLInputElement>('#q')!.value.trim();
  list.replaceChildren();
  document.querySelector('.search-more')?.remove();
  if (!q) {
    statusEl.textContent = '';
    return;
  }
  statusEl.textContent = 'Searching…';
  const [pf, rd] = await Promise.all([load(form), loadReader(form)]);
  const p: PreparedQuery = rd?.read(q) ?? { query: q, corrected: '', searchedAs: '', alsoOriginal: false };
  const f = filters(form);
  let { results } = await pf.search(p.query, { filters: f });
  if (p.alsoOriginal) {
    // The reader's own words are on the site too: their pages follow the synonym's.
    const seen = new Set(results.map((r) => r.id));
    results = [...results, ...(await pf.search(p.corrected || q, { filters: f })).results.filter((r) => !seen.has(r.id))];
  }
  let fewer = '';
  const words = p.query.split(' ');
  if (!results.length && words.length > 1) {
    // No page has every word: leave out the one word whose absence finds the best match.
    for (let i = 0; i < words.length; i++) {
      const sub = words.filter((_, j) => j !== i).join(' ');
      const found = (await pf.search(sub, { filters: f })).results;
      if (found.length && (!fewer || found[0].score > results[0].score)) [results, fewer] = [found, sub];
    }
  }
  // Only the first page of results' excerpts is fetched (each is a request for a fragment file): the
  // first search stays small, and "Show more results" fetches the next page when asked.
  const top = nearTiesByTitle(await Promise.all(results.slice(0, PAGE).map(async (r) => ({ score: r.score, ...(await r.data()) }))), q);
  if (mine !== runs) return; // a newer search has started
  const n = results.length;
  const found = (shown: number) =>
    (p.corrected || fewer ? `No results for “${q}”. ` : '') +
    `${n} result${n === 1 ? '' : 's'} for “${fewer || p.corrected || q}”` +
    (p.searchedAs && !fewer ? ` (searched as “${p.searchedAs}”)` : '') +
    (n > shown ? `, showing the first ${shown}.` : '.');
  statusEl.textContent = n ? found(top.length) : `No results for “${q}”.`;
  show(list, top);
  let shown = top.length;
  if (shown >= n) return;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button search-more';
  more.textContent = 'Show more results';
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    if (mine !== runs) return;
    const first = show(list, next);
    shown += next.length;
    statusEl.textContent = found(shown);
    if (shown >= n) more.remove();
    else more.disabled = false;
    // Keyboard and screen reader users continue from the first new result.
    first?.focus();
  });
  list.after(more);
}

const wordsOf = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);

/**
 * Among results whose scores are all but equal (within 1%), a page whose whole title the query names
 * comes first: "Somerset children in care" finds Somerset before North Somerset, which Pagefind scores
 * a hair apart either way.
 */
export function nearTiesByTitle<T extends { score: number; meta: Record<string, string> }>(items: T[], query: string): T[] {
  const q = new Set(wordsOf(query));
  const named = (t: T) => {
    const w = wordsOf(t.meta.title ?? '');
    return w.length > 0 && w.every((x) => q.has(x));
  };
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    if (named(out[i])) continue;
    const j = out.findIndex((t, k) => k > i && t.score >= out[i].score * 0.99 && named(t));
    if (j > i) out.splice(i, 0, ...out.splice(j, 1));
  }
  return out;
}

/** Appends results to the list; returns the first new result's link. */
function show(list: HTMLElement, items: Awaited<ReturnType<PagefindResult['data']>>[]): HTMLAnchorElement | undefined {
  let firstLink: HTMLAnchorElement | undefined;
  for (const r of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    firstLink ??= a;
    const h = document.createElement('h2');
    h.className = 'h3';
    h.append(a);
    const para = document.createElement('p');
    para.innerHTML = safeExcerpt(r.excerpt);
    const meta = document.createElement('p');
    meta.className = 'note';
    meta.textContent = [r.meta.kind && `Page type: ${r.meta.kind}`, r.meta.asAt && `Data as at ${r.meta.asAt}`].filter(Boolean).join(' · ');
    li.append(h, para, meta);
    list.append(li);
  }
  return firstLink;
}
