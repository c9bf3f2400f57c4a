import type { Page } from '@playwright/test';

/** Collects console errors, page errors and failed requests, so a test can assert there were none. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  return errors;
}
