/** The page index of the whole portal, and the choices the search page offers. */
import { allModels } from '../data/model.ts';
import type { OfficialModel } from '../data/official/model.ts';
import { TOPIC_IDS, topicInfo } from '../text/topics.ts';
import { councilPath, href, localityHref, typeHref } from '../site/paths.ts';
import { PAGE_KINDS, siteView, type PageMeta } from './site.ts';

/** The portal's own pages, for every council. */
const PAGES: [string, string][] = [
  ['Home: England', ''], ['Every council in England', 'councils/'], ['Regions of England', 'regions/'], ['Open data catalogue', 'data/catalogue/'],
  ['Sources', 'sources/'], ['Accessibility statement', 'accessibility/'], ['Search', 'search/'],
];
/** The pages of a council covered in depth (paths under /councils/<slug>/). */
const COUNCIL_PAGES: [string, string][] = [
  ['Overview and official statistics', ''], ['For care providers', 'providers/'], ['Become a foster carer', 'fostering/'], ['Strategic priorities and progress', 'priorities/'],
  ['Placement types', 'placement-types/'], ['Localities', 'localities/'], ['All figures', 'figures/'], ['What changed between documents', 'changes/'], ['Editions', 'editions/'],
  ['Data and downloads', 'data/'], ['Sources', 'sources/'], ['Methodology and glossary', 'methodology/'],
];

type Link = { name: string; href: string };

export interface SiteMapView {
  meta: PageMeta;
  pages: Link[];
  /** Each council covered in depth, with its own pages. */
  councils: { name: string; href: string; pages: Link[]; topics: Link[]; types: Link[]; localities: Link[] }[];
}

export function siteMapView(): SiteMapView {
  return {
    meta: { title: 'Page index', description: 'Every page on this site.', kind: 'index', crumbs: [{ label: 'Page index', href: href('site-map/') }] },
    pages: PAGES.map(([name, p]) => ({ name, href: href(p) })),
    councils: allModels().map((m) => {
      const slug = m.council.slug;
      const w = siteView(m).words;
      return {
        name: w.full,
        href: councilPath(slug),
        pages: COUNCIL_PAGES.map(([name, p]) => ({ name, href: councilPath(slug, p) })),
        topics: TOPIC_IDS.map((t) => topicInfo(t, w)).map((t) => ({ name: t.title, href: councilPath(slug, `figures/${t.slug}/`) })),
        types: m.placementTypes.map((t) => ({ name: t.name, href: typeHref(slug, t.id) })),
        localities: m.localities.map((l) => ({ name: l.name, href: localityHref(slug, l.id) })),
      };
    }),
  };
}

export interface SearchView {
  meta: PageMeta;
  audiences: [string, string][];
  councils: string[];
  regions: string[];
  types: string[];
  kinds: readonly string[];
}

/** The search page's filters: any council, any region, any placement type the in-depth councils use. */
export function searchView(o: OfficialModel): SearchView {
  // A council's pages file it under the name its band shows: the council's own for one covered in depth.
  const inDepth = allModels().map((m) => siteView(m).council);
  const names = new Set([...o.councils.filter((a) => !inDepth.some((c) => c.slug === a.slug)).map((a) => a.name), ...inDepth.map((c) => c.name)]);
  return {
    meta: { title: 'Search', description: 'Search every page on this site.', kind: 'search', noindex: true, crumbs: [{ label: 'Search', href: href('search/') }] },
    audiences: [['providers', 'Care providers'], ['foster-carers', 'Foster carers'], ['councillors', 'Councillors']],
    councils: [...names].sort((a, b) => a.localeCompare(b)),
    regions: o.regions.map((r) => r.name),
    types: [...new Set(allModels().flatMap((m) => m.placementTypes.map((t) => t.name)))],
    kinds: PAGE_KINDS,
  };
}
