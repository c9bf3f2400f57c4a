/**
 * The home page: England's. Find your council (type-ahead, and every council by region as a plain
 * list), England's map and figures, and a route for each reader: providers, people thinking about
 * fostering, councillors. Councils covered in depth are listed with their own pages.
 */
import type { OfficialModel } from '../data/official/model.ts';
import { allModels } from '../data/model.ts';
import { siteConfig } from '../data/site-config.ts';
import { councilPath } from '../site/paths.ts';
import type { ChartOutput } from '../charts/registry.ts';
import { regionsIndexView } from './official-region.ts';
import { councilHref, regionHref } from './official-parts.ts';
import { siteView, type PageMeta } from './site.ts';
import { NATIONAL } from './council-routes.ts';

type Link = { name: string; href: string };

export interface EnglandView {
  meta: PageMeta;
  heading: string;
  about: string;
  summary: string[];
  map: ChartOutput | null;
  /** Every current council, for the type-ahead and the plain list. */
  councils: Link[];
  regions: { name: string; href: string; councils: Link[] }[];
  /** Councils that publish their own strategy and market position statement on the portal. */
  inDepth: { name: string; href: string; providers: string; fostering: string; period: string }[];
  national: typeof NATIONAL;
}

export function englandView(o: OfficialModel): EnglandView {
  const s = siteConfig();
  const r = regionsIndexView(o);
  const current = (a: { status: string }) => a.status === 'current';
  return {
    meta: {
      title: s.name,
      description: `${s.tagline}. ${r.england.summary[0] ?? ''} Find your council's figures, what it needs and how to reach it.`.trim(),
      kind: 'overview',
      audiences: ['providers', 'foster-carers', 'councillors'],
      dataAsAt: r.meta.dataAsAt,
      dataUpdated: r.meta.dataUpdated,
      ...(r.england.card ? { card: r.england.card } : {}),
    },
    heading: 'Homes for children in care in England, council by council',
    about: s.about,
    summary: r.england.summary,
    map: r.map,
    councils: o.councils.filter(current).map((a) => ({ name: a.name, href: councilHref(a) })),
    regions: o.regions.map((reg) => ({ name: reg.name, href: regionHref(reg), councils: o.councilsIn(reg.code).filter(current).map((a) => ({ name: a.name, href: councilHref(a) })) })),
    // A synthetic council is in local and test builds only: a publishing build refuses one.
    inDepth: allModels().map((m) => ({
        name: siteView(m).council.name,
        href: councilPath(m.council.slug),
        providers: councilPath(m.council.slug, 'providers/'),
        fostering: councilPath(m.council.slug, 'fostering/'),
        period: m.edition.period,
    })),
    national: NATIONAL,
  };
}
