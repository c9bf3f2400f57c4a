/** The page for care providers: every current need by type, every ask, and the contact route. */
import type { Model } from '../data/model.ts';
import { gapsForType } from '../data/queries.ts';
import { councilPath, typeHref } from '../site/paths.ts';
import { citeView, dueView, gapViews, outlookViews, localityLink, type CiteView, type DueView, type GapView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';
import { localityFactsView, type LocalityFactsView } from './locality-facts.ts';
import { contactRoutes, type ContactRouteView } from './contact.ts';
import { providersCharts } from './charts.ts';
import { listWords } from '../text/format.ts';
import { STATE_LABELS, onBuildDay } from '../text/due-words.ts';

export interface AskView {
  text: string;
  localities: { name: string; href: string }[];
  cite: CiteView;
  /** When it is due and its state on the build date. */
  due: DueView;
}

/** One placement type's asks at a glance: how many, where, and their state on the build date. */
export interface AskSummaryRow {
  name: string;
  href: string;
  asks: number;
  /** The localities the asks name, or "county-wide". */
  where: string;
  /** "2 overdue, 3 due", in the order overdue, due, met, replaced, undated. */
  states: string;
}

export interface ProvidersView {
  meta: PageMeta;
  byType: { id: string; name: string; href: string; needs: GapView[] }[];
  asks: AskView[];
  earlier: AskView[];
  /** Every current ask by placement type: count, where and state, for the top of the page. */
  summary: AskSummaryRow[];
  /** Needs, targets and forecasts past their date on the build date, with their size. */
  overdue: { size: string; type: { name: string; href: string }; when: string; id: string; forecast: boolean }[];
  /** "On 4 December 2026, the day this page was built:" */
  onDay: string;
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
  const current = m.marketNeeds.filter((n) => n.current).map((a) => ({ a, v: ask(a) }));
  const ORDER: DueView['kind'][] = ['overdue', 'due', 'met', 'replaced', 'undated'];
  const summary: AskSummaryRow[] = m.placementTypes.flatMap((t) => {
    const mine = current.filter(({ a }) => a.placementTypes[0] === t.id);
    if (!mine.length) return [];
    const places = [...new Set(mine.flatMap(({ v }) => v.localities.map((l) => l.name)))];
    const counts = ORDER.map((k) => [k, mine.filter(({ v }) => v.due.kind === k).length] as const).filter(([, n]) => n > 0);
    return [{
      name: t.name,
      href: typeHref(m.council.slug, t.id),
      asks: mine.length,
      where: places.length ? `${listWords(places)}${mine.some(({ v }) => !v.localities.length) ? '; others county-wide' : ''}` : 'County-wide',
      states: counts.map(([k, n]) => `${n} ${STATE_LABELS[k].toLowerCase()}`).join(', '),
    }];
  });
  const late = [...gapViews(m, m.gaps.filter((g) => !g.need.historic)), ...outlookViews(m, m.outlook.filter((o) => !o.need.historic))].filter((g) => g.due.kind === 'overdue');
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
    asks: current.map(({ v }) => v),
    summary,
    overdue: late.map((g) => ({ id: g.id, size: g.size, type: g.type!, when: (g.due.when ?? '').replace(/^B/, 'b'), forecast: g.badge.text.startsWith('forecast') })),
    onDay: onBuildDay(m.buildDay),
    earlier: m.marketNeeds.filter((n) => !n.current).map(ask),
    localities: localityFactsView(m),
    contacts: contactRoutes(m, 'providers'),
    charts: providersCharts(m),
  };
}
