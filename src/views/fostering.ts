/** The page for people thinking about fostering. */
import type { Model } from '../data/model.ts';
import { latest } from '../data/observations.ts';
import { councilPath, typeHref } from '../site/paths.ts';
import { statView, type StatView } from './parts.ts';
import { gapSizeText } from '../text/gap-words.ts';
import { siteView, type PageMeta } from './site.ts';
import { localityFactsView, type LocalityFactsView } from './locality-facts.ts';
import { officialCompareView, type OfficialCompareView } from './official-compare.ts';
import { contactRoutes, type ContactRouteView } from './contact.ts';
import { inSentence } from '../text/case.ts';
import { fosteringCharts } from './charts.ts';

export interface FosteringView {
  meta: PageMeta;
  heading: string;
  lede: string;
  stats: StatView[];
  /** "10 more carers a year for …", one per recruiting shortfall; the cohort as it reads mid-sentence. */
  carerNeeds: { number: string; cohort?: string }[];
  ways: { name: string; href: string }[];
  /** Fostering figures beside the official ones, when the council pairs any. */
  official: OfficialCompareView | null;
  /** The council's fostering enquiry routes; the first is the call to action. */
  contacts: ContactRouteView[];
  /** What the documents say about each locality. */
  localities: LocalityFactsView;
  /** Where fostered children live, and the council's carers over time. */
  charts: ReturnType<typeof fosteringCharts>;
}

export function fosteringView(m: Model): FosteringView {
  const w = siteView(m).words;
  const f = m.council.fostering;
  const stats = f.headlines.flatMap((h) => {
    const o = latest(m.observations, h.measure, { asAt: m.edition.asAt });
    return o ? [statView(m, o, h.label)] : [];
  });
  const carerNeeds = m.gaps
    .filter((g) => !g.need.historic && g.need.unit === 'carers' && f.recruitingTypes.includes(g.need.placementType))
    .map((g) => ({ number: g.shown.kind === 'number' ? String(g.shown.n) : 'more', cohort: g.need.cohort && inSentence(g.need.cohort, [w.full, w.short]) }));
  const firstNeed = m.gaps.find((g) => !g.need.historic && g.need.unit === 'carers' && f.recruitingTypes.includes(g.need.placementType));
  return {
    meta: {
      title: `Fostering: become a foster carer in ${w.short}`,
      description: `${firstNeed ? `The council needs ${gapSizeText(firstNeed)}. ` : ''}Why ${w.short} needs more foster carers, which children most need a home, and how to ask about fostering with the council.`,
      ...(firstNeed ? { card: { number: gapSizeText(firstNeed), label: 'foster carers the council needs' } } : {}),
      kind: 'guide',
      audiences: ['foster-carers'],
      types: f.types,
      crumbs: [{ label: 'Fostering', href: councilPath(m.council.slug, 'fostering/') }],
    },
    heading: `Fostering: become a foster carer in ${w.short}`,
    lede: `Foster carers give children a safe, loving home when they cannot live with their own family. ${w.full} needs more of them.`,
    stats,
    carerNeeds,
    ways: f.types.map((t) => ({ name: siteView(m).typeNames.get(t) ?? t, href: typeHref(m.council.slug, t) })),
    official: officialCompareView(m, { fostering: true }),
    localities: localityFactsView(m),
    contacts: contactRoutes(m, 'foster-carers'),
    charts: fosteringCharts(m),
  };
}
