/**
 * The numbers a reader sees on each built page: every figure-like token in <main>, page by page.
 * Used to prove a refactor leaves every number on every page in place (tests/unit/page-values.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { fileToPath, htmlFiles } from './dist.ts';

/** "£4,449,178", "42%", "67.92", "450": digits with their currency sign and percent sign. */
const NUMBER = /£?-?\d[\d,]*(?:\.\d+)?%?/g;

export function pageNumbers(html: string): string[] {
  const main = parse(html).querySelector('main');
  if (!main) return [];
  // Hidden search metadata and script text are not read by anyone.
  // The print header repeats the frame (title, address, dates), not the page's figures; the build
  // date named beside an ask's state (.build-day) is the day of the build, not a figure.
  for (const el of main.querySelectorAll('[hidden], script, style, .print-head, .build-day')) el.remove();
  return (main.textContent.match(NUMBER) ?? []).map((n) => n.replace(/,$/, '')).sort();
}

/** Page path → its numbers, for every HTML page under root. */
export function siteNumbers(root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of htmlFiles(root)) out[fileToPath(f)] = pageNumbers(readFileSync(join(root, f), 'utf8'));
  return out;
}

/** What a page lost: each number seen before that is missing (or shows fewer times) now. */
export function missingNumbers(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const n of after) left.set(n, (left.get(n) ?? 0) + 1);
  const missing: string[] = [];
  for (const n of before) {
    const k = left.get(n) ?? 0;
    if (k > 0) left.set(n, k - 1);
    else missing.push(n);
  }
  return missing;
}
