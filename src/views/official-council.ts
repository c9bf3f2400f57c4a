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
import { oncePerArea, releaseOf, theRegion, cell, comparisonTrend, councilHref, marchText, num, regionHref, sourcesOf, table, unitOf, yearOf, type SourceLine, type TableView } from './official-parts.ts';

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
  mix: TableView | null;
  homesVsPlaced: TableView | null;
  newPlacements: TableView | null;
  stability: TableView | null;
  homes: { bySector: TableView; byRating: TableView; text: string } | null;
  constituencies: TableView | null;
  revisions: TableView | null;
  sources: SourceLine[];
  /** The council's figures as CSV, JSON and a Data Package (with its region and England). */
  openData: OpenDataLinks;
}

const CLA = 'children-looked-after';
const RATE = 'children-looked-after-rate';
const pct = (n: number) => `${Math.round(n)}%`;

/** "up 12 since 2020" between two plain numbers. */
const change = (a: number, b: number, since: string) => (b === a ? `unchanged since ${since}` : `${b > a ? 'up' : 'down'} ${formatNumber(Math.abs(b - a), 'children')} since ${since}`);

function claSection(o: OfficialModel, a: OfficialArea, region: OfficialArea | undefined) {
  const csv = openDataLinks(a).csv;
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
  const chart = comparisonTrend(o, 'children-in-care-rate', [a, ...(region ? [region] : []), o.england], RATE, `Children in care per 10,000 children: ${a.name}, ${region ? `${theRegion(region.name)} and ` : ''}England`, 'Children in care per 10,000 children', [{ label: 'Download the data (CSV, all official figures)', href: csv }]);
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
      const cla = num(o.value(a.code, CLA, d)?.shown);
      const outN = num(out?.shown);
      const share = o.value(a.code, 'placed-outside-boundary-percent', d);
      const shareText = share ? cell(o, share) : cla && outN !== null ? `${pct((100 * outN) / cla)} (computed)` : '–';
      return { head: yearOf(d), cells: [cell(o, out), shareText, cell(o, inn), net && num(net.shown) !== null && num(net.shown)! > 0 ? `+${cell(o, net)}` : cell(o, net)] };
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
      columns: [{ label: 'Year (31 March)' }, { label: 'Own children placed outside the area', num: true }, { label: 'Share of own children in care', num: true }, { label: 'Children of other councils placed here', num: true }, { label: 'Net gain', num: true }],
      rows,
      notes: [
        'Net gain is children placed here by other councils minus this council\'s children placed outside it; a negative number means more children leave the area than come in.',
        ...(rows.some((r) => r.cells[1].includes('computed')) ? ['“computed”: own children placed outside the area as a share of children in care at the same date, worked out by us from the two DfE figures.'] : []),
      ],
    }),
  };
}

const MIX: [string, string][] = [
  ['placed-foster-percent', 'Foster placements'],
  ['placed-childrens-homes-percent', "Secure homes and children's homes"],
  ['placed-supported-accommodation-percent', 'Independent and semi-independent living, supported accommodation'],
  ['placed-with-parents-percent', 'Placed with parents or others with parental responsibility'],
  ['placed-for-adoption-percent', 'Placed for adoption'],
  ['placed-other-residential-percent', 'Other residential settings'],
  ['placed-residential-schools-percent', 'Residential schools'],
  ['placed-other-percent', 'Other placements'],
];

function mixSection(o: OfficialModel, a: OfficialArea, region: OfficialArea | undefined): TableView | null {
  const last = o.series(a.code, 'placed-foster-percent').at(-1);
  if (!last) return null;
  const d = last.asAt;
  return table({
    id: 'placement-mix-table',
    caption: `Where ${a.name}'s children in care lived at ${marchText(d)}, by type of placement`,
    columns: [{ label: 'Placement' }, { label: 'Children', num: true }, { label: 'Share', num: true }, ...(region ? [{ label: `${region.name} share`, num: true }] : []), { label: 'England share', num: true }],
    rows: MIX.map(([m, label]) => ({
      head: label,
      cells: [cell(o, o.value(a.code, m.replace(/-percent$/, ''), d)), cell(o, o.value(a.code, m, d)), ...(region ? [cell(o, o.value(region.code, m, d))] : []), cell(o, o.value(o.england.code, m, d))],
    })),
    notes: ['DfE publishes placement types by council for the South West councils in the files imported here; other regions show their regional and England figures only.'],
  });
}

function homesVsPlacedSection(o: OfficialModel, a: OfficialArea): TableView | null {
  // Ofsted's count is at one date; DfE's children in homes at the same 31 March.
  const places = o.value(a.code, 'childrens-homes-places');
  const placed = places && o.value(a.code, 'placed-childrens-homes', places.asAt);
  if (!placed || !places) return null;
  return table({
    id: 'homes-against-children-table',
    caption: `Children in children's homes against children's homes places in ${a.name}, ${marchText(places.asAt)}`,
    columns: [{ label: 'Measure' }, { label: 'Number', num: true }, { label: 'Source' }],
    rows: [
      { head: `${a.name}'s children in care living in secure or children's homes (anywhere)`, cells: [cell(o, placed), sourceName(o, placed.source)] },
      { head: `Children's homes places located in ${a.name} (for any council's children)`, cells: [cell(o, places), sourceName(o, places.source)] },
    ],
    notes: ['The two counts measure different things: places located here can be used by any council, and this council\'s children may live in homes elsewhere. Set side by side they show how far local supply could meet local need.'],
  });
}

const DISTANCE: [string, string][] = [
  ['new-placements-inside-near', 'Inside the area, under 20 miles from home'],
  ['new-placements-inside-far', 'Inside the area, 20 miles or more from home'],
  ['new-placements-outside-near', 'Outside the area, under 20 miles from home'],
  ['new-placements-outside-far', 'Outside the area, 20 miles or more from home'],
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
      { head: 'All new placements', cells: [cell(o, total), '100%', '100%'], kind: 'total' as const },
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
      'Three or more placements: children in care at 31 March who had three or more placements during the year (or during the two years to 31 March); lower is better.',
      'Long-term: children under 16 in care for at least two and a half years who had lived in the same placement for at least two years; higher is better.',
    ],
  });
}

const SECTORS: [string, string][] = [
  ['private', 'Private'],
  ['council', 'Local authority'],
  ['voluntary', 'Voluntary'],
  ['academy', 'Academy'],
  ['health-authority', 'Health authority'],
];
const RATINGS: [string, string][] = [
  ['outstanding', 'Outstanding'],
  ['good', 'Good'],
  ['requires-improvement', 'Requires improvement to be good'],
  ['inadequate', 'Inadequate'],
  ['not-rated', 'Not yet rated'],
];

function homesSection(o: OfficialModel, a: OfficialArea, region: OfficialArea | undefined) {
  const homes = o.value(a.code, 'childrens-homes');
  const places = o.value(a.code, 'childrens-homes-places');
  if (!homes || !places) return null;
  const d = homes.asAt;
  const col = (x: OfficialArea) => [cell(o, o.value(x.code, 'childrens-homes', d)), cell(o, o.value(x.code, 'childrens-homes-places', d))];
  const rows = (list: [string, string][]) =>
    list.map(([k, label]) => ({ head: label, cells: [cell(o, o.value(a.code, `childrens-homes-${k}`, d)), cell(o, o.value(a.code, `childrens-homes-places-${k}`, d))] }));
  const n = num(homes.shown) ?? 0;
  const p = num(places.shown) ?? 0;
  const priv = num(o.value(a.code, 'childrens-homes-places-private', d)?.shown);
  return {
    text: `Ofsted counted ${formatNumber(n, 'homes')} children's ${n === 1 ? 'home' : 'homes'} with ${formatNumber(p, 'places')} ${p === 1 ? 'place' : 'places'} located in ${a.name} at ${marchText(d)}${priv !== null && p ? `; ${pct((100 * priv) / p)} of the places were run by private providers` : ''}. Homes located here can take children from any council.`,
    bySector: table({
      id: 'homes-by-sector-table',
      caption: `Children's homes located in ${a.name} at ${marchText(d)}, by sector`,
      columns: [{ label: 'Sector' }, { label: 'Homes', num: true }, { label: 'Places', num: true }],
      rows: [
        ...rows(SECTORS),
        { head: `All children's homes in ${a.name}`, cells: col(a), kind: 'total' as const },
        ...(region ? [{ head: `${region.name}, all`, cells: col(region), kind: 'comparator' as const }] : []),
        { head: 'England, all', cells: col(o.england), kind: 'comparator' as const },
      ],
    }),
    byRating: table({
      id: 'homes-by-rating-table',
      caption: `Children's homes located in ${a.name} at ${marchText(d)}, by Ofsted's latest overall judgement`,
      columns: [{ label: 'Latest judgement' }, { label: 'Homes', num: true }, { label: 'Places', num: true }],
      rows: rows(RATINGS),
      notes: [`The judgement is the overall experiences and progress of children at the latest full inspection before ${marchText(d)}; homes registered recently may not yet be inspected.`],
    }),
  };
}

function constituencySection(o: OfficialModel, a: OfficialArea): TableView | null {
  const list = o.constituenciesOf(a.code);
  if (!list.length) return null;
  return table({
    id: 'homes-by-constituency-table',
    caption: `Children's homes in ${a.name} by parliamentary constituency, ${marchText(o.constituencyValue(list[0].id, 'childrens-homes')?.asAt ?? '')}`,
    columns: [{ label: 'Constituency' }, { label: 'Homes', num: true }, { label: 'Places', num: true }],
    rows: list.map((c) => ({ head: c.name, cells: [cell(o, o.constituencyValue(c.id, 'childrens-homes')), cell(o, o.constituencyValue(c.id, 'childrens-homes-places'))] })),
    notes: ['Ofsted gives no address for children\'s homes; the parliamentary constituency (2010 boundaries) is the smallest area it publishes.'],
  });
}

function revisionsSection(o: OfficialModel, a: OfficialArea): TableView | null {
  const list = o.revisions(a.code).filter((r) => r.measure !== 'child-population');
  if (!list.length) return null;
  const word = (v: number | string, m: string) => (typeof v === 'number' ? formatNumber(v, unitOf(o, m)) : v);
  return table({
    id: 'revisions-table',
    caption: `Figures for ${a.name} that DfE revised between releases`,
    columns: [{ label: 'Measure' }, { label: 'Year (31 March)' }, { label: 'Earlier release', num: true }, { label: 'Later release (shown)', num: true }],
    rows: list.map((r) => ({ head: o.measures.get(r.measure)?.label ?? r.measure, cells: [yearOf(r.asAt), word(r.from.value, r.measure), word(r.to.value, r.measure)] })),
    notes: ['Where two releases give different figures for the same year, the later release is used everywhere on this site.'],
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
  const rate = last ? o.value(a.code, RATE, last.asAt) : undefined;
  const engRate = last ? o.value(o.england.code, RATE, last.asAt) : undefined;
  const regRate = last && region ? o.value(region.code, RATE, last.asAt) : undefined;
  const homes = o.value(a.code, 'childrens-homes');
  const places = o.value(a.code, 'childrens-homes-places');
  const summary: SummaryPoint[] = [];
  if (last) {
    const n = num(last.shown);
    const f = num(first?.shown);
    summary.push({ text: `${cell(o, last)} children in care at ${marchText(last.asAt)}${n !== null && f !== null && first !== last ? ` (${change(f, n, yearOf(first.asAt))})` : ''}.` });
  }
  if (rate && num(rate.shown) !== null)
    summary.push({ text: `${cell(o, rate)} per 10,000 children, against ${regRate ? `${cell(o, regRate)} in ${theRegion(region!.name)} and ` : ''}${cell(o, engRate)} in England.` });
  const out = o.series(a.code, 'placed-out-of-area').at(-1);
  const cla = out ? num(o.value(a.code, CLA, out.asAt)?.shown) : null;
  if (out && num(out.shown) !== null && cla) summary.push({ text: `${cell(o, out)} of its children in care (${pct((100 * num(out.shown)!) / cla)}) lived outside the council's area at ${marchText(out.asAt)}.` });
  if (homes && places) summary.push({ text: `${cell(o, homes)} children's homes with ${cell(o, places)} places located here (Ofsted, ${marchText(homes.asAt)}).` });
  const replacedBy = (a.replacedBy ?? []).map((c) => o.area(c)).filter((x): x is OfficialArea => !!x);
  const predecessors = o.councils.filter((c) => c.replacedBy?.includes(a.code)).map((c) => ({ name: c.name, href: councilHref(c), note: c.note ?? '' }));
  const description = last
    ? `${a.name}: ${cell(o, last)} children in care at ${marchText(last.asAt)}${rate ? `, ${cell(o, rate)} per 10,000 children (England ${cell(o, engRate)})` : ''}${places ? `; ${cell(o, places)} children's homes places located here` : ''}. Official DfE and Ofsted figures.`
    : `${a.name}: official DfE and Ofsted figures on children in care and children's homes.`;
  return {
    meta: {
      title: `${a.name}: children in care and children's homes`,
      description,
      kind: 'council',
      dataAsAt: last ? marchText(last.asAt) : undefined,
      dataUpdated: last ? releaseOf(o, last.source) : undefined,
      ...(last ? { card: { number: cell(o, last), label: `children in care at ${marchText(last.asAt)}`, place: a.name, when: 'Official statistics: DfE and Ofsted', series: o.series(a.code, CLA).flatMap((v) => (num(v.shown) !== null ? [num(v.shown)!] : [])) } } : {}),
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
    mix: mixSection(o, a, region),
    homesVsPlaced: homesVsPlacedSection(o, a),
    newPlacements: newPlacementsSection(o, a),
    stability: stabilitySection(o, a, region),
    homes: homesSection(o, a, region),
    constituencies: constituencySection(o, a),
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
        columns: [{ label: 'Council' }, { label: `Children in care ${yearOf(d)}`, num: true }, { label: 'Per 10,000 children', num: true }, { label: `Children's homes places ${yearOf(homesDate)}`, num: true }],
        rows: o.councilsIn(r.code).map((c) => {
          const lastC = o.series(c.code, CLA).at(-1);
          return {
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

const sourceName = (o: OfficialModel, id: string) => {
  const s = o.sources.get(id);
  return s ? `${s.publisher}, ${s.release}` : id;
};
