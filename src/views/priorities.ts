/** The strategy's priorities and the success measures behind them. */
import type { Model, ShownReading } from '../data/model.ts';
import { countWord, formatMonth, formatShown } from '../text/format.ts';
import { councilPath } from '../site/paths.ts';
import { citeView, typeLink, type CiteView } from './parts.ts';
import { prioritiesCharts } from './charts.ts';
import { siteView, type PageMeta } from './site.ts';
import { localityFactsView, type LocalityFactsView } from './locality-facts.ts';
import { contactRoutes, type ContactRouteView } from './contact.ts';
import { serviceMoneyView, type ServiceMoneyView } from './service-money.ts';

const AIM = { increase: 'Increase', decrease: 'Reduce', zero: 'Reach zero', deliver: 'Deliver', qualitative: 'Qualitative' } as const;
const reading = (r: ShownReading | null) => (r ? `${formatShown(r.shown, r.unit, r.qualifier)} (${formatMonth(r.asAt)})` : 'not published');

export interface PrioritiesView {
  meta: PageMeta;
  lede: string;
  charts: ReturnType<typeof prioritiesCharts>;
  /** Whole-service budget and spending, when the council gives them. */
  money: ServiceMoneyView | null;
  rows: { priority: number; label: string; aim: string; baseline: string; target: string | null; latest: string | null }[];
  priorities: {
    id: string;
    heading: string;
    summary: string;
    commitments: string[];
    measures: { label: string; aim: string; baseline: string; cite?: CiteView; note?: string }[];
    types: { name: string; href: string }[];
    cite: CiteView;
  }[];
  /** How councillors and the public follow the strategy; the first is the main route. */
  contacts: ContactRouteView[];
  /** What the documents say about each locality. */
  localities: LocalityFactsView;
}

export function prioritiesView(m: Model): PrioritiesView {
  const w = siteView(m).words;
  return {
    meta: {
      title: 'Strategic priorities and progress',
      description: `The ${m.priorities.length} priorities of ${w.full}'s placement sufficiency strategy, with ${m.priorities.reduce((n, p) => n + p.measures.length, 0)} success measures: what the council has committed to, and how it measures success.`,
      card: { number: String(m.priorities.length), label: `priorities, with ${m.priorities.reduce((n, p) => n + p.measures.length, 0)} success measures` },
      kind: 'priorities',
      audiences: ['councillors', 'providers'],
      crumbs: [{ label: 'Priorities', href: councilPath(m.council.slug, 'priorities/') }],
    },
    charts: prioritiesCharts(m),
    money: serviceMoneyView(m),
    lede: `The strategy for ${m.edition.period} sets ${countWord(m.priorities.length)} priorities. For each, the council says which way its success measures should move. It sets a number as a target for only a few of them: where it does not, this page says “not published”.`,
    rows: m.priorities.flatMap((p) =>
      p.measures.map((me) => ({
        priority: p.number,
        label: me.label,
        aim: AIM[me.direction],
        baseline: reading(me.baseline),
        target: me.target === 'not-published' ? null : reading(me.target),
        latest: me.latest ? reading(me.latest) : null,
      })),
    ),
    priorities: m.priorities.map((p) => ({
      id: p.id,
      heading: `Priority ${p.number}: ${p.title}`,
      summary: p.summary,
      commitments: p.commitments,
      measures: p.measures.map((me) => ({
        label: me.label,
        aim: AIM[me.direction].toLowerCase(),
        baseline: reading(me.baseline),
        cite: me.baseline ? citeView(m, me.baseline, false) : undefined,
        note: me.note,
      })),
      types: p.placementTypes.map((t) => typeLink(m, t)),
      cite: citeView(m, p, false),
    })),
    localities: localityFactsView(m),
    contacts: contactRoutes(m, 'councillors'),
  };
}
