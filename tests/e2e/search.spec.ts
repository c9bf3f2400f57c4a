import { test, expect as baseExpect } from '@playwright/test';

// The first search on a page loads Pagefind's WebAssembly; on a busy machine that takes seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
import AxeBuilder from '@axe-core/playwright';
import { REAL } from '../support/councils.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('results are announced, excerpts highlight the match, and axe finds nothing', async ({ page }) => {
  await page.goto('/search/?q=supported+lodgings');
  const status = page.getByRole('status');
  await expect(status).toContainText(/\d+ results? for “supported lodgings”/);
  await expect(page.locator('#search-results li').first().locator('mark').first()).toBeVisible();
  await expect(page.locator('#search-results li').first()).toContainText(/Page type: /);
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('the query and filters in the URL are restored, and filters narrow the results', async ({ page }) => {
  // The count in the status, not the results on screen: only the first page of results is shown at once.
  const count = async () => Number(/(\d+) results? for/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  await page.goto('/search/?q=short+breaks');
  await expect(page.getByRole('status')).toContainText(/results? for/);
  const all = await count();
  await page.goto(`/search/?q=short+breaks&council=${encodeURIComponent(REAL.names.full)}`);
  await expect(page.getByLabel('Search for a council, placement type, place or topic')).toHaveValue('short breaks');
  await expect(page.getByLabel('Council', { exact: true })).toHaveValue(REAL.names.full);
  await expect(page.getByRole('status')).toContainText(/results? for/);
  const links = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links.length).toBeGreaterThan(0);
  // Only that council's pages: not another council's, not England's.
  for (const l of links) expect(l.startsWith(REAL.base), l).toBe(true);
  expect(links).toContain(REAL.at('placement-types/short-breaks/'));
  expect(await count()).toBeLessThan(all);
});

test('a first search downloads at most 150 kB and ten excerpts; more results come on request, focus on the first new one', async ({ page }) => {
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  const sizes: Promise<[string, number]>[] = [];
  page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => [new URL(r.url()).pathname, s.responseBodySize])));
  await page.getByLabel('Search for a council, placement type, place or topic').fill('foster');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/\d+ results for “foster”, showing the first 10\./);
  await page.waitForLoadState('networkidle');
  const first = await Promise.all(sizes);
  // Everything the search fetched: the searching script, the site's words, Pagefind, its index and excerpts.
  const bytes = first.reduce((a, [, b]) => a + b, 0);
  expect(bytes, first.map(([p, b]) => `${p} ${b}`).join('\n')).toBeLessThanOrEqual(150_000);
  expect(first.filter(([p]) => p.includes('/pagefind/fragment/'))).toHaveLength(10);
  await expect(page.locator('#search-results li')).toHaveCount(10);

  const more = page.getByRole('button', { name: 'Show more results' });
  await more.click();
  await expect(page.locator('#search-results li')).toHaveCount(20);
  await expect(page.locator('#search-results li').nth(10).locator('h2 a')).toBeFocused();
  await expect(page.getByRole('status')).toContainText('showing the first 20.');
});

test('search is fully keyboard operable', async ({ page }) => {
  await page.goto('/search/');
  await page.keyboard.press('Tab'); // skip link
  const input = page.getByLabel('Search for a council, placement type, place or topic');
  await input.focus();
  await page.keyboard.type('Chesil');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=Chesil/);
  await expect(page.getByRole('status')).toContainText(/results? for “Chesil”/);
  // Tab onwards reaches the audience filters and then the first result link.
  await page.getByRole('checkbox', { name: 'Care providers' }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/audience=providers/);
});

test('a misspelt query offers the nearest word the site uses', async ({ page }) => {
  await page.goto('/search/?q=fostring');
  await expect(page.getByRole('status')).toContainText('No results for “fostring”');
  await expect(page.getByRole('status')).toContainText('for “fostering”');
});

test('a town finds its locality page, and the result says why', async ({ page }) => {
  await page.goto('/search/?q=Swanage');
  await expect(page.getByRole('status')).toContainText(/results? for “Swanage”/);
  const first = page.locator('#search-results li').first();
  await expect(first.locator('h2 a')).toHaveAttribute('href', REAL.at('localities/purbeck/'));
  await expect(first.locator('mark').first()).toHaveText(/Swanage/);
  await expect(first).toContainText('Swanage ward is in the Purbeck locality');
});

test('a word readers use finds the page that uses another, and the status says what was searched', async ({ page }) => {
  await page.goto('/search/?q=semi-independent');
  await expect(page.getByRole('status')).toContainText('for “semi-independent” (searched as “supported accommodation”)');
  await expect(page.locator('#search-results li h2 a').first()).toHaveAttribute('href', REAL.at('placement-types/supported-accommodation/'));
  await page.goto('/search/?q=UASC');
  await expect(page.getByRole('status')).toContainText('(searched as “unaccompanied asylum-seeking children”)');
});

test('generic words put the council’s own pages first, above the official pages for every council', async ({ page }) => {
  // Either of the council's two fostering pages may lead for "foster carers"; what matters is that
  // the council's own pages come above the 155 official council pages.
  for (const [q, first] of [
    ['foster carers', new RegExp(`^${REAL.base}(fostering|placement-types/in-house-fostering)/$`)],
    ["children's homes", new RegExp(`^${REAL.base}placement-types/childrens-homes/$`)],
    ['Cornwall', /^\/councils\/cornwall\/$/],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status')).toContainText(`for “${q}”`);
    await expect(page.locator('#search-results li h2 a').first(), q).toHaveAttribute('href', first);
  }
});

test('excerpts from tables read as sentences, cells separated', async ({ page }) => {
  await page.goto('/search/?q=approved+beds+mainstream');
  await expect(page.getByRole('status')).toContainText(/results? for/);
  const excerpt = (await page.locator('#search-results li').first().locator('p').first().textContent()) ?? '';
  expect(excerpt).toMatch(/mainstream foster carers: 286 places; March 2021;/);
  // Before, headings and cells ran together: "Source and notesApproved beds…".
  expect(excerpt).not.toMatch(/[a-z][A-Z]/);
});

test('Pagefind loads only when search is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.goto(REAL.at('placement-types/childrens-homes/'));
  await page.goto('/search/');
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/search-terms.json')).toEqual([]);
  await page.goto('/search/?q=foster');
  await expect(page.getByRole('status')).toContainText(/results? for/);
  expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  expect(requests).toContain('/search-terms.json');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form reaches the search page, which explains and links to the page index', async ({ page }) => {
    await page.goto(REAL.at('localities/'));
    await page.getByLabel('Search this site').fill('foster');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=foster/);
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    await page.locator('main').getByRole('link', { name: 'page index' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page index');
  });
});
