/**
 * The Content-Security-Policy every page carries (a <meta> tag in Base.astro) and the static
 * host sends (dist/_headers). Scripts come only from this site: no 'unsafe-inline', no eval.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it does not allow
 * JavaScript eval. Astro is configured never to inline scripts (astro.config.mjs).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  // blob: for the chart downloads the chart script makes: an SVG it built from the page, drawn on
  // a canvas for the PNG (only this site's own scripts can make a blob: address).
  'img-src': "'self' blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** For the <meta> tag (browsers ignore frame-ancestors there, so it lives only in the header). */
export const CSP_META = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** For HTTP headers: the meta policy plus what only a header can say. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
