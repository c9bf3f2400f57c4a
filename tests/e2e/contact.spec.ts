/**
 * Each audience page shows the council's contact route near the top (within two phone screens at
 * 390 × 844) and again near the end; the fostering call to action is a real button-sized link that
 * fits a 320 px screen and shows its focus; the fostering page's copy reads as plain English.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fleschReadingEase } from '../support/readability.ts';
import { REAL } from '../support/councils.ts';

const SCREEN = { width: 390, height: 844 };
const council = JSON.parse(readFileSync(`${REAL.dir}/council.json`, 'utf8')) as {
  contacts: { audiences: string[]; url?: string; phone?: string; email?: string }[];
};

/** The hrefs a contact link may have for an audience: the council's page, tel: or mailto:. */
function contactHrefs(audience: string): Set<string> {
  const hrefs = new Set<string>();
  for (const c of council.contacts.filter((c) => c.audiences.includes(audience))) {
    if (c.url) hrefs.add(c.url);
    if (c.phone) hrefs.add(`tel:${c.phone.replace(/[^0-9+]/g, '')}`);
    if (c.email) hrefs.add(`mailto:${c.email}`);
  }
  return hrefs;
}

/** Tops (from the top of the document) of the contact links in main, and where main ends. */
async function contactLinkTops(page: Page, hrefs: Set<string>) {
  return page.evaluate((hs) => {
    const main = document.querySelector('main')!;
    const tops = [...main.querySelectorAll('a[href]')]
      .filter((a) => hs.includes(a.getAttribute('href')!))
      .map((a) => a.getBoundingClientRect().top + window.scrollY);
    return { tops, mainBottom: main.getBoundingClientRect().bottom + window.scrollY };
  }, [...hrefs]);
}

const PAGES = [
  { path: REAL.at('fostering/'), audience: 'foster-carers' },
  { path: REAL.at('providers/'), audience: 'providers' },
  { path: REAL.at('priorities/'), audience: 'councillors' },
];

for (const { path, audience } of PAGES) {
  test(`${path} shows the council's contact route within two screens of the top and again at the end`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewportSize(SCREEN);
    await page.goto(path);
    const hrefs = contactHrefs(audience);
    expect(hrefs.size, `council.json has a route for ${audience}`).toBeGreaterThan(0);
    const { tops, mainBottom } = await contactLinkTops(page, hrefs);
    expect(tops.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...tops), 'a contact link near the top').toBeLessThanOrEqual(2 * SCREEN.height);
    expect(Math.max(...tops), 'a contact link near the end').toBeGreaterThanOrEqual(mainBottom - 2 * SCREEN.height);
    // The end section says where each detail was taken from and when.
    await expect(page.locator('[data-contact="end"]')).toContainText(/checked on the council's page .+ on \d{1,2} \w+ \d{4}/);
    expect(errors).toEqual([]);
  });
}

test('the fostering call to action is a button that fits 320 px, is at least 44 px tall and shows its focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(REAL.at('fostering/'));
  const button = page.locator('[data-contact="top"] a.button--cta');
  await expect(button).toHaveCount(1);
  await expect(button).toHaveAttribute('href', /^https:\/\//);
  await expect(button).toHaveAttribute('rel', 'noopener noreferrer');
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    button: (() => {
      const a = document.querySelector<HTMLElement>('[data-contact="top"] a.button--cta')!;
      return a.scrollWidth - a.clientWidth;
    })(),
  }));
  expect(overflow).toEqual({ page: 0, button: 0 });
  // Keyboard focus turns the button yellow with dark text (the site's focus style).
  const before = await button.evaluate((a) => getComputedStyle(a).backgroundColor);
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const focused = await button.evaluate((a) => ({ bg: getComputedStyle(a).backgroundColor, color: getComputedStyle(a).color, isFocused: a === document.activeElement }));
  expect(focused.isFocused).toBe(true);
  expect(focused.bg).not.toBe(before);
  expect(focused.bg).toBe('rgb(255, 221, 0)');
  expect(focused.color).toBe('rgb(11, 12, 12)');
});

test('the fostering page reads as plain English (Flesch reading ease of at least 60)', async ({ page }) => {
  await page.goto(REAL.at('fostering/'));
  // The copy: headings, paragraphs and list items in main, leaving out tables, figures, citations
  // and what search leaves out (repeated links, notes on sources).
  const blocks = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main p, main li')]
      .filter((e) => !e.closest('table, figure, .cite, [data-pagefind-ignore]'))
      .filter((e) => !(e.tagName === 'LI' && e.querySelector('p')))
      .map((e) => e.innerText.trim())
      .filter(Boolean),
  );
  const r = fleschReadingEase(blocks);
  expect(r.words).toBeGreaterThan(300);
  expect(r.score, `reading ease ${r.score}; longest sentences:\n${r.longest.join('\n')}`).toBeGreaterThanOrEqual(60);
});

test('every source on /sources/ links its public original or says no public copy was found', async ({ page }) => {
  await page.goto(REAL.at('sources/'));
  const originals = await page.locator('main section .source-original').evaluateAll((ps) =>
    ps.map((p) => ({ href: p.querySelector('a')?.getAttribute('href') ?? '', text: (p as HTMLElement).innerText })),
  );
  expect(originals.length).toBe(JSON.parse(readFileSync(`${REAL.dir}/sources.json`, 'utf8')).length);
  for (const o of originals) expect(o.href.startsWith('https://') || /No public copy found/.test(o.text), o.text).toBe(true);
});
