/** Site-relative links that respect the configured base path (e.g. a GitHub Pages subfolder). */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export const typeHref = (id: string) => href(`placement-types/${id}/`);
export const localityHref = (id: string) => href(`localities/${id}/`);
export const sourceHref = (id: string) => href(`sources/#${id}`);
export const priorityHref = (id: string) => href(`priorities/#${id}`);

/** A stable element id from a table's caption, so a scrolling table box can be named by its caption. */
export const captionId = (caption: string) => 'tbl-' + caption.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
