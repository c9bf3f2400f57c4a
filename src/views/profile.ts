/**
 * The official profile of a council or region, section by section, as data/site/profile.json
 * declares it. Every section comes out in one shape (heading, what it shows, sentences, a chart,
 * tables, notes, sources), so one component draws them all (ProfileSection.astro).
 *
 * Comparators: the region and England from their own published rows; the council's 10
 * statistical neighbours (DfE) each and their median (computed here); its rank and quarter among
 * the current councils with a figure. "Higher" and "lower" only; "better" only where the
 * publisher states which way is better (the measure's polarity).
 */
import type { OfficialModel } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import type { ProfileSection as SectionDef, CompareMeasure } from '../data/schemas/profile.ts';
import type { Inspection } from '../data/schemas/official-import.ts';
import type { Measure } from '../data/schemas/measures.ts';
import { profileCatalogue } from '../data/profile.ts';
import { sumShown } from '../data/official/rollup.ts';
import { QUARTILE_WORDS, neighboursMedian, roundFor, standing } from '../data/official/standing.ts';
import { formatDate, formatNumber } from '../text/format.ts';
import { officialChart } from '../charts/registry.ts';
import { inWords, said } from '../data/official/read.ts';
import type { ChartOutput } from '../charts/kit/output.ts';
import { cell, totalCell, totalText, councilHref, num, oncePerArea, sourcesOf, table, theRegion, unitOf, yearOf, type SourceLine, type TableView } from './official-parts.ts';
import { href } from '../site/paths.ts';

export interface ProfileSectionView {
  id: string;
  heading: string;
  about: string;
  /** "31 March 2025", or "financial year 2024-25". */
  when: string;
  /** Sentences computed from the figures, each saying what it was computed from where it is. */
  text: string[];
  chart: ChartOutput | null;
  /** The first is shown; the rest are folded under their `fold` label. */
  tables: (TableView & { fold?: string })[];
  sources: SourceLine[];
  /** The England-wide comparison of the section's headline measure, where there is one. */
  compare?: { label: string; href: string };
}

export const compareHref = (id: string) => href(`compare/${id}/`);

const polarityWords = (m: Measure | undefined) =>
  m?.polarity ? ` DfE states that ${m.polarity === 'higher-is-better' ? 'a higher' : 'a lower'} figure is better for this measure.` : '';

/** The newest date the area has any of the measures at. */
function latestOf(o: OfficialModel, area: string, measures: readonly string[]): string | undefined {
  return measures.flatMap((m) => o.series(area, m).map((v) => v.asAt)).sort().at(-1);
}

const pctText = (n: number) => `${Math.round(n)}%`;

function partsSection(o: OfficialModel, a: OfficialArea, s: SectionDef): ProfileSectionView | null {
  if (a.level === 'region' && s.regionRows === 'sum-of-councils') return regionSumSection(o, a, s);
  const counts = s.parts.map((p) => p.measure);
  const d = latestOf(o, a.code, [...counts, ...(s.total ? [s.total] : [])]);
  if (!d) return null;
  const have = s.parts.some((p) => o.value(a.code, p.measure, d) || (p.share && o.value(a.code, p.share, d)));
  if (!have) return null;
  const region = a.level === 'council' && s.comparators.includes('region') ? o.regionOf(a.code) : undefined;
  const withEngland = s.comparators.includes('england') && a.level !== 'country';
  const withNeighbours = a.level === 'council' && s.comparators.includes('neighbours') && o.neighboursOf(a.code).length > 0;
  const total = s.total ? o.value(a.code, s.total, d) : undefined;
  const totalN = num(total?.shown);
  const unit = unitOf(o, counts[0]);
  const hasShares = s.parts.some((p) => p.share);
  const shareOf = (area: string, p: SectionDef['parts'][number]) => (p.share ? cell(o, o.value(area, p.share, d)) : '');
  const computedShare = (p: SectionDef['parts'][number]) => {
    const n = num(o.value(a.code, p.measure, d)?.shown);
    return n !== null && totalN ? `${pctText((100 * n) / totalN)} (computed)` : '–';
  };
  const medianShare = (p: SectionDef['parts'][number]) => {
    const st = neighboursMedian(o, a.code, p.share ?? p.measure, d);
    return st && st.median !== null ? `${formatNumber(roundFor(st.median, unitOf(o, p.share ?? p.measure)), unitOf(o, p.share ?? p.measure))} (computed)` : '–';
  };
  const columns = [
    { label: s.parts.length ? 'Part' : '' },
    { label: unit === 'gbp' ? 'Spent' : unit === 'young-people' ? 'Young people' : 'Children', num: true },
    { label: hasShares ? 'Share' : 'Share of the total', num: true },
    ...(region && hasShares ? [{ label: `${region.name} share`, num: true }] : []),
    ...(withEngland ? [{ label: hasShares ? 'England share' : 'England', num: true }] : []),
    ...(withNeighbours ? [{ label: hasShares ? "Neighbours' median share" : "Neighbours' median", num: true }] : []),
  ];
  const rows = s.parts.map((p) => ({
    head: p.label,
    cells: [
      cell(o, o.value(a.code, p.measure, d)),
      hasShares ? shareOf(a.code, p) : computedShare(p),
      ...(region && hasShares ? [shareOf(region.code, p)] : []),
      ...(withEngland ? [hasShares ? shareOf(o.england.code, p) : cell(o, o.value(o.england.code, p.measure, d))] : []),
      ...(withNeighbours ? [medianShare(p)] : []),
    ],
  }));
  if (total) {
    const m = o.measures.get(s.total!);
    rows.push({
      head: m?.label.replace(/ \(.*\)$/, '') ?? 'Total',
      kind: 'total' as const,
      cells: [cell(o, total), '', ...(region && hasShares ? [''] : []), ...(withEngland ? [hasShares ? '' : cell(o, o.value(o.england.code, s.total!, d))] : []), ...(withNeighbours ? [hasShares ? '' : medianShare({ label: '', measure: s.total! })] : [])],
    } as (typeof rows)[number] & { kind: 'total' });
  }
  const when = total?.period ?? o.value(a.code, counts[0], d)?.period ?? formatDate(d);
  const main = table({
    id: `${s.id}-table`,
    caption: `${s.heading}: ${a.name}, ${when}`,
    columns,
    rows,
    notes: [
      ...s.notes,
      ...(withNeighbours ? ["Neighbours' median: the middle value of the council's 10 statistical neighbours (DfE) with a figure, worked out by us."] : []),
      ...(!hasShares ? ['“computed”: the line as a share of the total, worked out by us from the two published figures.'] : []),
      // The publisher's own notes on these figures (MHCLG's M and [note 4], for example), each once.
      ...new Set([...s.parts.map((p) => p.measure), ...(s.total ? [s.total] : [])].map((m) => o.value(a.code, m, d)?.note).filter((n): n is string => !!n)),
    ],
  });
  // Earlier years: the council's shares (or sums) at each date.
  const dates = [...new Set(s.parts.flatMap((p) => o.series(a.code, p.share ?? p.measure).map((v) => v.asAt)))].sort();
  const years =
    dates.length > 1
      ? {
          ...table({
            id: `${s.id}-years-table`,
            caption: `${s.heading}: ${a.name}, ${yearOf(dates[0])} to ${yearOf(dates.at(-1)!)} (at 31 March)`,
            columns: [{ label: 'Part' }, ...dates.map((x) => ({ label: yearOf(x), num: true }))],
            rows: s.parts.map((p) => ({ head: p.label, cells: dates.map((x) => cell(o, o.value(a.code, p.share ?? p.measure, x))) })),
            notes: hasShares ? ['Shares of the council’s children at each 31 March, as DfE publishes them.'] : [],
          }),
          fold: `Earlier years, ${yearOf(dates[0])} to ${yearOf(dates.at(-1)!)}`,
        }
      : null;
  const text: string[] = [];
  const headline = s.headline ? o.value(a.code, s.headline, d) : undefined;
  if (headline && s.headline) {
    const m = o.measures.get(s.headline);
    const rv = region ? o.value(region.code, s.headline, d) : undefined;
    const ev = a.level !== 'country' ? o.value(o.england.code, s.headline, d) : undefined;
    text.push(`${prose(m?.label ?? s.headline)}: ${inWords(o, headline)} in ${a.name} (${when})${rv ? `, ${inWords(o, rv)} in ${theRegion(region!.name)}` : ''}${ev ? `, ${inWords(o, ev)} in England` : ''}.`.replace(/^./, (c) => c.toUpperCase()));
    // The rank, quarter and neighbours' median are the chart's takeaway; DfE's polarity, where stated, is said here.
    const pol = polarityWords(m).trim();
    if (pol) text.push(pol);
    if (m?.definition && o.measures.get(s.headline)?.sourceKind === 'official' && /computed|Worked out by us/i.test(m.definition)) text.push(m.definition);
  }
  const cmp = compareFor(s.headline);
  return {
    id: s.id,
    heading: s.heading,
    about: s.about,
    when,
    text,
    chart: s.headline && headline ? officialChart(o, a, `${s.id}-chart`) : null,
    tables: [main, ...(years ? [years] : [])],
    sources: sourcesOf(o, [...s.parts.flatMap((p) => [o.value(a.code, p.measure, d), p.share ? o.value(a.code, p.share, d) : undefined]), total]),
    ...(cmp ? { compare: cmp } : {}),
  };
}

/** A measure's label as a sentence's subject: without DfE's "(percentage)" suffix, since the value has its % sign. */
const prose = (label: string) => lowerFirst(label.replace(/ \(percentage\)$/, ''));

/**
 * A region's section where the publisher has no regional rows: each line summed over the region's
 * current councils, said to be a sum, "at least" where a council's figure is not available, and
 * the council notes (MHCLG's M: return not received) carried over.
 */
function regionSumSection(o: OfficialModel, a: OfficialArea, s: SectionDef): ProfileSectionView | null {
  const councils = o.councilsIn(a.code).filter((c) => c.status === 'current');
  const measures = [...s.parts.map((p) => p.measure), ...(s.total ? [s.total] : [])];
  const d = measures.flatMap((m) => o.dates(m)).sort().at(-1);
  if (!d || !councils.some((c) => o.value(c.code, measures[0], d))) return null;
  const sumOf = (m: string) => totalText(sumShown(councils.map((c) => o.value(c.code, m, d)?.shown ?? ({ kind: 'not-published' } as const))), unitOf(o, m));
  const missing = councils.filter((c) => measures.some((m) => o.value(c.code, m, d)?.shown.kind !== 'number'));
  const period = o.value(councils[0].code, measures[0], d)?.period ?? formatDate(d);
  const rows = [
    ...s.parts.map((p) => ({ head: p.label, cells: [sumOf(p.measure), cell(o, o.value(o.england.code, p.measure, d))] })),
    ...(s.total ? [{ head: o.measures.get(s.total)?.label ?? 'Total', cells: [sumOf(s.total), cell(o, o.value(o.england.code, s.total, d))], kind: 'total' as const }] : []),
  ];
  const notes = [...new Set(missing.flatMap((c) => measures.map((m) => o.value(c.code, m, d)?.note).filter((n): n is string => !!n)))];
  return {
    id: s.id,
    heading: s.heading,
    about: s.about,
    when: period,
    text: [`${a.name}'s councils together: ${sumOf(s.total ?? measures[0])} (${period}), the sum of ${councils.length - missing.length} of its ${councils.length} councils' own figures, worked out by us.`],
    chart: null,
    tables: [
      table({
        id: `${s.id}-table`,
        caption: `${s.heading}: the councils of ${theRegion(a.name)} added up, ${period}`,
        columns: [{ label: 'Line' }, { label: `Sum of ${a.name}'s councils (computed)`, num: true }, { label: 'England (MHCLG)', num: true }],
        rows,
        notes: [
          ...s.notes,
          ...(missing.length ? [`Not in the sum: ${missing.map((c) => c.name).join(', ')}, whose figure is not available.`, ...notes] : []),
        ],
      }),
    ],
    sources: sourcesOf(o, councils.map((c) => o.value(c.code, measures[0], d))),
  };
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) && !/^(England|Ofsted|DfE)/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function compareFor(measure: string | undefined): ProfileSectionView['compare'] | undefined {
  if (!measure) return undefined;
  const c = profileCatalogue().compare.find((x) => x.measure === measure && x.kind === 'measure');
  return c ? { label: `${c.heading}: every council in England`, href: compareHref(c.id) } : undefined;
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
/** Ofsted's other registered provision that houses children, counted apart from children's homes. */
const OTHER_PROVISION: [string, string, string][] = [
  ['ofsted-providers-secure-childrens-home', 'ofsted-places-secure-childrens-home', 'Secure children’s homes'],
  ['ofsted-providers-residential-special-school-registered-as-a-childrens-home', 'ofsted-places-residential-special-school-registered-as-a-childrens-home', 'Residential special schools registered as children’s homes'],
  ['ofsted-providers-residential-family-centre', 'ofsted-places-residential-family-centre', 'Residential family centres'],
  ['ofsted-providers-independent-fostering-agency', 'ofsted-places-independent-fostering-agency', 'Independent fostering agencies (offices registered here)'],
];

function supplySection(o: OfficialModel, a: OfficialArea, s: SectionDef): ProfileSectionView | null {
  const homes = o.value(a.code, 'childrens-homes');
  const places = o.value(a.code, 'childrens-homes-places');
  if (!homes || !places) return null;
  const d = homes.asAt;
  const region = a.level === 'council' ? o.regionOf(a.code) : undefined;
  const pair = (x: string, m: string) => [cell(o, o.value(x, m, d)), cell(o, o.value(x, m.replace('childrens-homes', 'childrens-homes-places'), d))];
  const totals = (x: string) => [totalCell(o, o.value(x, 'childrens-homes', d)), totalCell(o, o.value(x, 'childrens-homes-places', d))];
  const n = num(homes.shown);
  const p = num(places.shown);
  const priv = num(o.value(a.code, 'childrens-homes-places-private', d)?.shown);
  const text = [
    `Ofsted counted ${said(o, homes)} children's ${n === 1 ? 'home' : 'homes'} with ${said(o, places)} ${p === 1 ? 'place' : 'places'} located in ${a.name} at ${formatDate(d)}${priv !== null && p ? `; ${pctText((100 * priv) / p)} of the places were run by private providers (share worked out by us from Ofsted's counts)` : ''}. Homes located here can take children from any council.`,
    "What Ofsted counts here: children's homes registered with Ofsted, including homes whose registration was suspended at the date; secure children's homes and residential special schools registered as children's homes are counted apart, below, not in these totals.",
  ];
  const others = OTHER_PROVISION.filter(([pm]) => o.value(a.code, pm, d));
  const cmp = compareFor('children-in-childrens-homes-per-local-place');
  const list = a.level === 'council' ? o.constituenciesOf(a.code) : [];
  return {
    id: s.id,
    heading: s.heading,
    about: s.about,
    when: formatDate(d),
    text,
    chart: a.level === 'council' ? officialChart(o, a, `${s.id}-chart`) : null,
    tables: [
      table({
        id: 'homes-by-sector-table',
        caption: `Children's homes located in ${a.name} at ${formatDate(d)}, by sector`,
        columns: [{ label: 'Sector' }, { label: 'Homes', num: true }, { label: 'Places', num: true }],
        rows: [
          ...SECTORS.map(([k, label]) => ({ head: label, cells: pair(a.code, `childrens-homes-${k}`) })),
          { head: `All children's homes in ${a.name}`, cells: pair(a.code, 'childrens-homes'), kind: 'total' as const },
          ...(region ? [{ head: `${region.name}, all`, cells: totals(region.code), kind: 'comparator' as const }] : []),
          ...(a.level !== 'country' ? [{ head: 'England, all', cells: totals(o.england.code), kind: 'comparator' as const }] : []),
        ],
        notes: [(region && o.value(region.code, 'childrens-homes', d)?.derived) || o.value(o.england.code, 'childrens-homes', d)?.derived ? 'Ofsted publishes no regional total in this list; the region’s and England’s totals are counted by us from it.' : 'Totals for the region and England are Ofsted’s own.'],
      }),
      ...(others.length
        ? [
            {
              ...table({
                id: 'other-provision-table',
                caption: `Other provision Ofsted registered in ${a.name} at ${formatDate(d)}, not counted as children's homes above`,
                columns: [{ label: 'Kind of provision' }, { label: 'Providers', num: true }, { label: 'Places', num: true }],
                rows: others.map(([pm, pl, label]) => ({ head: label, cells: [cell(o, o.value(a.code, pm, d)), cell(o, o.value(a.code, pl, d))] })),
                notes: ['An independent fostering agency is counted where its office is registered; its carers may live elsewhere, and Ofsted gives no places for it.'],
              }),
              fold: 'Other provision: secure homes, residential special schools, family centres, fostering agencies',
            },
          ]
        : []),
      {
        ...table({
          id: 'homes-by-rating-table',
          caption: `Children's homes located in ${a.name} at ${formatDate(d)}, by Ofsted's latest overall judgement`,
          columns: [{ label: 'Latest judgement' }, { label: 'Homes', num: true }, { label: 'Places', num: true }],
          rows: RATINGS.map(([k, label]) => ({ head: label, cells: pair(a.code, `childrens-homes-${k}`) })),
          notes: [`The judgement is the overall experiences and progress of children at the latest full inspection before ${formatDate(d)}; homes registered recently may not yet be inspected.`],
        }),
        fold: 'By Ofsted judgement',
      },
      ...(list.length
        ? [
            {
              ...table({
                id: 'homes-by-constituency-table',
                caption: `Children's homes in ${a.name} by parliamentary constituency, ${formatDate(d)}`,
                columns: [{ label: 'Constituency' }, { label: 'Homes', num: true }, { label: 'Places', num: true }],
                rows: list.map((c) => ({ head: c.name, cells: [cell(o, o.constituencyValue(c.id, 'childrens-homes')), cell(o, o.constituencyValue(c.id, 'childrens-homes-places'))] })),
                notes: ["Ofsted gives no address for children's homes; the parliamentary constituency (2010 boundaries) is the smallest area it publishes."],
              }),
              fold: 'By parliamentary constituency',
            },
          ]
        : []),
    ],
    sources: sourcesOf(o, [homes, places]),
    ...(cmp ? { compare: cmp } : {}),
  };
}

function needSupplySection(o: OfficialModel, a: OfficialArea, s: SectionDef): ProfileSectionView | null {
  const id = s.headline ?? 'children-in-childrens-homes-per-local-place';
  const def = profileCatalogue().computed.find((c) => c.id === id);
  const ratio = o.series(a.code, id).at(-1);
  if (!def || !ratio?.computedFrom) return null;
  const [placed, places] = ratio.computedFrom;
  const d = ratio.asAt;
  const net = o.value(a.code, 'placement-net-gain', d);
  const netN = num(net?.shown);
  const text = [
    `At ${formatDate(d)}, ${said(o, placed)} of ${a.name}'s own children in care lived in secure or children's homes, anywhere (DfE), and Ofsted counted ${said(o, places)} children's homes places located in ${a.name}: ${formatNumber(num(ratio.shown)!, 'ratio')} of the council's children for each local place (computed).`,
    def.caveat ?? '',
    ...(net ? [`The net gain at the same date was ${netN !== null && netN > 0 ? '+' : ''}${said(o, net)}: ${netN === null ? 'DfE gives no number' : netN > 0 ? `${formatNumber(netN, 'children')} more children placed into ${a.name} by other councils than it placed outside` : netN < 0 ? `${formatNumber(-netN, 'children')} more of its own children placed outside than other councils placed in` : 'as many placed in as placed out'} (all kinds of placement, not only children's homes).`] : []),
  ].filter(Boolean);
  const cmp = compareFor(id);
  return {
    id: s.id,
    heading: s.heading,
    about: s.about,
    when: formatDate(d),
    text,
    chart: officialChart(o, a, `${s.id}-chart`),
    tables: [
      table({
        id: 'homes-against-children-table',
        caption: `${a.name}'s children in children's homes against children's homes places located in it, ${formatDate(d)}`,
        columns: [{ label: 'Figure' }, { label: 'Number', num: true }, { label: 'Source' }],
        rows: [
          { head: `${a.name}'s children in care living in secure or children's homes (anywhere)`, cells: [cell(o, placed), sourceName(o, placed.source)] },
          { head: `Children's homes places located in ${a.name} (for any council's children)`, cells: [cell(o, places), sourceName(o, places.source)] },
          { head: 'Children for each local place (computed: the first divided by the second)', cells: [cell(o, ratio), 'Worked out by us'], kind: 'total' as const },
          ...(net ? [{ head: 'Net gain: placed in by other councils minus placed out (all placements)', cells: [cell(o, net), sourceName(o, net.source)] }] : []),
        ],
        notes: [def.definition],
      }),
    ],
    sources: sourcesOf(o, [placed, places, net]),
    ...(cmp ? { compare: cmp } : {}),
  };
}

const sourceName = (o: OfficialModel, id: string) => {
  const s = o.sources.get(id);
  return s ? `${s.publisher}, ${s.release}` : id;
};

export const JUDGEMENT_WORDS: Record<string, string> = { outstanding: 'Outstanding', good: 'Good', 'requires-improvement': 'Requires improvement to be good', inadequate: 'Inadequate' };

function inspectionSection(o: OfficialModel, a: OfficialArea, s: SectionDef): ProfileSectionView | null {
  const i = o.inspection(a.code);
  if (!i) return null;
  const neighbours = o.neighboursOf(a.code);
  const src = o.sources.get(i.source);
  const rows: [string, keyof Inspection][] = [
    ['Overall effectiveness', 'overall'],
    ['The impact of leaders on social work practice with children and families', 'leaders'],
    ['The experiences and progress of children who need help and protection', 'helpAndProtection'],
    ['The experiences and progress of children in care', 'childrenInCare'],
    ['The experiences and progress of care leavers', 'careLeavers'],
  ];
  const cmp = profileCatalogue().compare.find((c) => c.kind === 'judgement');
  return {
    id: s.id,
    heading: s.heading,
    about: s.about,
    when: formatDate(i.asAt),
    text: [`Ofsted's latest inspection of ${a.name}'s children's services began on ${formatDate(i.inspected)} and was published on ${formatDate(i.published)}: overall, ${JUDGEMENT_WORDS[i.overall].toLowerCase()} (Ofsted's list at ${formatDate(i.asAt)}).`],
    chart: null,
    tables: [
      table({
        id: 'inspection-table',
        caption: `Ofsted's judgements of ${a.name}'s children's services, inspection of ${formatDate(i.inspected)}`,
        columns: [{ label: 'Judgement' }, { label: 'Grade' }],
        rows: rows.map(([label, k]) => ({ head: label, cells: [i[k] ? JUDGEMENT_WORDS[i[k] as string] : 'not judged on its own (inspected before January 2023, with children in care)'] })),
        notes: ['Ofsted grades each judgement on a four-point scale: outstanding, good, requires improvement to be good, inadequate.'],
      }),
      ...(neighbours.length
        ? [
            {
              ...table({
                id: 'inspection-neighbours-table',
                caption: `Overall judgements of ${a.name}'s statistical neighbours`,
                columns: [{ label: 'Council' }, { label: 'Overall effectiveness' }, { label: 'Inspection began' }],
                rows: neighbours.map((n) => {
                  const x = o.inspection(n.area.code);
                  return { head: n.area.name, href: councilHref(n.area), cells: [x ? JUDGEMENT_WORDS[x.overall] : 'no inspection listed', x ? formatDate(x.inspected) : '–'] };
                }),
              }),
              fold: "Statistical neighbours' overall judgements",
            },
          ]
        : []),
    ],
    sources: src ? [{ id: src.id, title: src.title, release: src.release, publisher: src.publisher, url: src.url }] : [],
    ...(cmp ? { compare: { label: `${cmp.heading}: every council in England`, href: compareHref(cmp.id) } } : {}),
  };
}

const BUILDERS: Record<SectionDef['kind'], (o: OfficialModel, a: OfficialArea, s: SectionDef) => ProfileSectionView | null> = {
  parts: partsSection,
  supply: supplySection,
  'need-supply': needSupplySection,
  inspection: inspectionSection,
};

/** Every section the area has figures for, in the catalogue's order. */
export const profileSections = oncePerArea((o, a): ProfileSectionView[] =>
  profileCatalogue()
    .sections.filter((s) => !(s.councilsOnly && a.level !== 'council'))
    .map((s) => BUILDERS[s.kind](o, a, s))
    .filter((x): x is ProfileSectionView => x !== null),
);

export interface KeyMeasuresView {
  table: TableView;
}

/** "How <council> compares": each England-wide measure with its neighbours' median, region, England, rank and quarter. */
export const keyMeasures = oncePerArea((o, a): TableView | null => {
  const list = profileCatalogue().compare.filter((c): c is CompareMeasure => c.kind === 'measure');
  const region = a.level === 'council' ? o.regionOf(a.code) : undefined;
  const council = a.level === 'council';
  const rows = list.flatMap((c) => {
    const v = o.series(a.code, c.measure).at(-1);
    if (!v) return [];
    const st = council ? standing(o, a.code, c.measure, v.asAt) : null;
    // The neighbours' median stands whether or not the council has a figure itself.
    const nm = council ? neighboursMedian(o, a.code, c.measure, v.asAt) : null;
    const unit = unitOf(o, c.measure);
    return [
      {
        head: c.heading,
        href: compareHref(c.id),
        cells: [
          v.period ?? yearOf(v.asAt),
          cell(o, v),
          ...(council ? [nm && nm.median !== null ? formatNumber(roundFor(nm.median, unit), unit) : '–'] : []),
          ...(region ? [cell(o, o.value(region.code, c.measure, v.asAt))] : []),
          cell(o, o.value(o.england.code, c.measure, v.asAt)),
          ...(council ? [st ? `${st.rank} of ${st.of}` : '–', st ? QUARTILE_WORDS[st.quartile].replace(' quarter', '') : '–'] : []),
        ],
      },
    ];
  });
  if (!rows.length) return null;
  return table({
    id: 'key-measures-table',
    caption: `How ${a.name} compares: ${council ? "its statistical neighbours' median, " : ''}${region ? `${theRegion(region.name)}, ` : ''}England${council ? ', and its rank among councils' : ''}`,
    columns: [
      { label: 'Measure' },
      { label: 'Year' },
      { label: a.name, num: true },
      ...(council ? [{ label: "Neighbours' median (computed)", num: true }] : []),
      ...(region ? [{ label: region.name, num: true }] : []),
      { label: 'England', num: true },
      ...(council ? [{ label: 'Rank (1 = highest)', num: true }, { label: 'Quarter of councils' }] : []),
    ],
    rows,
    notes: [
      ...(council ? ["Rank and quarter: worked out by us among the current councils with a figure, 1 being the highest value whatever the measure; “highest” and “lowest” say nothing about better or worse. Neighbours: DfE's 10 statistical neighbours (2025 model)."] : []),
      'Each measure links to its England-wide comparison: a map and a table of every council.',
    ],
  });
});


export { said };
