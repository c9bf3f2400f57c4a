/** The page for people thinking about fostering. */
import type { Model } from '../data/model.ts';
import { latest } from '../data/observations.ts';
import { href, typeHref } from '../site/paths.ts';
import { statView, type StatView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';

export interface FosteringView {
  meta: PageMeta;
  heading: string;
  lede: string;
  stats: StatView[];
  /** "10 more carers a year for …", one per recruiting shortfall. */
  carerNeeds: { number: string; cohort?: string }[];
  ways: { name: string; href: string }[];
  contact?: { text: string; href: string };
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
    .map((g) => ({ number: g.shown.kind === 'number' ? String(g.shown.n) : 'more', cohort: g.need.cohort }));
  const contact = m.council.contacts.find((c) => c.audiences.includes('foster-carers'));
  return {
    meta: {
      title: `Fostering: become a foster carer in ${w.short}`,
      description: `Why ${w.short} needs more foster carers, which children most need a home, and how to ask about fostering with the council.`,
      kind: 'guide',
      audiences: ['foster-carers'],
      types: f.types,
      crumbs: [{ label: 'Fostering', href: href('fostering/') }],
    },
    heading: `Fostering: become a foster carer in ${w.short}`,
    lede: `Foster carers give children a safe, loving home when they cannot live with their own family. ${w.full} needs more of them.`,
    stats,
    carerNeeds,
    ways: f.types.map((t) => ({ name: siteView(m).typeNames.get(t) ?? t, href: typeHref(t) })),
    contact: contact?.url ? { text: `Find out about fostering on the ${w.full} website`, href: contact.url } : undefined,
  };
}
