/** Site-relative links that respect the configured base path (e.g. a GitHub Pages subfolder). */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** A page of one council: /councils/<slug>/<path>. Every council, official or in depth, lives there. */
export const councilPath = (slug: string, path = '') => href(`councils/${slug}/${path.replace(/^\//, '')}`);

export const typeHref = (slug: string, id: string) => councilPath(slug, `placement-types/${id}/`);
export const localityHref = (slug: string, id: string) => councilPath(slug, `localities/${id}/`);
export const sourceHref = (slug: string, id: string) => councilPath(slug, `sources/#${id}`);
export const priorityHref = (slug: string, id: string) => councilPath(slug, `priorities/#${id}`);

/** A stable element id from a table's caption, so a scrolling table box can be named by its caption. */
export const captionId = (caption: string) => 'tbl-' + caption.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
