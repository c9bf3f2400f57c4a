/**
 * Search page, the part every visit runs: restores the query and filters from the URL, keeps the URL in
 * step with the form, and loads the part that searches (search-run.ts, then Pagefind) only when there is
 * a query, so a visit that does not search downloads neither.
 */
const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.querySelector<HTMLInputElement>('#q')!;
let searcher: Promise<typeof import('./search-run.ts')> | undefined;
const search = () => void (searcher ??= import('./search-run.ts')).then((m) => m.run(form));

function readUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=audience]')) box.checked = p.getAll('audience').includes(box.value);
  for (const name of ['council', 'region', 'type', 'kind']) (form.elements.namedItem(name) as HTMLSelectElement).value = p.get(name) ?? '';
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  for (const [k, v] of [...params]) if (!v) params.delete(k);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  search();
});
form.addEventListener('change', () => form.requestSubmit());
// The page explains that search needs JavaScript; with JavaScript running, that note goes.
document.getElementById('search-nojs')?.remove();
readUrl();
if (input.value.trim()) search();
