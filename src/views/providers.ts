/** The page for care providers: every current need by type, every ask, and the contact route. */
import type { Model } from '../data/model.ts';
import { gapsForType } from '../data/queries.ts';
import { councilPath, typeHref } from '../site/paths.ts';
import { citeView, dueView, gapViews, localityLink, type CiteView, type DueView, type GapView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';
import { localityFactsView, type LocalityFactsView } from './locality-facts.ts';
import { contactRoutes, type ContactRouteView } from './contact.ts';
import { providersCharts } from './charts.ts';

export interface AskView {
  text: string;
  localities: { name: string; href: string }[];
  cite: CiteView;
  /** When it is due and its state on the build date. */
  due: DueView;
}

export interface ProvidersView {
  meta: PageMeta;
  byType: { id: string; name: string; href: string; needs: GapView[] }[];
  asks: AskView[];
  earlier: AskView[];
  /** How providers reach the council; the first is the main route. */
  contacts: ContactRouteView[];
  /** What the documents say about each locality. */
  localities: LocalityFactsView;
  charts: ReturnType<typeof providersCharts>;
}

export function providersView(m: Model): ProvidersView {
  const w = siteView(m).words;
  const byType = m.placementTypes
    .map((t) => ({ t, gaps: gapsForType(m, t.id).filter((g) => !g.need.historic) }))
    .filter((x) => x.gaps.length)
    .map(({ t, gaps }) => ({ id: t.id, name: t.name, href: typeHref(m.council.slug, t.id), needs: gapViews(m, gaps, false) }));
  const ask = (a: Model['marketNeeds'][number]): AskView => ({ text: a.text, localities: a.localities.map((l) => localityLink(m, l)), cite: citeView(m, a), due: dueView(m, { due: a.due, outcome: a.outcome, historic: !a.current }) });
  return {
    meta: {
      title: 'For care providers: what the council needs',
      description: `${byType.reduce((n, x) => n + x.needs.length, 0)} stated needs across ${byType.length} placement types: what ${w.full} needs from providers of foster care, children's homes, supported accommodation and short breaks, where, how many and by when.`,
      card: { number: String(byType.reduce((n, x) => n + x.needs.length, 0)), label: `stated needs across ${byType.length} placement types` },
      kind: 'guide',
      audiences: ['providers'],
      types: byType.map((x) => x.id),
      crumbs: [{ label: 'For providers', href: councilPath(m.council.slug, 'providers/') }],
    },
    byType,
    asks: m.marketNeeds.filter((n) => n.current).map(ask),
    earlier: m.marketNeeds.filter((n) => !n.current).map(ask),
    localities: localityFactsView(m),
    contacts: contactRoutes(m, 'providers'),
    charts: providersCharts(m),
  };
}
