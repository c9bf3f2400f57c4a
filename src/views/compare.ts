/**
 * England-wide comparisons (/compare/<id>/, from data/site/profile.json `compare`): one measure for
 * every current council, ranked (1 = highest value), with its region, the quarter it falls in, a
 * map, the regions' and England's own rows, and a CSV of all of it. A judgement (Ofsted) is listed
 * in Ofsted's own order of grades, not ranked as a number.
 */
import type { OfficialModel, OfficialValue } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import type { CompareMeasure } from '../data/schemas/profile.ts';
import { profileCatalogue } from '../data/profile.ts';
import { QUARTILE_WORDS, quartileOf, ranking } from '../data/official/standing.ts';
import { JUDGEMENTS } from '../data/schemas/official-import.ts';
import { formatDate } from '../text/format.ts';
import { symbolMeaning } from '../text/symbols.ts';
import { gradeMapChart, regionMapChart } from '../charts/region-map/input.ts';
import type { ChartOutput } from '../charts/kit/output.ts';
import { href } from '../site/paths.ts';
import { cell, councilHref, regionHref, sourcesOf, table, type SourceLine, type TableView } from './official-parts.ts';
import { compareHref, JUDGEMENT_WORDS, said } from './profile.ts';
import type { PageMeta } from './site.ts';

export interface CompareRow {
  code: string;
  name: string;
  region: string;
  when: string;
  value: string;
  /** The number sorted on, or null (a symbol, no figure). */
  n: number | null;
  rank: number | null;
  quartile: string;
  /** Why there is no rank, in the table's narrow column (the CSV has the full note). */
  short?: string;
  source: string;
  locator: string;
  note: string;
}

export interface CompareView {
  id: string;
  meta: PageMeta;
  heading: string;
  why: string;
  /** "31 March 2025" or "financial year 2024-25". */
  when: string;
  definition: string;
  polarity: string;
  summary: string[];
  map: ChartOutput | null;
  table: TableView;
  comparators: TableView | null;
  rows: CompareRow[];
  sources: SourceLine[];
  csvHref: string;
}

export const compareCsvHref = (id: string) => href(`compare/${id}.csv`);
/** The map's data is the comparison's own CSV of every council. */
const withCsv = (c: ChartOutput | null, csv: string): ChartOutput | null => (c ? { ...c, downloads: [{ label: 'Download every council (CSV)', href: csv }] } : null);

/** The reason in the table's narrow Quarter column: the value column's symbol and the key below say the rest. */
const shortWords = (v: OfficialValue | undefined) => {
  if (!v) return 'no row';
  const s = v.shown;
  if (s.kind === 'suppressed') return 'withheld';
  if (s.kind === 'symbol') return symbolMeaning(s.symbol);
  return 'no figure';
};

const symbolWords = (v: OfficialValue | undefined) => {
  if (!v) return 'no row for this council in the release';
  const s = v.shown;
  if (s.kind === 'suppressed') return 'c: withheld by the publisher to protect confidentiality';
  if (s.kind === 'symbol') return `${s.symbol}: ${symbolMeaning(s.symbol)}`;
  return v.note ?? '';
};

function measureView(o: OfficialModel, c: CompareMeasure): CompareView | null {
  const m = o.measures.get(c.measure);
  const r = ranking(o, c.measure);
  if (!m || !r || !r.ranked.length) return null;
  const d = r.asAt;
  const any = r.ranked[0].value;
  const when = any.period ?? formatDate(d);
  const regionName = (a: OfficialArea) => o.regionOf(a.code)?.name ?? '';
  const rows: CompareRow[] = [
    ...r.ranked.map((x) => ({
      code: x.area.code,
      name: x.area.name,
      region: regionName(x.area),
      when: x.value.period ?? formatDate(x.value.asAt),
      value: cell(o, x.value),
      n: x.n,
      rank: x.rank,
      quartile: QUARTILE_WORDS[quartileOf(x.rank, r.ranked.length)],
      source: o.sources.get(x.value.source)?.title ?? x.value.source,
      locator: x.value.locator ?? '',
      note: x.value.note ?? (x.value.derived ? 'computed' : ''),
    })),
    ...r.unranked.map((x) => ({
      code: x.area.code,
      name: x.area.name,
      region: regionName(x.area),
      when,
      value: x.value ? cell(o, x.value) : '–',
      n: null,
      rank: null,
      quartile: '',
      source: x.value ? (o.sources.get(x.value.source)?.title ?? x.value.source) : '',
      locator: x.value?.locator ?? '',
      note: symbolWords(x.value),
      short: shortWords(x.value),
    })),
  ];
  const eng = o.value(o.england.code, c.measure, d);
  const top = r.ranked[0];
  const bottom = r.ranked.at(-1)!;
  const polarity = m.polarity ? `DfE states that ${m.polarity === 'higher-is-better' ? 'a higher' : 'a lower'} figure is better for this measure (${m.polarityFrom ?? 'LAIT data dictionary'}).` : 'The publisher states no direction for this measure, so the ranking says which councils are higher or lower, not better or worse.';
  const regionRows = o.regions.map((g) => ({ g, v: o.value(g.code, c.measure, d) })).filter((x) => x.v);
  return {
    id: c.id,
    heading: c.heading,
    why: c.why,
    when,
    definition: m.definition ?? m.label,
    polarity,
    summary: [
      `${r.ranked.length} of ${o.currentCouncils.length} councils have a figure at ${when}${eng ? `; England's is ${said(o, eng)}` : ''}.`,
      `Highest: ${top.area.name} (${cell(o, top.value)}); lowest: ${bottom.area.name} (${cell(o, bottom.value)}).`,
    ],
    map: withCsv(regionMapChart(o, o.england.code, c.measure, d, { councils: true, id: `compare-map-${c.id}`, title: `${c.heading}: every council in England, ${when}` }), compareCsvHref(c.id)),
    table: table({
      id: 'compare-table',
      caption: `${c.heading}: every council in England, ${when}, ranked from the highest value`,
      columns: [{ label: 'Council' }, { label: m.unit === 'percent' ? 'Per cent' : m.unit === 'gbp' ? 'Pounds' : m.unit === 'rate-per-10k' ? 'Per 10,000 children' : 'Value', num: true }, { label: 'Rank', num: true }, { label: 'Region', underHead: true }, { label: 'Quarter' }],
      sortable: true,
      // Short columns that fit a phone without scrolling (the region under the council's name there); the notes say what "Quarter" is.
      compact: true,
      rows: rows.map((x) => ({
        head: x.name,
        href: councilHref({ slug: o.area(x.code)!.slug }),
        // The column's heading says "Quarter": the cell needs only which one.
        cells: [x.value, x.rank === null ? '–' : String(x.rank), x.region, x.quartile.replace(/ quarter$/, '') || (x.short ?? '')],
        sort: [x.name, x.n, x.rank, x.region, x.rank],
      })),
      notes: ['Rank 1 is the highest value; councils with the same value share a rank. Quarter: which quarter of councils the value falls in, from the highest to the lowest. Councils without a figure come last, with the reason.', ...(any.derived ? ['Computed by us for every council from the two published figures named in the definition above.'] : [])],
    }),
    comparators: regionRows.length || eng
      ? table({
          id: 'compare-regions-table',
          caption: `${c.heading}: the regions and England, ${when}, as published`,
          columns: [{ label: 'Area' }, { label: 'Value', num: true }],
          rows: [...regionRows.map((x) => ({ head: x.g.name, href: regionHref(x.g), cells: [cell(o, x.v)] })), ...(eng ? [{ head: 'England', cells: [cell(o, eng)], kind: 'total' as const }] : [])],
          notes: any.derived ? ['Regions and England are computed from their own published rows, in the same way as each council.'] : ['The publisher\'s own regional and England rows, not sums of the councils.'],
        })
      : null,
    rows,
    sources: sourcesOf(o, [...r.ranked.map((x) => x.value), ...(any.computedFrom ?? [])]),
    csvHref: compareCsvHref(c.id),
    meta: {
      title: `${c.heading}: every council in England`,
      description: `${c.heading} for every council in England at ${when}, ranked, with the regions and England. ${c.why}`,
      kind: 'index',
      dataAsAt: when,
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Compare councils', href: href('compare/') }],
    },
  };
}

function judgementView(o: OfficialModel, c: CompareMeasure): CompareView | null {
  const list = o.inspections;
  if (!list.length) return null;
  const asAt = list[0].asAt;
  const when = formatDate(asAt);
  const order = (j: string) => JUDGEMENTS.indexOf(j as (typeof JUDGEMENTS)[number]);
  const councils = o.currentCouncils;
  const rows: CompareRow[] = councils
    .map((a) => {
      const i = o.inspection(a.code);
      return {
        code: a.code,
        name: a.name,
        region: o.regionOf(a.code)?.name ?? '',
        when: i ? formatDate(i.inspected) : '',
        value: i ? JUDGEMENT_WORDS[i[c.measure as 'overall']] : 'no inspection listed',
        n: i ? order(i[c.measure as 'overall']) : null,
        rank: null,
        quartile: '',
        source: i ? (o.sources.get(i.source)?.title ?? i.source) : '',
        locator: i?.locator ?? '',
        note: i ? `published ${formatDate(i.published)}` : 'Ofsted lists no inspection under this council at the date',
      };
    })
    .sort((a, b) => (a.n ?? 9) - (b.n ?? 9) || a.name.localeCompare(b.name, 'en-GB'));
  const counts = JUDGEMENTS.map((j) => ({ j, n: rows.filter((r) => r.n === order(j)).length }));
  const src = o.sources.get(list[0].source);
  return {
    id: c.id,
    heading: c.heading,
    why: c.why,
    when,
    definition: "Ofsted's overall effectiveness judgement at the council's latest inspection of local authority children's services (ILACS), as listed at the date.",
    polarity: 'Ofsted grades on its own four-point scale, from outstanding to inadequate; the list follows that order.',
    summary: [`Of ${rows.length} councils at ${when}: ${counts.map((x) => `${x.n} ${JUDGEMENT_WORDS[x.j].toLowerCase()}`).join(', ')}.`],
    map: withCsv(
      gradeMapChart(o, JUDGEMENTS.map((j) => JUDGEMENT_WORDS[j]), (code) => {
        const i = o.inspection(code);
        return i ? order(i[c.measure as 'overall']) : undefined;
      }, {
        id: `compare-map-${c.id}`,
        title: `${c.heading}: every council in England, Ofsted's list at ${when}`,
        measureLabel: 'Overall effectiveness (Ofsted)',
        when,
        asAt,
        source: src ? `${src.publisher}, ${src.title}` : 'Ofsted',
        takeaway: `Of ${rows.length} councils: ${counts.map((x) => `${x.n} ${JUDGEMENT_WORDS[x.j].toLowerCase()}`).join(', ')}.`,
        note: 'Councils too small to name on the map are in the table below it, and each council names its grade when you point at it or move to it with the keyboard.',
      }),
      compareCsvHref(c.id),
    ),
    table: table({
      id: 'compare-table',
      caption: `${c.heading}: every council in England, Ofsted's list at ${when}`,
      columns: [{ label: 'Council' }, { label: 'Overall effectiveness' }, { label: 'Region' }, { label: 'Inspection began' }],
      sortable: true,
      rows: rows.map((x) => ({ head: x.name, href: councilHref({ slug: o.area(x.code)!.slug }), cells: [x.value, x.region, x.when || '–'], sort: [x.name, x.n, x.region, x.when ? o.inspection(x.code)!.inspected : null] })),
      notes: ['Listed in Ofsted’s order of grades, then by name.'],
    }),
    comparators: null,
    rows,
    sources: src ? [{ id: src.id, title: src.title, release: src.release, publisher: src.publisher, url: src.url }] : [],
    csvHref: compareCsvHref(c.id),
    meta: {
      title: `${c.heading}: every council in England`,
      description: `${c.heading} for every council in England, Ofsted's list at ${when}. ${c.why}`,
      kind: 'index',
      dataAsAt: when,
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Compare councils', href: href('compare/') }],
    },
  };
}

const views = new WeakMap<OfficialModel, Map<string, CompareView | null>>();
export function compareView(o: OfficialModel, id: string): CompareView | null {
  let byId = views.get(o);
  if (!byId) views.set(o, (byId = new Map()));
  if (!byId.has(id)) {
    const c = profileCatalogue().compare.find((x) => x.id === id);
    byId.set(id, c ? (c.kind === 'judgement' ? judgementView(o, c) : measureView(o, c)) : null);
  }
  return byId.get(id)!;
}

export interface CompareIndexItem {
  id: string;
  heading: string;
  why: string;
  href: string;
  when: string;
  england: string;
}

export function compareIndex(o: OfficialModel): CompareIndexItem[] {
  return profileCatalogue().compare.flatMap((c) => {
    const v = compareView(o, c.id);
    if (!v) return [];
    const eng = c.kind === 'measure' ? o.value(o.england.code, c.measure, ranking(o, c.measure)?.asAt) : undefined;
    return [{ id: c.id, heading: c.heading, why: c.why, href: compareHref(c.id), when: v.when, england: eng ? said(o, eng) : '' }];
  });
}

/** The CSV of a comparison: every council, with rank, source file and row. */
export function compareCsv(v: CompareView): string {
  const q = (s: string | number | null) => {
    const t = s === null ? '' : String(s);
    return /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
  };
  const head = ['ons_code', 'council', 'region', 'as_at', 'value', 'rank', 'quarter', 'note', 'source', 'source_row'];
  return [head, ...v.rows.map((r) => [r.code, r.name, r.region, r.when, r.value, r.rank, r.quartile, r.note, r.source, r.locator])].map((r) => r.map(q).join(',')).join('\n') + '\n';
}
