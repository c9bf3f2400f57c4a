/**
 * Dorset's pages show the same numbers as before the "any council" refactor: every number a
 * page showed then (tests/fixtures/dorset-page-numbers.json, captured from the built site before
 * the change with scripts/lib/page-values.ts) still shows on that page now, as often.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { missingNumbers, siteNumbers } from '../../scripts/lib/page-values.ts';

const before = JSON.parse(readFileSync('tests/fixtures/dorset-page-numbers.json', 'utf8')) as Record<string, string[]>;

test('every number on every Dorset page is still there', () => {
  const now = siteNumbers('dist');
  const lost: string[] = [];
  for (const [page, numbers] of Object.entries(before)) {
    expect(now[page], `page ${page} is missing`).toBeDefined();
    const missing = missingNumbers(numbers, now[page]);
    if (missing.length) lost.push(`${page}: ${missing.join(', ')}`);
  }
  expect(lost, lost.join('\n')).toEqual([]);
  expect(Object.keys(before).length).toBeGreaterThan(40);
});
