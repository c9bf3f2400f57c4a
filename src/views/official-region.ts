/**
 * A region's page from official data: its councils side by side, the region's totals both as
 * published and as the sum of its councils (suppressed parts kept: "at least"), and the
 * regions index with England.
 */
import type { OfficialModel } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import { sumShown } from '../data/official/rollup.ts';
import { formatDate, formatNumber } from '../text/format.ts';
import type { ChartOutput } from '../charts/kit/output.ts';
import { officialChart as registryChart } from '../charts/registry.ts';
import { openDataLinks, type OpenDataLinks } from './open-data.ts';
import type { PageMeta } from './site.ts';
import { href } from '../site/paths.ts';
import { profileSections, type ProfileSectionView } from './profile.ts';
import { totalCell, oncePerArea, releaseOf, theRegion, cell, councilHref, marchText, num, regionHref, sourcesOf, table, totalText, unitOf, yearOf, type SourceLine, type TableView } from './official-parts.ts';

const CLA = 'children-looked-after';

const RATE = 'children-looked-after-rate';

/** The columns of the councils table: measure, heading, and whether a region total makes sense. */
interface Column { measure: string; label: string; sum: boolean; date: (o: OfficialModel) => string }
const latestDate = (m: string) => (o: OfficialModel) => o.dates(m).at(-1) ?? '';
const COLUMNS: Column[] = [
  { measure: CLA, label: 'Children in care', sum: true, date: latestDate(CLA) },
  { measure: RATE, label: 'Per 10,000 children', sum: false, date: latestDate(CLA) },
  { measure: 'placed-out-of-area', label: 'Own children placed outside the area', sum: true, date: latestDate('placement-net-gain') },
  { measure: 'placement-net-gain', label: 'Net gain', sum: true, date: latestDate('placement-net-gain') },
  { measure: 'childrens-homes', label: "Children's homes", sum: true, date: latestDate('childrens-homes') },
  { measure: 'childrens-homes-places', label: "Children's homes places", sum: true, date: latestDate('childrens-homes') },
];

export interface RegionPageView {
  meta: PageMeta;
  name: string;
  /** The name as prose needs it ("the South West"). */
  inName: string;
  code: string;
  slug: string;
  summary: string[];
  councils: TableView;
  subRegions: { name: string; councils: string }[];
  chart: ChartOutput | null;
  /** The region's councils shaded by children in care per 10,000 children. */
  map: ChartOutput | null;
  trend: TableView;
  /** Where DfE publishes placement types by council (the South West here): the mix, and homes against places. */
  mix: TableView | null;
  /** The profile sections (data/site/profile.json) from the region's own published rows. */
  profile: ProfileSectionView[];
  sources: SourceLine[];
  roundingNote: string;
  openData: OpenDataLinks;
}

export const regionPageView = oncePerArea(buildRegionPageView);

function buildRegionPageView(o: OfficialModel, r: OfficialArea): RegionPageView {
  const councils = o.councilsIn(r.code);
  const dates = COLUMNS.map((c) => c.date(o));
  const header = COLUMNS.map((c, i) => ({ label: `${c.label} (${yearOf(dates[i])})`, num: true }));
  const rows = councils.map((c) => ({
    head: c.status === 'replaced' ? `${c.name} (replaced)` : c.name,
    href: councilHref(c),
    kind: c.status === 'replaced' ? ('replaced' as const) : undefined,
    cells: COLUMNS.map((col, i) => cell(o, o.value(c.code, col.measure, dates[i]))),
  }));
  const sums = COLUMNS.map((col, i) => {
    if (!col.sum) return '';
    const parts = councils.map((c) => o.value(c.code, col.measure, dates[i])).filter((v) => v !== undefined).map((v) => v.shown);
    return totalText(sumShown(parts, col.measure === 'placement-net-gain'), unitOf(o, col.measure));
  });
  const published = COLUMNS.map((col, i) => totalCell(o, o.value(r.code, col.measure, dates[i])));
  const last = o.series(r.code, CLA).at(-1);
  const rate = last && o.value(r.code, RATE, last.asAt);
  const engRate = last && o.value(o.england.code, RATE, last.asAt);
  const homes = o.value(r.code, 'childrens-homes');
  const places = o.value(r.code, 'childrens-homes-places');
  const net = o.value(r.code, 'placement-net-gain');
  const summary = [
    ...(last ? [`${cell(o, last)} children in care at ${marchText(last.asAt)} across ${councils.filter((c) => c.status === 'current').length} councils.`] : []),
    ...(rate && engRate ? [`${cell(o, rate)} per 10,000 children, against ${cell(o, engRate)} in England.`] : []),
    ...(homes && places ? [`${cell(o, homes)} children's homes with ${cell(o, places)} places located in the region (Ofsted, ${marchText(homes.asAt)}).`] : []),
    ...(net && num(net.shown) !== null && num(net.shown) !== 0
      ? [num(net.shown)! < 0
          ? `At ${marchText(net.asAt)}, the region's councils placed ${formatNumber(-num(net.shown)!, 'children')} more of their own children outside their areas than other councils placed into them (net gain ${cell(o, net)}).`
          : `At ${marchText(net.asAt)}, other councils placed ${formatNumber(num(net.shown)!, 'children')} more children into the region's councils than those councils placed outside their own areas (net gain +${cell(o, net)}).`]
      : []),
  ];
  const subRegions = o.areas
    .filter((a) => a.parent === r.code && a.level === 'region')
    .map((s) => ({ name: s.name, councils: councils.filter((c) => c.parent === s.code).map((c) => c.name).join(', ') }));
  const trendRows = o.dates(CLA).map((d) => {
    const parts = councils.map((c) => o.value(c.code, CLA, d)).filter((v) => v !== undefined).map((v) => v.shown);
    return { head: yearOf(d), cells: [cell(o, o.value(r.code, CLA, d)), totalText(sumShown(parts)), cell(o, o.value(r.code, RATE, d)), cell(o, o.value(o.england.code, RATE, d))] };
  });
  return {
    meta: {
      title: `${r.name}: children in care and children's homes by council`,
      description: `${r.name}: ${last ? `${cell(o, last)} children in care at ${marchText(last.asAt)}` : 'children in care'}${rate ? ` (${cell(o, rate)} per 10,000; England ${cell(o, engRate)})` : ''}${places ? `, ${cell(o, places)} children's homes places` : ''}, council by council. Official DfE and Ofsted figures.`,
      kind: 'region',
      dataAsAt: last ? marchText(last.asAt) : undefined,
      dataUpdated: last ? releaseOf(o, last.source) : undefined,
      ...(last ? { card: { number: cell(o, last), label: `children in care at ${marchText(last.asAt)}`, place: r.name, when: 'Official statistics: DfE and Ofsted', series: o.series(r.code, CLA).flatMap((v) => (num(v.shown) !== null ? [num(v.shown)!] : [])) } } : {}),
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Regions', href: href('regions/') }],
    },
    name: r.name,
    inName: theRegion(r.name),
    code: r.code,
    slug: r.slug,
    summary,
    subRegions,
    councils: table({
      id: 'councils-table',
      caption: `Councils in ${theRegion(r.name)}: latest official figures`,
      columns: [{ label: 'Council' }, ...header],
      rows: [
        ...rows,
        { head: 'Sum of the councils', cells: sums.map((s) => s || '–'), kind: 'total' as const },
        { head: `${r.name}, the region's own figure`, cells: published, kind: 'comparator' as const },
      ],
      notes: ['Net gain: children placed into a council by other councils minus its own children placed outside it.', 'Replaced councils report only for the years before they were replaced, so they are blank in the latest year.'],
    }),
    map: registryChart(o, r, `region-map-${r.slug}-${RATE}`),
    chart: registryChart(o, r, 'region-children-in-care-rate'),
    trend: table({
      id: 'region-trend-table',
      caption: `Children in care in ${theRegion(r.name)} at 31 March`,
      columns: [{ label: 'Year (31 March)' }, { label: 'As published by DfE', num: true }, { label: 'Sum of the councils', num: true }, { label: 'Per 10,000 children', num: true }, { label: 'England per 10,000', num: true }],
      rows: trendRows,
    }),
    sources: sourcesOf(o, [...councils.flatMap((c) => COLUMNS.map((col, i) => o.value(c.code, col.measure, dates[i]))), ...o.series(r.code, CLA)]),
    openData: openDataLinks(r),
    mix: mixByCouncil(o, r, councils),
    profile: profileSections(o, r),
    roundingNote: 'DfE rounds regional and national counts of children to the nearest 10, and publishes each council exactly, so the sum of the councils can differ from the published total by a few children.',
  };
}

const MIX_COLUMNS: [string, string][] = [
  ['placed-foster-percent', 'Foster care'],
  ['placed-childrens-homes-percent', "Children's homes"],
  ['placed-supported-accommodation-percent', 'Supported accommodation'],
  ['placed-with-parents-percent', 'With parents'],
  ['placed-for-adoption-percent', 'For adoption'],
];

function mixByCouncil(o: OfficialModel, r: OfficialArea, councils: readonly OfficialArea[]): TableView | null {
  const withMix = councils.filter((c) => o.series(c.code, 'placed-foster-percent').length);
  if (!withMix.length) return null;
  const d = o.dates('placed-foster-percent').at(-1)!;
  const homesDate = o.value(r.code, 'childrens-homes-places')?.asAt;
  return table({
    id: 'placement-mix-by-council',
    caption: `Where children in care lived at ${marchText(d)}, by council: share by type of placement${homesDate ? `, and children in children's homes against places located in the area at ${marchText(homesDate)}` : ''}`,
    columns: [
      { label: 'Council' },
      ...MIX_COLUMNS.map(([, label]) => ({ label, num: true })),
      ...(homesDate ? [{ label: `Children in children's homes (${yearOf(homesDate)})`, num: true }, { label: `Children's homes places here (${yearOf(homesDate)})`, num: true }] : []),
    ],
    rows: [...withMix, r].map((c) => ({
      head: c.name,
      ...(c === r ? { kind: 'comparator' as const } : { href: councilHref(c) }),
      cells: [
        ...MIX_COLUMNS.map(([m]) => cell(o, o.value(c.code, m, d))),
        ...(homesDate ? [cell(o, o.value(c.code, 'placed-childrens-homes', homesDate)), cell(o, o.value(c.code, 'childrens-homes-places', homesDate))] : []),
      ],
    })),
    notes: ["Children in children's homes are the council's own children in care, wherever they live (DfE); places are those located in the area, open to any council (Ofsted)."],
  });
}

export interface RegionsIndexView {
  meta: PageMeta;
  map: ChartOutput | null;
  england: { summary: string[]; openData: OpenDataLinks; card?: PageMeta['card'] };
  table: TableView;
}

const regionsIndexCache = new WeakMap<OfficialModel, RegionsIndexView>();

/** The regions index, once per official model: the home page, its share card and /regions/ all read it. */
export function regionsIndexView(o: OfficialModel): RegionsIndexView {
  let v = regionsIndexCache.get(o);
  if (!v) regionsIndexCache.set(o, (v = buildRegionsIndexView(o)));
  return v;
}

function buildRegionsIndexView(o: OfficialModel): RegionsIndexView {
  const d = o.dates(CLA).at(-1) ?? '';
  const hd = o.dates('childrens-homes').at(-1) ?? '';
  const e = o.england;
  const row = (a: OfficialArea, link: boolean) => ({
    head: a.name,
    ...(link ? { href: regionHref(a) } : {}),
    kind: link ? undefined : ('total' as const),
    cells: [String(o.councilsIn(a.code).filter((c) => c.status === 'current').length || o.councils.filter((c) => c.status === 'current').length), cell(o, o.value(a.code, CLA, d)), cell(o, o.value(a.code, RATE, d)), cell(o, o.value(a.code, 'childrens-homes', hd)), cell(o, o.value(a.code, 'childrens-homes-places', hd))],
  });
  const cla = o.value(e.code, CLA, d);
  const places = o.value(e.code, 'childrens-homes-places', hd);
  return {
    meta: {
      title: 'Regions of England',
      description: `${cla ? `${cell(o, cla)} children in care in England at ${formatDate(d)}` : 'Children in care in England'}${places ? `, ${cell(o, places)} children's homes places` : ''}: each region and its councils, from DfE and Ofsted official statistics.`,
      kind: 'index',
      dataAsAt: formatDate(d),
      dataUpdated: releaseOf(o, o.value(o.england.code, CLA, d)?.source ?? ''),
      audiences: ['providers', 'councillors'],
    },
    map: registryChart(o, e, `region-map-${e.slug}-${RATE}`),
    england: {
      openData: openDataLinks(e),
      ...(cla ? { card: { number: cell(o, cla), label: `children in care in England at ${formatDate(d)}`, place: 'England', when: 'Official statistics: DfE and Ofsted', series: o.series(e.code, CLA).flatMap((v) => (num(v.shown) !== null ? [num(v.shown)!] : [])) } } : {}),
      summary: [
        ...(cla ? [`${cell(o, cla)} children in care in England at ${formatDate(d)} (${cell(o, o.value(e.code, RATE, d))} per 10,000 children).`] : []),
        ...(places ? [`${cell(o, o.value(e.code, 'childrens-homes', hd))} children's homes with ${cell(o, places)} places (Ofsted, ${formatDate(hd)}).`] : []),
      ],
    },
    table: table({
      id: 'regions-table',
      caption: 'Regions of England: latest official figures',
      columns: [{ label: 'Region' }, { label: 'Councils', num: true }, { label: `Children in care ${yearOf(d)}`, num: true }, { label: 'Per 10,000 children', num: true }, { label: `Children's homes ${yearOf(hd)}`, num: true }, { label: 'Places', num: true }],
      rows: [...o.regions.map((r) => row(r, true)), row(e, false)],
      notes: ['Regional and England counts of children are rounded by DfE to the nearest 10.'],
    }),
  };
}

