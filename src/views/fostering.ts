/** The page for people thinking about fostering. */
import type { Model } from '../data/model.ts';
import { latest } from '../data/observations.ts';
import { councilPath, typeHref } from '../site/paths.ts';
import { citeView, statView, type CiteView, type StatView } from './parts.ts';
import { formatDate, formatNumber, formatShown, formatShownNumber, listWords } from '../text/format.ts';
import { gapSizeText } from '../text/gap-words.ts';
import { siteView, type PageMeta } from './site.ts';
import { localityFactsView, type LocalityFactsView } from './locality-facts.ts';
import { officialCompareView, type OfficialCompareView } from './official-compare.ts';
import { contactRoutes, type ContactRouteView } from './contact.ts';
import { inSentence } from '../text/case.ts';
import { fosteringCharts } from './charts.ts';

/** A public page as the fostering page cites it. */
export interface PageCiteView {
  href: string;
  title: string;
  /** Who published the page: the council (its name from council.json) or "GOV.UK". */
  publisher: string;
  checked: string;
}

/** Pay, who can foster, the steps and time to approval, each fact with its page. */
export interface FosteringOfferView {
  fees: { about: string; rows: { label: string; weekly: string }[]; cite: PageCiteView; note?: string };
  allowances: { about: string; rows: { label: string; weekly: string }[]; cite: PageCiteView; note?: string };
  changes: { text: string; cite: PageCiteView }[];
  /** `cite` is given on the last of a run of facts from the same page, so each page is named once per run. */
  who: { text: string; cite?: PageCiteView }[];
  steps: { title: string; text: string; cite?: PageCiteView }[];
  time: { council: string; searched: PageCiteView[]; elsewhere: { text: string; cite: PageCiteView }[] };
}

/** The council's fostering households and their split, together: "171: 112 mainstream, 58 connected persons". */
export interface HouseholdsView {
  total: { value: string; label: string };
  /** Each part by what sets it apart from the total ("mainstream"), its full label as `label`. */
  parts: { value: string; label: string; short: string }[];
  /** The part the source does not describe, computed as total minus the parts, when there is one. */
  rest?: string;
  when: string;
  cite: CiteView;
}

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
  offer: FosteringOfferView | null;
  households: HouseholdsView | null;
}

function offerView(m: Model, w: { full: string }): FosteringOfferView | null {
  const o = m.fosteringOffer;
  if (!o) return null;
  const cite = (id: string): PageCiteView => {
    const p = o.pages[id];
    return { href: p.url, title: p.title, publisher: p.publisher ?? w.full, checked: formatDate(p.checkedOn) };
  };
  const table = (t: typeof o.fees) => ({ about: t.about, rows: t.rows.map((r) => ({ label: r.label, weekly: formatNumber(r.weekly, 'gbp') })), cite: cite(t.page), note: t.note });
  const fact = (f: { text: string; page: string }) => ({ text: f.text, cite: cite(f.page) });
  return {
    fees: table(o.fees),
    allowances: table(o.allowances),
    changes: o.changes.map(fact),
    who: o.whoCanFoster.map((f, i, all) => ({ text: f.text, cite: all[i + 1]?.page === f.page ? undefined : cite(f.page) })),
    steps: o.steps.map((f, i, all) => ({ title: f.title, text: f.text, cite: all[i + 1]?.page === f.page ? undefined : cite(f.page) })),
    time: {
      council: o.timeToApproval.council === 'not-published' ? `Not published by ${w.full}. Its fostering pages do not say how long it takes.` : o.timeToApproval.council,
      searched: o.timeToApproval.searched.map(cite),
      elsewhere: o.timeToApproval.elsewhere.map(fact),
    },
  };
}

/** The words of a part's label that the total's label does not have at its start or end: "A B mainstream C" against "A B C" is "mainstream". */
function distinctWords(part: string, total: string): string {
  const p = part.split(' ');
  const t = total.split(' ');
  let a = 0;
  while (a < p.length && a < t.length && p[a] === t[a]) a++;
  let b = 0;
  while (b < p.length - a && b < t.length - a && p[p.length - 1 - b] === t[t.length - 1 - b]) b++;
  return p.slice(a, p.length - b).join(' ') || part;
}

/** The first fostering headline that is the total of a breakdown, with its parts on the same day. */
function householdsView(m: Model): HouseholdsView | null {
  for (const h of m.council.fostering.headlines) {
    const total = latest(m.observations, h.measure, { asAt: m.edition.asAt });
    if (!total?.breakdown || !total.total || total.shown.kind !== 'number') continue;
    const parts = (m.observations.byBreakdown.get(`${total.breakdown}|${total.asAt}`) ?? []).filter((o) => !o.total);
    if (!parts.length) continue;
    const nums = parts.map((p) => (p.shown.kind === 'number' ? p.shown.n : null));
    const rest = nums.every((n) => n !== null) ? total.shown.n - (nums as number[]).reduce((a, n) => a + n, 0) : null;
    return {
      total: { value: formatShown(total.shown, total.unit), label: h.label ?? total.label },
      parts: parts.map((p) => ({ value: formatShownNumber(p.shown, p.unit, p.qualifier), label: p.label, short: distinctWords(p.label, total.label) })),
      rest: rest && rest > 0 ? `The source does not say what the other ${formatNumber(rest, total.unit)} ${rest === 1 ? 'is' : 'are'}. We worked that out: ${formatNumber(total.shown.n, total.unit)} minus ${listWords(nums.map((n) => formatNumber(n!, total.unit)))}.` : undefined,
      when: formatDate(total.asAt),
      cite: citeView(m, total),
    };
  }
  return null;
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
    offer: offerView(m, w),
    households: householdsView(m),
  };
}
