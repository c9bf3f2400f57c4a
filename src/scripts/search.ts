import { correctQuery, type Vocabulary } from '../site/spelling.ts';
/**
 * Search page: restores the query from the URL, loads Pagefind only when there is something to
 * search, filters by audience, placement type, locality and page kind, and announces the count.
 */
type PagefindResult = { data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> };
type Pagefind = {
  options: (o: object) => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] }>;
};

const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.querySelector<HTMLInputElement>('#q')!;
const statusEl = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;
const vocab = () => (vocabulary ??= fetch(form.dataset.terms!).then((r) => r.json() as Promise<Vocabulary>));

const load = () => (pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>);

function readUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=audience]')) box.checked = p.getAll('audience').includes(box.value);
  for (const name of ['type', 'locality', 'kind']) (form.elements.namedItem(name) as HTMLSelectElement).value = p.get(name) ?? '';
}

function filters() {
  const f: Record<string, string | string[]> = {};
  const aud = [...form.querySelectorAll<HTMLInputElement>('input[name=audience]:checked')].map((b) => b.value);
  if (aud.length) f.audience = aud;
  const sel = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
  if (sel('type')) f['placement type'] = sel('type');
  if (sel('locality')) f.locality = sel('locality');
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

async function run() {
  const q = input.value.trim();
  list.replaceChildren();
  if (!q) {
    statusEl.textContent = '';
    return;
  }
  statusEl.textContent = 'Searching…';
  const pf = await load();
  let shownQuery = q;
  let { results } = await pf.search(q, { filters: filters() });
  let corrected = '';
  if (!results.length) {
    // Nothing found: try the nearest spelling of each word from the site's own vocabulary.
    const fixed = correctQuery(q, await vocab().catch(() => ({})));
    if (fixed) {
      const again = await pf.search(fixed, { filters: filters() });
      if (again.results.length) {
        results = again.results;
        shownQuery = fixed;
        corrected = `No results for “${q}”. `;
      }
    }
  }
  const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  statusEl.textContent = `${corrected}${results.length} result${results.length === 1 ? '' : 's'} for “${shownQuery}”${results.length > 20 ? ', showing the first 20' : ''}.`;
  for (const r of top) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const h = document.createElement('h2');
    h.className = 'h3';
    h.append(a);
    const p = document.createElement('p');
    p.innerHTML = safeExcerpt(r.excerpt);
    const meta = document.createElement('p');
    meta.className = 'note';
    meta.textContent = [r.meta.kind && `Page type: ${r.meta.kind}`, r.meta.asAt && `Data as at ${r.meta.asAt}`].filter(Boolean).join(' · ');
    li.append(h, p, meta);
    list.append(li);
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  for (const [k, v] of [...params]) if (!v) params.delete(k);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  void run();
});
form.addEventListener('change', () => form.requestSubmit());
// The page explains that search needs JavaScript; with JavaScript running, that note goes.
document.getElementById('search-nojs')?.remove();
readUrl();
void run();
