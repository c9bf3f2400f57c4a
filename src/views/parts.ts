/**
 * Pieces several views share, each already in words: citations, headline stats, tables of
 * observations, gap lists and provision tables. Components render these and nothing else.
 */
import type { Model, ShownObservation, ShownProvision } from '../data/model.ts';
import type { Gap, Outlook } from '../data/gaps.ts';
import type { Shown } from '../data/shown.ts';
import { source as sourceOf } from '../data/queries.ts';
import { formatDate, formatShown, formatShownNumber, shownMax, unitWord, whenText, words } from '../text/format.ts';
import { gapSizeText, outlookSizeText, toGoText } from '../text/gap-words.ts';
import { suppressedExplained, symbolKey } from '../text/symbols.ts';
import { operatorWords } from '../text/council-words.ts';
import { localityHref, sourceHref, typeHref } from '../site/paths.ts';
import { siteView } from './site.ts';
import { dueState, type DueStateKind } from '../data/due.ts';
import type { Due, Outcome } from '../data/schemas/due.ts';
import { STATE_LABELS, dueWords, onBuildDay, stateSentence } from '../text/due-words.ts';

export interface CiteView {
  href: string;
  title: string;
  locator: string;
  /** "31 October 2023 (2019/20)" or absent. */
  asAt?: string;
  derived?: boolean;
}

export function citeView(m: Model, c: { source: string; locator: string; asAt?: string; period?: string; derived?: boolean }, withDate = true): CiteView {
  return {
    href: sourceHref(m.council.slug, c.source),
    title: sourceOf(m, c.source).shortTitle,
    locator: c.locator,
    asAt: withDate && c.asAt ? `${formatDate(c.asAt)}${c.period ? ` (${c.period})` : ''}` : undefined,
    derived: c.derived,
  };
}

export interface StatView {
  number: string;
  unit: string;
  label: string;
  context?: string;
  cite: CiteView;
}

export function statView(m: Model, o: ShownObservation, label?: string): StatView {
  const published = o.shown.kind === 'number' || o.shown.kind === 'range';
  return {
    number: formatShownNumber(o.shown, o.unit, o.qualifier),
    unit: published ? unitWord(o.unit, shownMax(o.shown)) : '',
    label: label ?? o.label,
    cite: citeView(m, o),
  };
}

export interface ObservationRow {
  label: string;
  /** The comparator, where it is not the council: "england", in words. */
  area?: string;
  value: string;
  valueKind: Shown['kind'];
  when: string;
  cite: CiteView;
  note?: string;
  alternatives: string[];
}

export interface ObservationTableView {
  caption: string;
  id?: string;
  rows: ObservationRow[];
  /** Meanings of the symbols the table uses. */
  key: string[];
}

export function observationTable(m: Model, obs: readonly ShownObservation[], caption: string, id?: string): ObservationTableView {
  return {
    caption,
    id,
    rows: obs.map((o) => ({
      label: o.label,
      area: o.area !== 'council' ? words(o.area) : undefined,
      value: formatShown(o.shown, o.unit, o.qualifier),
      valueKind: o.shown.kind,
      when: whenText(o),
      cite: citeView(m, o, false),
      note: o.note,
      alternatives: (o.alternatives ?? []).map((a) => `${formatShown(a.shown, o.unit, a.qualifier)} (${a.note})`),
    })),
    key: symbolKey(obs.filter((o) => o.shown.kind !== 'not-published').map((o) => o.shown), m.rule),
  };
}

/** When an ask, target or forecast is due, and its state on the build date. */
export interface DueView {
  kind: DueStateKind;
  /** "Overdue", "Due", "Met", "Replaced", "No date given". */
  label: string;
  /** "By October 2024", absent when undated. */
  when?: string;
  /** How a relative or missing date was turned into one. */
  base?: string;
  /** "On 4 December 2026, the day this page was built:", for a state that depends on the day (due, overdue). */
  onDay?: string;
  /** The state in words. */
  text: string;
  /** The later document that says it was met or replaced. */
  evidence?: { text: string; cite: CiteView };
}

export function dueView(m: Model, x: { due?: Due; outcome?: Outcome; historic?: boolean }, forecast = false): DueView {
  const s = dueState(x, m.buildDay);
  const when = s.due ? dueWords(s.due) : undefined;
  return {
    kind: s.kind,
    label: STATE_LABELS[s.kind],
    when: when && when[0].toUpperCase() + when.slice(1),
    base: s.due?.base,
    onDay: s.kind === 'due' || s.kind === 'overdue' ? onBuildDay(m.buildDay) : undefined,
    text: stateSentence(s.kind, { forecast, replacedBy: x.historic && !x.outcome ? `${m.edition.title.charAt(0).toLowerCase()}${m.edition.title.slice(1)}` : undefined }),
    evidence: s.outcome ? { text: s.outcome.evidence, cite: citeView(m, s.outcome) } : undefined,
  };
}

export interface GapView {
  id: string;
  size: string;
  statement: string;
  stated: boolean;
  /** What kind of statement this is, in words, and its style. */
  badge: { text: string; kind: 'stated' | 'computed' | 'forecast' };
  type?: { name: string; href: string };
  locality?: { name: string; href: string };
  timeframe: string;
  due: DueView;
  historic: boolean;
  supply?: string;
  reason?: string;
  note?: string;
  cite: CiteView;
}

export function gapViews(m: Model, gaps: readonly Gap[], showType = true): GapView[] {
  const site = siteView(m);
  return gaps.map((g) => ({
    id: `need-${g.need.id}`,
    size: gapSizeText(g),
    statement: g.need.statement,
    stated: g.kind === 'stated',
    badge: g.kind === 'stated' ? { text: 'stated by the council', kind: 'stated' } : { text: 'computed: need minus supply', kind: 'computed' },
    type: showType ? { name: site.typeNames.get(g.need.placementType) ?? g.need.placementType, href: typeHref(m.council.slug, g.need.placementType) } : undefined,
    locality: g.need.locality ? { name: site.localityNames.get(g.need.locality) ?? g.need.locality, href: localityHref(m.council.slug, g.need.locality) } : undefined,
    timeframe: g.need.timeframe,
    due: dueView(m, g.need),
    historic: !!g.need.historic,
    supply: g.supply ? `${g.supply.label}: ${formatShown(g.supply.shown, g.supply.unit)}` : undefined,
    reason: g.reason,
    note: g.need.note,
    cite: citeView(m, g.need),
  }));
}

/** Forecasts and targets, worded as such and never as shortfalls; they render like gaps. */
export function outlookViews(m: Model, list: readonly Outlook[], showType = true): GapView[] {
  const site = siteView(m);
  return list.map((o) => ({
    id: `need-${o.need.id}`,
    size: outlookSizeText(o),
    statement: o.need.statement,
    stated: true,
    badge: { text: o.kind === 'forecast' ? 'forecast by the council' : 'target set by the council', kind: 'forecast' },
    type: showType ? { name: site.typeNames.get(o.need.placementType) ?? o.need.placementType, href: typeHref(m.council.slug, o.need.placementType) } : undefined,
    locality: o.need.locality ? { name: site.localityNames.get(o.need.locality) ?? o.need.locality, href: localityHref(m.council.slug, o.need.locality) } : undefined,
    timeframe: o.need.timeframe,
    due: dueView(m, o.need, o.kind === 'forecast'),
    historic: !!o.need.historic,
    supply: o.supply ? `${o.supply.label}: ${formatShown(o.supply.shown, o.supply.unit)}${o.kind === 'target' && toGoText(o) ? `. ${toGoText(o)}` : ''}` : undefined,
    note: o.need.note,
    cite: citeView(m, o.need),
  }));
}

export interface ProvisionRowView {
  name: string;
  description: string;
  note?: string;
  cite: CiteView;
  type: { name: string; href: string };
  /** Locality link, or words where none is published. */
  locality?: { name: string; href: string; derived: boolean };
  localityText?: string;
  place?: string;
  capacity: string;
  operator: string;
  ofsted?: string;
  status: string;
  when?: string;
}

export interface ProvisionTableView {
  caption: string;
  showType: boolean;
  showLocality: boolean;
  rows: ProvisionRowView[];
}

export function provisionTable(m: Model, provision: readonly ShownProvision[], caption: string, opts: { showType?: boolean; showLocality?: boolean } = {}): ProvisionTableView {
  const site = siteView(m);
  const operator = operatorWords(m.council);
  return {
    caption,
    showType: opts.showType ?? false,
    showLocality: opts.showLocality ?? true,
    rows: provision.map((p) => ({
      name: p.name,
      description: p.description,
      note: p.note,
      cite: citeView(m, p),
      type: { name: site.typeNames.get(p.placementType) ?? p.placementType, href: typeHref(m.council.slug, p.placementType) },
      locality: p.locality ? { name: site.localityNames.get(p.locality) ?? p.locality, href: localityHref(m.council.slug, p.locality), derived: !!p.localityDerived } : undefined,
      localityText: p.locality ? undefined : p.outOfArea ? 'Outside the council area' : undefined,
      place: p.place,
      capacity: formatShown(p.shown, p.unit, p.qualifier),
      operator: operator[p.operator],
      ofsted: p.ofsted === 'not-published' ? undefined : words(p.ofsted),
      status: words(p.status),
      when: p.when,
    })),
  };
}

/** A link to a placement type or locality by id, named. */
export const typeLink = (m: Model, id: string) => ({ name: siteView(m).typeNames.get(id) ?? id, href: typeHref(m.council.slug, id) });
export const localityLink = (m: Model, id: string) => ({ name: siteView(m).localityNames.get(id) ?? id, href: localityHref(m.council.slug, id) });
export { suppressedExplained };
