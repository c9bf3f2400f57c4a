/** What every page's frame shows: council, site name, navigation, "as at", licence. */
import type { Model } from '../data/model.ts';
import { councilWords, type CouncilWords } from '../text/council-words.ts';
import { formatDate } from '../text/format.ts';
import { href } from '../site/paths.ts';

export interface SiteView {
  words: CouncilWords;
  siteName: string;
  asAt: string;
  /** When the current edition's data was published. */
  updated: string;
  licence: string;
  nav: { label: string; href: string }[];
  typeNames: Map<string, string>;
  localityNames: Map<string, string>;
}

const NAV: [string, string][] = [
  ['Home', ''],
  ['Placement types', 'placement-types/'],
  ['Localities', 'localities/'],
  ['Priorities', 'priorities/'],
  ['For providers', 'providers/'],
  ['Fostering', 'fostering/'],
  ['All councils', 'councils/'],
  ['Figures', 'figures/'],
  ['Data', 'data/'],
];

const cache = new WeakMap<Model, SiteView>();

export function siteView(m: Model): SiteView {
  let v = cache.get(m);
  if (v) return v;
  const words = councilWords(m.council);
  v = {
    words,
    siteName: `${words.short} children's homes and care: sufficiency and market position`,
    asAt: formatDate(m.edition.asAt),
    updated: formatDate(m.edition.published),
    licence: m.council.licence,
    nav: NAV.map(([label, path]) => ({ label, href: href(path) })),
    typeNames: new Map(m.placementTypes.map((t) => [t.id, t.name])),
    localityNames: new Map(m.localities.map((l) => [l.id, l.name])),
  };
  cache.set(m, v);
  return v;
}

/** Every kind of page; the search page's "kind of page" filter offers exactly these. */
export const PAGE_KINDS = ['overview', 'placement type', 'locality', 'guide', 'priorities', 'figures', 'changes', 'sources', 'data', 'about', 'index', 'council', 'region'] as const;
export type PageKind = (typeof PAGE_KINDS)[number] | 'search' | 'error';

/** What a page tells its frame: title, description, search filters, breadcrumbs. */
export interface PageMeta {
  title: string;
  description: string;
  kind: PageKind;
  audiences?: string[];
  types?: string[];
  localities?: string[];
  crumbs?: { label: string; href: string }[];
  noindex?: boolean;
  /** Pages of official data say their own "as at" (e.g. "31 March 2025"), not the council edition's. */
  dataAsAt?: string;
  /** Official pages: the release the figures come from, in place of the edition's publication date. */
  dataUpdated?: string;
  /** A key page's share card: its number and what it counts (title, place and date come from the page). */
  card?: { number: string; label: string; series?: number[]; place?: string; when?: string };
}
