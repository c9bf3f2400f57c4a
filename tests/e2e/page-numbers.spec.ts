/**
 * The real council's pages show the same numbers as before the "one portal" change: every number a
 * page showed then (tests/fixtures/dorset-page-numbers.json, captured from the built site before
 * the change with scripts/lib/page-values.ts, print header left out) still shows on that page now,
 * as often, at its new address under /councils/<slug>/. The frame's own pages (search, page
 * index, accessibility, 404) are now the portal's, not the council's, and are not compared.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { missingNumbers, siteNumbers } from '../../scripts/lib/page-values.ts';
import { REAL } from '../support/councils.ts';

const before = JSON.parse(readFileSync('tests/fixtures/dorset-page-numbers.json', 'utf8')) as Record<string, string[]>;
const PORTAL_PAGES = ['/404.html', '/search/', '/site-map/', '/accessibility/'];
/** Where each of the council's pages lives now. */
const now = (old: string) => REAL.at(old.replace(/^\//, ''));

test('every number on every page of the real council is still there, under its council address', () => {
  const site = siteNumbers('dist');
  const lost: string[] = [];
  const pages = Object.entries(before).filter(([p]) => !PORTAL_PAGES.includes(p));
  for (const [page, numbers] of pages) {
    expect(site[now(page)], `page ${now(page)} (was ${page}) is missing`).toBeDefined();
    const missing = missingNumbers(numbers, site[now(page)]);
    if (missing.length) lost.push(`${now(page)}: ${missing.join(', ')}`);
  }
  expect(lost, lost.join('\n')).toEqual([]);
  expect(pages.length).toBeGreaterThan(38);
});
