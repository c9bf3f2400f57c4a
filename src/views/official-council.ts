/**
 * A council's page from official data (DfE children looked after, Ofsted children's homes):
 * children in care against its region and England, where children are placed, stability,
 * new placements, and the children's homes located in the council's area.
 */
import type { OfficialModel, OfficialValue } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import { formatDate, formatNumber } from '../text/format.ts';
import type { ChartOutput } from '../charts/kit/output.ts';
import { openDataLinks, type OpenDataLinks } from './open-data.ts';
import type { PageMeta } from './site.ts';
import { href } from '../site/paths.ts';
import { JUDGEMENT_WORDS, keyMeasures, profileSections, said, type ProfileSectionView } from './profile.ts';
import { officialChart } from '../charts/registry.ts';
import { isRecoding, oncePerArea, releaseOf, theRegion, cell, councilHref, marchText, num, regionHref, sourcesOf, table, unitOf, yearOf, type SourceLine, type TableView } from './official-parts.ts';

export interface SummaryPoint {
  text: string;
}

export interface CouncilPageView {
  meta: PageMeta;
  name: string;
  code: string;
  region?: { name: string; href: string };
  replaced?: { note: string; successors: { name: string; href: string }[] };
  predecessors: { name: string; href: string; note: string }[];
  summary: SummaryPoint[];
  cla: { table: TableView; chart: ChartOutput | null };
  where: { table: TableView; text: string } | null;
  newPlacements: TableView | null;
  stability: TableView | null;
  /** "How <council> compares": the England-wide measures with neighbours, region, England, rank. */
  keyMeasures: TableView | null;
  /** DfE's statistical neighbours, nearest first. */
  neighbours: { name: string; href: string; closeness: string }[];
  neighboursSource: string;
  /** The sections data/site/profile.json declares, each drawn by ProfileSection.astro. */
  profile: ProfileSectionView[];
  revisions: TableView | null;
  sources: SourceLine[];
  /** The council's figures as CSV, JSON and a Data Package (with its region and England). */
  openData: OpenDataLinks;
}

const CLA = 'children-looked-after';
const RATE = 'children-looked-after-rate';

/** "up 12 since 2020" between two plain numbers. */
const change = (a: number, b: number, since: string) => (b === a ? `unchanged since ${since}` : `${b > a ? 'up' : 'down'} ${formatNumber(Math.abs(b - a), 'children')} since ${since}`);

function claSection(o: OfficialModel, a: OfficialArea, region: OfficialArea | undefined) {
  const dates = o.dates(CLA);
  const rows = dates
    .map((d) => {
      const v = o.value(a.code, CLA, d);
      if (!v) return null;
      return {
        head: yearOf(d),
        cells: [cell(o, v), cell(o, o.value(a.code, RATE, d)), ...(region ? [cell(o, o.value(region.code, RATE, d))] : []), cell(o, o.value(o.england.code, RATE, d)), cell(o, o.value(a.code, 'children-starting-care', d)), cell(o, o.value(a.code, 'children-leaving-care', d))],
      };
    })
    .filter((r) => r !== null);
  const t = table({
    id: 'children-in-care-table',
    caption: `Children in care in ${a.name} at 31 March, against ${region ? `${theRegion(region.name)} and ` : ''}England`,
    columns: [
      { label: 'Year (31 March)' },
      { label: 'Children in care', num: true },
      { label: 'Per 10,000 children', num: true },
      ...(region ? [{ label: `${region.name} per 10,000`, num: true }] : []),
      { label: 'England per 10,000', num: true },
      { label: 'Started care in the year', num: true },
      { label: 'Left care in the year', num: true },
    ],
    rows,
    notes: ['A rate per 10,000 children compares areas of different sizes: children in care for every 10,000 children under 18 living in the area.'],
  });
  const chart = officialChart(o, a, 'children-in-care-rate');
  return { table: t, chart };
}

function whereSection(o: OfficialModel, a: OfficialArea) {
  const dates = o.dates('placement-net-gain');
  const rows = dates
    .map((d) => {
      const out = o.value(a.code, 'placed-out-of-area', d);
      const inn = o.value(a.code, 'placed-in-by-other-councils', d);
      const net = o.value(a.code, 'placement-net-gain', d);
      if (!out && !inn && !net) return null;
      // One file per row: counts from DfE's net-gain file only; shares of children in care live in
      // the "Inside or outside the council's area" section, from the placement file.
      return { head: yearOf(d), cells: [cell(o, out), cell(o, inn), net && num(net.shown) !== null && num(net.shown)! > 0 ? `+${cell(o, net)}` : cell(o, net)] };
    })
    .filter((r) => r !== null);
  if (!rows.length) return null;
  const lastD = dates.filter((d) => o.value(a.code, 'placement-net-gain', d)).at(-1);
  const net = lastD ? num(o.value(a.code, 'placement-net-gain', lastD)?.shown) : null;
  const outN = lastD ? num(o.value(a.code, 'placed-out-of-area', lastD)?.shown) : null;
  const inN = lastD ? num(o.value(a.code, 'placed-in-by-other-councils', lastD)?.shown) : null;
  const text =
    lastD && net !== null && outN !== null && inN !== null
      ? `At ${marchText(lastD)}, ${formatNumber(inN, 'children')} children in care to other councils lived in ${a.name}, and ${formatNumber(outN, 'children')} of ${a.name}'s own children in care lived outside it: ${net === 0 ? 'the two balance' : net > 0 ? `${formatNumber(net, 'children')} more placed in than placed out` : `${formatNumber(-net, 'children')} more placed out than placed in`}.`
      : `Where ${a.name}'s children in care live, and children from other councils placed in ${a.name}.`;
  return {
    text,
    table: table({
      id: 'placed-in-and-out-table',
      caption: `Children placed across ${a.name}'s boundary at 31 March`,
      columns: [{ label: 'Year (31 March)' }, { label: 'Own children placed outside the area', num: true }, { label: 'Children of other councils placed here', num: true }, { label: 'Net gain', num: true }],
      rows,
      notes: [
        'Net gain is children placed here by other councils minus this council\'s children placed outside it; a negative number means more children leave the area than come in.',
        'All three columns come from DfE\'s file of children looked after by local authority of placement (net gain).',
      ],
    }),
  };
}

const DISTANCE: [string, string][] = [
  ['new-placements-inside-near', 'Inside the area, 20 miles or less from home'],
  ['new-placements-inside-far', 'Inside the area, more than 20 miles from home'],
  ['new-placements-outside-near', 'Outside the area, 20 miles or less from home'],
  ['new-placements-outside-far', 'Outside the area, more than 20 miles from home'],
  ['new-placements-distance-unknown', 'Distance not known'],
];

function newPlacementsSection(o: OfficialModel, a: OfficialArea): TableView | null {
  const total = o.series(a.code, 'new-placements').at(-1);
  if (!total) return null;
  const d = total.asAt;
  return table({
    id: 'new-placements-table',
    caption: `New placements in the year to ${marchText(d)}, by location and distance from home`,
    columns: [{ label: 'Location of the new placement' }, { label: 'Placements', num: true }, { label: 'Share', num: true }, { label: 'England share', num: true }],
    rows: [
      ...DISTANCE.map(([m, label]) => ({ head: label, cells: [cell(o, o.value(a.code, m, d)), cell(o, o.value(a.code, `${m}-percent`, d)), cell(o, o.value(o.england.code, `${m}-percent`, d))] })),
      // A total's share is 100% only where there is a total to share out; DfE's z stays z.
      { head: 'All new placements', cells: [cell(o, total), num(total.shown) ? '100%' : cell(o, total), num(o.value(o.england.code, 'new-placements', d)?.shown) ? '100%' : cell(o, o.value(o.england.code, 'new-placements', d))], kind: 'total' as const },
    ],
  });
}

const STABILITY: [string, string][] = [
  ['three-placements-in-year-percent', 'Three or more placements in the year'],
  ['three-placements-in-two-years-percent', 'Three or more placements in two years'],
  ['same-carer-two-years-percent', 'Long-term: same placement for at least two years'],
];

function stabilitySection(o: OfficialModel, a: OfficialArea, region: OfficialArea | undefined): TableView | null {
  const d = o.series(a.code, STABILITY[0][0]).at(-1)?.asAt;
  if (!d) return null;
  const areas = [a, ...(region ? [region] : []), o.england];
  return table({
    id: 'stability-table',
    caption: `Placement stability at ${marchText(d)}: ${a.name} against ${region ? `${theRegion(region.name)} and ` : ''}England`,
    columns: [{ label: 'Measure' }, ...areas.map((x) => ({ label: x.name, num: true }))],
    rows: STABILITY.map(([m, label]) => ({ head: label, cells: areas.map((x) => cell(o, o.value(x.code, m, d))) })),
    notes: [
      'Three or more placements: children in care at 31 March who had three or more placements during the year (or during the two years to 31 March).',
      'Long-term: children under 16 in care for at least two and a half years who had lived in the same placement for at least two years.',
      ...STABILITY.flatMap(([m, label]) => {
        const p = o.measures.get(m)?.polarity;
        return p ? [`${label}: DfE states that ${p === 'higher-is-better' ? 'higher' : 'lower'} is better (LAIT data dictionary).`] : [];
      }),
    ],
  });
}

function revisionsSection(o: OfficialModel, a: OfficialArea): TableView | null {
  const all = o.revisions(a.code).filter((r) => r.measure !== 'child-population');
  const list = all.filter((r) => !isRecoding(r));
  const recoded = all.filter(isRecoding);
  if (!list.length && !recoded.length) return null;
  const word = (v: number | string, m: string) => (typeof v === 'number' ? formatNumber(v, unitOf(o, m)) : v);
  return table({
    id: 'revisions-table',
    caption: `Figures for ${a.name} that DfE revised between releases`,
    columns: [{ label: 'Measure' }, { label: 'Year (31 March)' }, { label: 'Earlier release', num: true }, { label: 'Later release (shown)', num: true }],
    rows: list.map((r) => ({ head: o.measures.get(r.measure)?.label ?? r.measure, cells: [yearOf(r.asAt), word(r.from.value, r.measure), word(r.to.value, r.measure)] })),
    notes: [
      'Where two releases give different figures for the same year, the later release is used everywhere on this site.',
      ...(recoded.length ? [`Not revisions: for ${[...new Set(recoded.map((r) => o.measures.get(r.measure)?.label.toLowerCase() ?? r.measure))].join(', ')} in ${[...new Set(recoded.map((r) => yearOf(r.asAt)))].join(', ')}, the later release shows z (not applicable) where the earlier one showed 0: DfE recoded "none" as "does not apply", and the number did not change.`] : []),
    ],
  });
}

/** Every official value the page shows, for its source list. */
function valuesShown(o: OfficialModel, a: OfficialArea): OfficialValue[] {
  return o.measuresIn(a.code).flatMap((m) => o.series(a.code, m));
}

export const councilPageView = oncePerArea(buildCouncilPageView);

function buildCouncilPageView(o: OfficialModel, a: OfficialArea): CouncilPageView {
  const region = o.regionOf(a.code);
  const last = o.series(a.code, CLA).at(-1);
  const first = o.series(a.code, CLA)[0];
  const homes = o.value(a.code, 'childrens-homes');
  const places = o.value(a.code, 'childrens-homes-places');
  const summary: SummaryPoint[] = [];
  // A replaced council leads with its last real figure, with its year, never a symbol.
  const lastNum = o.series(a.code, CLA).filter((v) => num(v.shown) !== null).at(-1);
  const lead = lastNum ?? last;
  if (lead) {
    const n = num(lead.shown);
    const f = num(first?.shown);
    const gone = a.status === 'replaced' && lead !== last;
    summary.push({ text: `${said(o, lead)} children in care at ${marchText(lead.asAt)}${gone ? ', its last figure before it was replaced' : ''}${n !== null && f !== null && first !== lead ? ` (${change(f, n, yearOf(first.asAt))}; the change worked out by us)` : ''}.` });
  }
  const leadRate = lead ? o.value(a.code, RATE, lead.asAt) : undefined;
  const leadEng = lead ? o.value(o.england.code, RATE, lead.asAt) : undefined;
  const leadReg = lead && region ? o.value(region.code, RATE, lead.asAt) : undefined;
  if (leadRate && num(leadRate.shown) !== null)
    summary.push({ text: `${said(o, leadRate)} per 10,000 children, against ${leadReg ? `${said(o, leadReg)} in ${theRegion(region!.name)} and ` : ''}${said(o, leadEng)} in England.` });
  const outside = o.series(a.code, 'placed-outside-boundary').at(-1);
  const outsideShare = outside ? o.value(a.code, 'placed-outside-boundary-percent', outside.asAt) : undefined;
  if (outside && num(outside.shown) !== null) summary.push({ text: `${said(o, outside)} of its children in care${outsideShare && num(outsideShare.shown) !== null ? ` (${said(o, outsideShare)}, DfE's share)` : ''} lived outside the council's area at ${marchText(outside.asAt)}.` });
  if (homes && places) summary.push({ text: `${said(o, homes)} children's homes with ${said(o, places)} places located here (Ofsted, ${marchText(homes.asAt)}).` });
  const insp = o.inspection(a.code);
  if (insp) summary.push({ text: `Ofsted's latest inspection of its children's services (begun ${marchText(insp.inspected)}): ${JUDGEMENT_WORDS[insp.overall].toLowerCase()} overall.` });
  const replacedBy = (a.replacedBy ?? []).map((c) => o.area(c)).filter((x): x is OfficialArea => !!x);
  const predecessors = o.councils.filter((c) => c.replacedBy?.includes(a.code)).map((c) => ({ name: c.name, href: councilHref(c), note: c.note ?? '' }));
  const description = lead
    ? `${a.name}: ${said(o, lead)} children in care at ${marchText(lead.asAt)}${leadRate && num(leadRate.shown) !== null ? `, ${said(o, leadRate)} per 10,000 children (England ${said(o, leadEng)})` : ''}${places ? `; ${said(o, places)} children's homes places located here` : ''}. Official DfE, Ofsted and MHCLG figures.`
    : `${a.name}: official DfE and Ofsted figures on children in care and children's homes.`;
  return {
    meta: {
      title: `${a.name}: children in care and children's homes`,
      description,
      kind: 'council',
      dataAsAt: last ? marchText(last.asAt) : undefined,
      dataUpdated: last ? releaseOf(o, last.source) : undefined,
      ...(lead && num(lead.shown) !== null ? { card: { number: said(o, lead), label: `children in care at ${marchText(lead.asAt)}`, place: a.name, when: 'Official statistics: DfE and Ofsted', series: o.series(a.code, CLA).flatMap((v) => (num(v.shown) !== null ? [num(v.shown)!] : [])) } } : {}),
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Councils', href: href('councils/') }, ...(region ? [{ label: region.name, href: regionHref(region) }] : [])],
    },
    name: a.name,
    code: a.code,
    region: region ? { name: region.name, href: regionHref(region) } : undefined,
    replaced: a.status === 'replaced' ? { note: a.note ?? `${a.name} no longer reports.`, successors: replacedBy.map((c) => ({ name: c.name, href: councilHref(c) })) } : undefined,
    predecessors,
    summary,
    cla: claSection(o, a, region),
    where: whereSection(o, a),
    newPlacements: newPlacementsSection(o, a),
    stability: stabilitySection(o, a, region),
    keyMeasures: keyMeasures(o, a),
    neighbours: o.neighboursOf(a.code).map((n) => ({ name: n.area.name, href: councilHref(n.area), closeness: n.closeness.toLowerCase() })),
    neighboursSource: neighboursSourceText(o, a),
    profile: profileSections(o, a),
    revisions: revisionsSection(o, a),
    sources: sourcesOf(o, valuesShown(o, a)),
    openData: openDataLinks(a),
  };
}

/** The councils index: every council by region, with its latest figures. */
export interface CouncilsIndexView {
  meta: PageMeta;
  regions: { name: string; href: string; table: TableView }[];
  asAt: string;
}

export function councilsIndexView(o: OfficialModel): CouncilsIndexView {
  const d = o.dates(CLA).at(-1) ?? '';
  const homesDate = o.dates('childrens-homes').at(-1) ?? '';
  return {
    meta: {
      title: 'Every council in England',
      description: `Children in care and children's homes for all ${o.councils.filter((c) => c.status === 'current').length} English councils, grouped by region, from DfE and Ofsted official statistics.`,
      kind: 'index',
      dataAsAt: formatDate(d),
      dataUpdated: releaseOf(o, o.value(o.england.code, CLA, d)?.source ?? ''),
      audiences: ['providers', 'councillors'],
    },
    asAt: formatDate(d),
    regions: o.regions.map((r) => ({
      name: r.name,
      href: regionHref(r),
      table: table({
        id: `councils-${r.slug}`,
        caption: `Councils in ${theRegion(r.name)}`,
        // Short headings so the four columns fit a phone; the caption and notes say the rest.
        columns: [{ label: 'Council' }, { label: `In care ${yearOf(d)}`, num: true }, { label: 'Per 10,000', num: true }, { label: `Homes places ${yearOf(homesDate)}`, num: true }],
        notes: [`In care: children in care at ${formatDate(d)}; per 10,000: for every 10,000 children under 18 (DfE). Homes places: children's homes places Ofsted counted located in the area at ${formatDate(homesDate)}.`],
        sortable: true,
        compact: true,
        rows: o.councilsIn(r.code).map((c) => {
          const lastC = o.series(c.code, CLA).at(-1);
          const replaced = c.status === 'replaced';
          return {
            sort: [c.name, num((replaced ? lastC : o.value(c.code, CLA, d))?.shown), num((replaced && lastC ? o.value(c.code, RATE, lastC.asAt) : o.value(c.code, RATE, d))?.shown), num(o.value(c.code, 'childrens-homes-places', homesDate)?.shown)],
            head: c.status === 'replaced' ? `${c.name} (replaced)` : c.name,
            href: councilHref(c),
            kind: c.status === 'replaced' ? ('replaced' as const) : undefined,
            cells: [
              c.status === 'replaced' && lastC ? `${cell(o, lastC)} (${yearOf(lastC.asAt)})` : cell(o, o.value(c.code, CLA, d)),
              c.status === 'replaced' && lastC ? `${cell(o, o.value(c.code, RATE, lastC.asAt))} (${yearOf(lastC.asAt)})` : cell(o, o.value(c.code, RATE, d)),
              cell(o, o.value(c.code, 'childrens-homes-places', homesDate)),
            ],
          };
        }),
      }),
    })),
  };
}


function neighboursSourceText(o: OfficialModel, a: OfficialArea): string {
  const src = o.sources.get(o.neighboursSource.id);
  const row = o.neighboursSource.locator(a.code);
  return src ? `${src.publisher}, ${src.title}${row ? ` (${row})` : ''}` : o.neighboursSource.id;
}
