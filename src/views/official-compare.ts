/**
 * The council's own figures beside the official ones (DfE, Ofsted) for the same thing. Which
 * measures pair is data (official-pairs.json in the council's folder); this builds, for each pair,
 * the council's latest figure as at the current edition, the official series for the council's
 * ONS code (oldest first), the latest official figure when it is newer than the council's, the
 * days both publish a figure for, DfE's revisions, and the reason the two may differ. A pair whose
 * official series is empty (e.g. a council DfE does not report) is left out, so a council with
 * no official data shows no comparison.
 */
import type { Model, ShownObservation } from '../data/model.ts';
import type { Topic } from '../data/schemas/measures.ts';
import type { OfficialPair } from '../data/schemas/official-pairs.ts';
import type { ImportedSource, ImportNote } from '../data/schemas/official-import.ts';
import { OPTIONAL_FILES } from '../data/schemas/index.ts';
import { getOfficial, type OfficialModel, type OfficialValue } from '../data/official/model.ts';
import { DataError } from '../data/data-error.ts';
import { series as councilSeries, latest } from '../data/observations.ts';
import { source as sourceOf } from '../data/queries.ts';
import type { Shown } from '../data/shown.ts';
import type { Unit } from '../data/schemas/common.ts';
import { countWord, formatDate, formatNumber, formatShown, formatShownNumber, listWords, whenText } from '../text/format.ts';
import { topicInfo } from '../text/topics.ts';
import { councilPath } from '../site/paths.ts';
import { citeView, type CiteView } from './parts.ts';
import { isRecoding } from './official-parts.ts';
import { siteView } from './site.ts';

/** An official source as a page cites it: publisher, release (linked) and file. */
export interface OfficialCiteView {
  /** "DfE", "Ofsted". */
  publisher: string;
  title: string;
  release: string;
  href?: string;
  file: string;
  /** "31 March 2025", when the citation is for one value. */
  asAt?: string;
}

export interface CompareYear {
  /** "2024" when every official date is the same day of the year (then `yearsHeading` names it), else "31 March 2024". */
  when: string;
  official: string;
  officialKind: Shown['kind'];
  /** "revised from 446", when a later release changed the figure. */
  revised?: string;
  /** The council's figure for the same day, when one of its documents gives one. */
  council?: { value: string; cite: CiteView; differs: boolean };
}

export interface CompareRow {
  id: string;
  label: string;
  /** The full comparison on the topic page of the council's measure. */
  href: string;
  topic: Topic;
  council: { value: string; valueKind: Shown['kind']; when: string; cite: CiteView; definition: string };
  official: { label: string; value: string; valueKind: Shown['kind']; when: string; cite: OfficialCiteView; definition: string; publisher: string };
  /** The official figure is for a later date than the council's. */
  officialNewer: boolean;
  /** Which figure is newer, with both values and sources, in one sentence. */
  summary: string;
  /** Days both publish a figure for, in words: "On 31 March 2021 …". */
  sameDay: string[];
  /** What the figures themselves suggest: a council figure equal to an earlier official one, or a trend one shows and the other does not. */
  findings: string[];
  why: string;
  /** The official series, oldest first, with the council's figure on the same day. */
  years: CompareYear[];
  /** Heading of the years column: "At 31 March", or "As at". */
  yearsHeading: string;
  /** Whether any year has a council figure for the same day (else the column is left out). */
  councilYears: boolean;
  /** The official sources of the series. */
  sources: OfficialCiteView[];
  revisions: string[];
}

export interface OfficialCompareView {
  id: string;
  heading: string;
  intro: string;
  caption: string;
  rows: CompareRow[];
  /** Home page: the table only, each row linking to its full comparison. */
  compact: boolean;
}

const PUBLISHER_SHORT: Record<string, string> = {
  'Department for Education': 'DfE',
  Ofsted: 'Ofsted',
  'Office for National Statistics': 'ONS',
};
const publisherShort = (s: ImportedSource) => PUBLISHER_SHORT[s.publisher] ?? s.publisher;

export function officialCite(s: ImportedSource, asAt?: string): OfficialCiteView {
  return { publisher: publisherShort(s), title: s.title, release: s.release, href: s.url, file: s.file, asAt: asAt ? formatDate(asAt) : undefined };
}

const num = (s: Shown): number | null => (s.kind === 'number' ? s.n : null);
const pairsFile = (m: Model) => `${m.council.slug}/${OPTIONAL_FILES.officialPairs.file}`;

/** The official value at or before a date, nearest first. */
const atOrBefore = (s: readonly OfficialValue[], asAt: string) => s.filter((v) => v.asAt <= asAt).at(-1);
const before = (s: readonly OfficialValue[], asAt: string) => s.filter((v) => v.asAt < asAt).at(-1);

function direction(a: number, b: number): 'up' | 'down' | 'flat' {
  return b > a ? 'up' : b < a ? 'down' : 'flat';
}
const FALL_RISE = { up: ['a rise', 'rise'], down: ['a fall', 'fall'], flat: ['no change', 'change'] } as const;

function buildRow(m: Model, o: OfficialModel, pair: OfficialPair, index: number): CompareRow | null {
  const code = m.council.codes.ons;
  const offMeasure = o.measures.get(pair.official);
  if (!offMeasure)
    throw new DataError([{ file: pairsFile(m), path: `pairs[${index}].official`, message: `unknown official measure id "${pair.official}" (expected an id in data/official/measures.json)` }]);
  const offSeries = o.series(code, pair.official);
  if (!offSeries.length) return null;
  const measure = m.measures.find((x) => x.id === pair.strategy)!;
  const all = councilSeries(m.observations, pair.strategy);
  const council = latest(m.observations, pair.strategy, { asAt: m.edition.asAt }) ?? all.at(-1);
  if (!council) return null;

  const offLatest = offSeries.at(-1)!;
  const offSource = (v: OfficialValue) => o.sources.get(v.source)!;
  const pub = publisherShort(offSource(offLatest));
  const offUnit: Unit = offMeasure.unit;
  const fmtOff = (v: OfficialValue) => formatShown(v.shown, offUnit);
  const fmtCouncil = (x: ShownObservation) => formatShown(x.shown, x.unit, x.qualifier);
  const docName = (x: ShownObservation) => sourceOf(m, x.source).shortTitle;
  const councilWhen = (x: ShownObservation) => whenText(x);

  const cv = `${fmtCouncil(council)} (${councilWhen(council)})`;
  const ov = `${fmtOff(offLatest)} at ${formatDate(offLatest.asAt)}`;
  const summary =
    offLatest.asAt > council.asAt
      ? `${pub}'s latest figure, ${ov}, is newer than the council's ${cv}.`
      : offLatest.asAt < council.asAt
        ? `The council's figure, ${cv}, is newer than ${pub}'s latest, ${ov}.`
        : `The council's figure is ${cv} and ${pub}'s is ${ov}.`;

  // Days both publish a figure for.
  const councilByDay = new Map(all.map((x) => [x.asAt, x]));
  const revisions = o.revisions(code).filter((r) => r.measure === pair.official && !isRecoding(r));
  const sameDay: string[] = [];
  const dayOfYear = new Set(offSeries.map((v) => v.asAt.slice(5)));
  const oneDay = dayOfYear.size === 1 ? formatDate(offSeries[0].asAt).replace(/ \d{4}$/, '') : null;
  const years: CompareYear[] = offSeries.map((v) => {
    const c = councilByDay.get(v.asAt);
    const rev = revisions.find((r) => r.asAt === v.asAt);
    const a = c ? num(c.shown) : null;
    const b = num(v.shown);
    const differs = a !== null && b !== null && a !== b;
    if (c && c !== council)
      sameDay.push(
        differs
          ? `On ${formatDate(v.asAt)} the council's ${docName(c)} gives ${fmtCouncil(c)} and ${pub} ${formatShownNumber(v.shown, offUnit)}.`
          : `On ${formatDate(v.asAt)} the council's ${docName(c)} and ${pub} both give ${fmtOff(v)}.`,
      );
    return {
      when: oneDay ? v.asAt.slice(0, 4) : formatDate(v.asAt),
      official: formatShownNumber(v.shown, offUnit),
      officialKind: v.shown.kind,
      revised: rev ? `revised from ${typeof rev.from.value === 'number' ? formatNumber(rev.from.value, offUnit) : rev.from.value}` : undefined,
      council: c ? { value: fmtCouncil(c), cite: citeView(m, c, false), differs } : undefined,
    };
  });

  const findings: string[] = [];
  // A council figure that matches no official figure on its own day but equals the official one
  // just before it may be that earlier count.
  for (const c of [council, ...all.filter((x) => x !== council && offSeries.some((v) => v.asAt === x.asAt))]) {
    const same = offSeries.find((v) => v.asAt === c.asAt);
    const a = num(c.shown);
    if (a === null || (same && num(same.shown) === a)) continue;
    const prior = before(offSeries, c.asAt);
    if (prior && num(prior.shown) === a)
      findings.push(`The council's figure of ${fmtCouncil(c)} (${councilWhen(c)}, ${docName(c)}) is the same as ${pub}'s for ${formatDate(prior.asAt)}, so it may be that earlier count.`);
  }
  // A trend in the council's own document set against the official series over the same time.
  const own = all.filter((x) => x.source === council.source && x.asAt <= council.asAt);
  const prev = own.at(-2);
  const [p, l] = [prev ? num(prev.shown) : null, num(council.shown)];
  if (prev && p !== null && l !== null && p !== l) {
    const said = direction(p, l);
    const start = atOrBefore(offSeries, prev.asAt) ?? offSeries[0];
    const run = offSeries.filter((v) => v.asAt >= start.asAt);
    const [s, e] = [num(start.shown), num(offLatest.shown)];
    if (run.length > 1 && s !== null && e !== null) {
      const shown = direction(s, e);
      const verb = FALL_RISE[said][1];
      findings.push(
        `The ${docName(council)} gives ${fmtCouncil(prev)} for ${councilWhen(prev)} and ${fmtCouncil(council)} for ${councilWhen(council)}: ${FALL_RISE[said][0]}. ` +
          `${pub}'s figures from ${formatDate(start.asAt)} to ${formatDate(offLatest.asAt)} ${shown === said ? `also ${verb}` : `do not ${verb}`}: ${listWords(run.map(fmtOff))}.`,
      );
    }
  }

  const topic = measure.topic;
  const sources = [...new Set(offSeries.map((v) => v.source))].map((id) => officialCite(o.sources.get(id)!));
  const release = (id: string) => o.sources.get(id)?.release ?? id;
  return {
    id: `official-${pair.id}`,
    label: pair.label,
    href: `${councilPath(m.council.slug, `figures/${topicInfo(topic, siteView(m).words).slug}/`)}#official-${pair.id}`,
    topic,
    council: { value: fmtCouncil(council), valueKind: council.shown.kind, when: councilWhen(council), cite: citeView(m, council, false), definition: pair.strategyDefinition ?? measure.definition ?? measure.label },
    official: {
      label: offMeasure.label,
      value: fmtOff(offLatest),
      valueKind: offLatest.shown.kind,
      when: formatDate(offLatest.asAt),
      cite: officialCite(offSource(offLatest)),
      definition: offMeasure.definition ?? offMeasure.label,
      publisher: pub,
    },
    officialNewer: offLatest.asAt > council.asAt,
    summary,
    sameDay,
    findings,
    why: pair.why,
    years,
    yearsHeading: oneDay ? `At ${oneDay}` : 'As at',
    councilYears: years.some((y) => y.council),
    sources,
    revisions: revisions.map((r) => {
      const v = (x: number | string) => (typeof x === 'number' ? formatNumber(x, offUnit) : x);
      return `${pub} revised its figure for ${formatDate(r.asAt)} from ${v(r.from.value)} (${release(r.from.source)}) to ${v(r.to.value)} (${release(r.to.source)}); the table shows the revised figure.`;
    }),
  };
}

const rowsCache = new WeakMap<Model, WeakMap<OfficialModel, CompareRow[]>>();

/** Every comparison the council's pairs data asks for that has official figures, in file order. */
export function officialComparisons(m: Model, o: OfficialModel = getOfficial()): CompareRow[] {
  if (!m.officialPairs?.pairs.length) return [];
  let byOfficial = rowsCache.get(m);
  if (!byOfficial) rowsCache.set(m, (byOfficial = new WeakMap()));
  let rows = byOfficial.get(o);
  if (!rows) byOfficial.set(o, (rows = m.officialPairs.pairs.flatMap((p, i) => buildRow(m, o, p, i) ?? [])));
  return rows;
}

export type CompareWhere = { home: true } | { topic: Topic } | { fostering: true } | { placementType: string };

/** The comparisons one page shows, or null when it has none. */
export function officialCompareView(m: Model, where: CompareWhere, o: OfficialModel = getOfficial()): OfficialCompareView | null {
  const pairs = m.officialPairs?.pairs ?? [];
  const pairOf = (r: CompareRow) => pairs.find((p) => `official-${p.id}` === r.id)!;
  const rows = officialComparisons(m, o).filter((r) =>
    'home' in where ? true : 'topic' in where ? r.topic === where.topic : 'fostering' in where ? !!pairOf(r).fostering : pairOf(r).placementType === where.placementType,
  );
  if (!rows.length) return null;
  const pubs = listWords([...new Set(rows.flatMap((r) => r.sources.map((s) => s.publisher)))]);
  const home = 'home' in where;
  return {
    id: 'official',
    heading: home ? "How the strategy's figures compare with official statistics" : 'Compared with official statistics',
    intro: home
      ? `${pubs} publish${pubs.includes(' and ') ? '' : 'es'} official figures for every council each year. For ${countWord(rows.filter((r) => r.officialNewer).length)} of these ${countWord(rows.length)} measures the official figure is newer than the council's. Each measure links to every year, both sources and why the two may differ.`
      : `${pubs}'s official figures beside the council's own, each with its date and source.`,
    caption: home ? "The council's latest figures and the latest official figures" : `The council's figures and ${pubs}'s`,
    rows,
    compact: home,
  };
}

/** Ofsted's figures for the council by parliamentary constituency, as Ofsted gives them. */
export interface ConstituencyView {
  id: string;
  heading: string;
  caption: string;
  note: string;
  /** Constituencies that share a name with one of the council's localities but not its area, in words. */
  sameNames?: string;
  columns: string[];
  rows: { name: string; values: string[] }[];
  /** The whole council, from the same release. */
  total: { name: string; values: string[] } | null;
  /** Where the publisher's own sheets disagree, in plain words. */
  sheetNotes: string[];
  cite: OfficialCiteView;
}

/** The importer's wording of a provider in one Ofsted sheet and not the other (scripts/import/datasets/ofsted.ts). */
const MISSING = /^(.+?) in (.+?) \((.+?)\), (.+?), (\d+|no) places, registered (\d{4}-\d{2}-\d{2}): in (\S+) but not in (\S+)\. Counted from (\S+)\.$/;
const SECTOR_WORDS: Record<string, string> = {
  'Local Authority': 'run by a council',
  Private: 'run by a private provider',
  Voluntary: 'run by a voluntary organisation',
  'Health Authority': 'run by the NHS',
  Academy: 'run by an academy',
};

export function constituencyView(m: Model, placementType: string, o: OfficialModel = getOfficial()): ConstituencyView | null {
  const cfg = m.officialPairs?.constituencies;
  if (!cfg || cfg.placementType !== placementType) return null;
  const code = m.council.codes.ons;
  const area = o.area(code);
  cfg.columns.forEach((c, i) => {
    if (!o.measures.has(c.measure)) throw new DataError([{ file: pairsFile(m), path: `constituencies.columns[${i}].measure`, message: `unknown official measure id "${c.measure}" (expected an id in data/official/measures.json)` }]);
  });
  const list = o.constituenciesOf(code);
  const rows = list
    .map((c) => ({ c, vals: cfg.columns.map((col) => o.constituencyValue(c.id, col.measure)) }))
    .filter((r) => r.vals[0] !== undefined);
  if (!area || !rows.length) return null;
  const sample = rows[0].vals[0]!;
  const src = o.sources.get(sample.source)!;
  const totals = cfg.columns.map((col) => o.value(code, col.measure, sample.asAt));
  const show = (v: OfficialValue | undefined) => (v ? formatShownNumber(v.shown, o.measures.get(v.measure)!.unit) : 'not published');
  const typeName = siteView(m).typeNames.get(placementType) ?? placementType;

  // Notes about this provider type in this council's constituencies.
  const names = new Set(rows.map((r) => r.c.name));
  const other = [...o.sources.values()].find((s) => s.id !== src.id && s.release === src.release && s.publisher === src.publisher);
  const sheetNotes = o.notes
    .filter((n: ImportNote) => n.kind === 'missing-from-sheet' && n.asAt === sample.asAt)
    .flatMap((n) => {
      const x = MISSING.exec(n.message);
      if (!x) return [];
      const [, type, la, cons, sector, places, registered, , , counted] = x;
      if (type !== cfg.providerType || la !== area.name || !names.has(cons)) return [];
      const row = rows.find((r) => r.c.name === cons)!;
      const placesN = places === 'no' ? 0 : Number(places);
      const without = cfg.columns.flatMap((col, i) => {
        const v = row.vals[i];
        const unit = o.measures.get(col.measure)!.unit;
        if (!v || v.shown.kind !== 'number') return [];
        const n = unit === 'homes' ? v.shown.n - 1 : unit === 'places' ? v.shown.n - placesN : null;
        return n === null ? [] : [`${formatNumber(n, unit)} ${col.label.toLowerCase()}`];
      });
      const countedHere = row.vals[0]?.locator?.startsWith(counted);
      return [
        `${publisherShort(src)}'s two sheets for ${formatDate(n.asAt)} disagree about ${cons}. ` +
          `A ${type.toLowerCase()} ${SECTOR_WORDS[sector] ?? `(${sector})`}, with ${placesN} place${placesN === 1 ? '' : 's'} and registered on ${formatDate(registered)}, ` +
          `is in “${countedHere ? src.title : counted}” but not in ${other && countedHere ? `“${other.title}”` : 'the other sheet'}. ` +
          `${countedHere ? 'This table counts it' : `It was counted from ${counted}`}${without.length ? `; without it ${cons} would have ${listWords(without)}` : ''}.`,
      ];
    });

  const localityNames = new Set(m.localities.map((l) => l.name));
  const shared = rows.map((r) => r.c.name).filter((n) => localityNames.has(n));
  return {
    id: 'by-constituency',
    sameNames: shared.length
      ? `${listWords(shared)} ${shared.length === 1 ? 'is' : 'are'} named here as ${shared.length === 1 ? 'a constituency' : 'constituencies'}; the council's ${shared.length === 1 ? 'locality' : 'localities'} of the same name need not cover the same ground.`
      : undefined,
    heading: `${typeName} by parliamentary constituency`,
    caption: `${typeName} in ${area.name} by parliamentary constituency, ${formatDate(sample.asAt)} (${publisherShort(src)})`,
    note: cfg.note,
    columns: cfg.columns.map((c) => c.label),
    rows: rows.map((r) => ({ name: r.c.name, values: r.vals.map(show) })),
    total: totals.every((t) => t) ? { name: `All of ${area.name}`, values: totals.map(show) } : null,
    sheetNotes,
    cite: officialCite(src, sample.asAt),
  };
}
