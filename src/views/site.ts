/**
 * What every page's frame shows. The portal's own frame (name, navigation, contact, licence) comes
 * from the site file (data/site/site.json); a council's pages add a council band: its name, who
 * published what, and (for a council covered in depth) the navigation of its own pages.
 */
import type { Model } from '../data/model.ts';
import { siteConfig } from '../data/site-config.ts';
import { councilWords, type CouncilWords } from '../text/council-words.ts';
import { formatDate } from '../text/format.ts';
import { councilPath, href } from '../site/paths.ts';

export interface Link {
  label: string;
  href: string;
}

/** The band on a council's pages: whose pages these are and who published their figures. */
export interface CouncilBand {
  slug: string;
  name: string;
  href: string;
  /** The council publishes its own strategy and market position statement here. */
  inDepth: boolean;
  /** Who published what, in one sentence. */
  publishers: string;
  /** The council's own pages (in depth only). */
  nav: Link[];
}

/** The frame of any page: the portal's, with a council band on a council's pages. */
export interface FrameView {
  /** The portal's name: header, title suffix, og:site_name. */
  siteName: string;
  tagline: string;
  runBy: string;
  contact: { label: string; url?: string; email?: string; note?: string };
  licence: string;
  nav: Link[];
  council?: CouncilBand;
  /** The council edition's "as at" and publication date (in-depth council pages). */
  asAt?: string;
  updated?: string;
  typeNames: Map<string, string>;
  localityNames: Map<string, string>;
}

/** The frame of a page of a council covered in depth, with the words its views use. */
export interface SiteView extends FrameView {
  words: CouncilWords;
  council: CouncilBand;
  asAt: string;
  updated: string;
}

/** The pages of a council covered in depth, as its band lists them (paths under /councils/<slug>/). */
const COUNCIL_NAV: [string, string][] = [
  ['Overview', ''],
  ['Placement types', 'placement-types/'],
  ['Localities', 'localities/'],
  ['Priorities', 'priorities/'],
  ['For providers', 'providers/'],
  ['Fostering', 'fostering/'],
  ['Figures', 'figures/'],
  ['Data', 'data/'],
  ['Sources', 'sources/'],
];

/** Who publishes the official statistics, as the council band names them (the sources page spells them out). */
const OFFICIAL_SHORT = 'DfE, Ofsted and ONS';

function portal(): Omit<FrameView, 'typeNames' | 'localityNames'> {
  const s = siteConfig();
  return {
    siteName: s.name,
    tagline: s.tagline,
    runBy: s.runBy,
    contact: s.contact,
    licence: s.licence,
    nav: s.nav.map((n) => ({ label: n.label, href: href(n.path) })),
  };
}

/** The portal's frame, for pages of England (home, councils, regions, search, data). */
export const portalView = (): FrameView => ({ ...portal(), typeNames: new Map(), localityNames: new Map() });

/** The frame of a council's official page, for a council not covered in depth. */
export const officialCouncilFrame = (area: { slug: string; name: string }): FrameView => ({
  ...portalView(),
  council: {
    slug: area.slug,
    name: area.name,
    href: councilPath(area.slug),
    inDepth: false,
    publishers: `Official statistics from ${OFFICIAL_SHORT}.`,
    nav: [],
  },
});

const cache = new WeakMap<Model, SiteView>();

/** The frame of a page of a council covered in depth. */
export function siteView(m: Model): SiteView {
  let v = cache.get(m);
  if (v) return v;
  const words = councilWords(m.council);
  const slug = m.council.slug;
  v = {
    ...portal(),
    words,
    council: {
      slug,
      name: words.full,
      href: councilPath(slug),
      inDepth: true,
      publishers: `The council's own strategy and market position statement (${m.edition.period}), with official statistics from ${OFFICIAL_SHORT}.`,
      nav: COUNCIL_NAV.map(([label, path]) => ({ label, href: councilPath(slug, path) })),
    },
    asAt: formatDate(m.edition.asAt),
    updated: formatDate(m.edition.published),
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
  /** The region a council's page belongs to (a search filter). */
  region?: string;
  /** A key page's share card: its number and what it counts (title, place and date come from the page). */
  card?: { number: string; label: string; series?: number[]; place?: string; when?: string };
}
