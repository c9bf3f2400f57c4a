/** The home page: headline observations, the largest gaps, links by type and locality. */
import { homeCharts } from './charts.ts';
import type { Model } from '../data/model.ts';
import { latest, series } from '../data/observations.ts';
import { largestGaps } from '../data/gaps.ts';
import { formatShown, whenText, words } from '../text/format.ts';
import { localityHref, typeHref } from '../site/paths.ts';
import { citeView, gapViews, statView, type CiteView, type GapView, type StatView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';
import { officialComparisons, officialCompareView, type OfficialCiteView, type OfficialCompareView } from './official-compare.ts';

/** A headline the strategy dates earlier than a newer figure: both, dated, and why they differ. */
export interface NewerView {
  label: string;
  /** The headline as the strategy gives it: "465 children", "October 2023". */
  value: string;
  when: string;
  /** Newer figures, oldest first: the council's later documents, then the official one. */
  newer: { value: string; when: string; cite?: CiteView; official?: OfficialCiteView }[];
  why: string;
  /** Every year of both, side by side. */
  href: string;
}

export interface HomeView {
  meta: PageMeta;
  heading: string;
  period: string;
  asAt: string;
  stats: StatView[];
  /** Headlines with newer figures (a later council document, official statistics), reconciled. */
  newer: NewerView[];
  gaps: GapView[];
  groups: { name: string; types: { name: string; href: string }[] }[];
  localities: { name: string; href: string; summary: string }[];
  charts: ReturnType<typeof homeCharts>;
  /** The council's figures beside the official ones, when it pairs any. */
  official: OfficialCompareView | null;
}

export function homeView(m: Model): HomeView {
  const site = siteView(m);
  const w = site.words;
  const asAt = m.edition.asAt;
  // Each headline shows its measure's latest observation as at the current edition.
  const stats = m.council.headlines.flatMap((h) => {
    const o = latest(m.observations, h.measure, { cohort: h.cohort, asAt });
    return o ? [statView(m, o, h.label)] : [];
  });
  // Children living outside the council's area at the edition date, when published.
  const outside = m.observations.all.find((o) => o.topic === 'location' && o.location === 'outside-area' && o.unit === 'children' && o.asAt === asAt && !o.placementType && o.area === 'council');
  if (outside) stats.push(statView(m, outside, `Children in care living ${w.outsideArea}`));
  const groups = [...new Set(m.placementTypes.map((t) => t.group))];
  const rows = officialComparisons(m);
  const newer: NewerView[] = m.council.headlines.flatMap((h) => {
    const o = latest(m.observations, h.measure, { cohort: h.cohort, asAt });
    const pair = m.officialPairs?.pairs.find((p) => p.strategy === h.measure);
    const row = pair && rows.find((r) => r.id === `official-${pair.id}`);
    if (!o || !pair || !row) return [];
    const later = series(m.observations, h.measure, { cohort: h.cohort }).filter((x) => x.asAt > o.asAt && x.area === 'council' && !x.locality);
    const items: NewerView['newer'] = later.map((x) => ({ value: formatShown(x.shown, x.unit, x.qualifier), when: whenText(x), cite: citeView(m, x) }));
    if (row.officialNewer) items.push({ value: row.official.value, when: row.official.when, official: row.official.cite });
    if (!items.length) return [];
    return [{ label: h.label ?? o.label, value: formatShown(o.shown, o.unit, o.qualifier), when: whenText(o), newer: items, why: row.why, href: row.href }];
  });
  return {
    meta: {
      title: `Homes for ${w.possessive} children in care and care leavers`,
      description: `${stats[0] ? `${stats[0].number} ${stats[0].unit ? `${stats[0].unit} ` : ''}(${stats[0].label.toLowerCase()}). ` : ''}Where ${w.full} needs more foster carers, children's homes and housing for care leavers: figures, gaps and plans from the ${m.edition.period} placement sufficiency strategy.`,
      kind: 'overview',
      ...(stats[0] ? { card: { number: stats[0].number, label: stats[0].label, series: series(m.observations, m.council.headlines[0].measure).flatMap((o) => (o.shown.kind === 'number' ? [o.shown.n] : [])) } } : {}),
      audiences: ['providers', 'foster-carers', 'councillors'],
    },
    heading: `Homes for ${w.possessive} children in care and care leavers`,
    period: m.edition.period,
    charts: homeCharts(m),
    asAt: site.asAt,
    stats,
    newer,
    // Two on the home page keep it short on a phone; the providers page lists every need.
    gaps: gapViews(m, largestGaps(m.gaps, 2)),
    groups: groups.map((g) => ({
      name: words(g).replace(/^./, (c) => c.toUpperCase()),
      types: m.placementTypes.filter((t) => t.group === g).map((t) => ({ name: t.name, href: typeHref(m.council.slug, t.id) })),
    })),
    localities: m.localities.map((l) => ({ name: l.name, href: localityHref(m.council.slug, l.id), summary: l.summary })),
    official: officialCompareView(m, { home: true }),
  };
}
