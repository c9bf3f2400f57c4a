/** The page index, and the choices the search page offers. */
import type { Model } from '../data/model.ts';
import { TOPIC_IDS, topicInfo } from '../text/topics.ts';
import { href, localityHref, typeHref } from '../site/paths.ts';
import { PAGE_KINDS, siteView, type PageMeta } from './site.ts';

const PAGES: [string, string][] = [
  ['Home', ''], ['For care providers', 'providers/'], ['Become a foster carer', 'fostering/'], ['Strategic priorities and progress', 'priorities/'],
  ['Placement types', 'placement-types/'], ['Localities', 'localities/'], ['Every council in England', 'councils/'], ['Regions of England', 'regions/'], ['All figures', 'figures/'], ['What changed between documents', 'changes/'], ['Data and downloads', 'data/'], ['Sources', 'sources/'],
  ['Methodology and glossary', 'methodology/'], ['Accessibility statement', 'accessibility/'], ['Search', 'search/'],
];

type Link = { name: string; href: string };

export interface SiteMapView {
  meta: PageMeta;
  pages: Link[];
  topics: Link[];
  types: Link[];
  localities: Link[];
}

export function siteMapView(m: Model): SiteMapView {
  const w = siteView(m).words;
  return {
    meta: { title: 'Page index', description: 'Every page on this site.', kind: 'index', crumbs: [{ label: 'Page index', href: href('site-map/') }] },
    pages: PAGES.map(([name, p]) => ({ name, href: href(p) })),
    topics: TOPIC_IDS.map((t) => topicInfo(t, w)).map((t) => ({ name: t.title, href: href(`figures/${t.slug}/`) })),
    types: m.placementTypes.map((t) => ({ name: t.name, href: typeHref(t.id) })),
    localities: m.localities.map((l) => ({ name: l.name, href: localityHref(l.id) })),
  };
}


export interface SearchView {
  meta: PageMeta;
  audiences: [string, string][];
  types: string[];
  localities: string[];
  kinds: readonly string[];
}

export function searchView(m: Model): SearchView {
  return {
    meta: { title: 'Search', description: 'Search every page on this site.', kind: 'search', noindex: true, crumbs: [{ label: 'Search', href: href('search/') }] },
    audiences: [['providers', 'Care providers'], ['foster-carers', 'Foster carers'], ['councillors', 'Councillors']],
    types: m.placementTypes.map((t) => t.name),
    localities: m.localities.map((l) => l.name),
    kinds: PAGE_KINDS,
  };
}
