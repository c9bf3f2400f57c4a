/**
 * What the input builders share: a chart's sources and "as at" from the records it draws, names
 * of types and localities, and the council's own words (its place name, the disclosure rule).
 * Only `.shown` values (after the disclosure rule) are read by the builders: never a raw `value`.
 */
import type { Model, ShownObservation } from '../data/model.ts';
import type { Gap } from '../data/gaps.ts';
import { gapSizeText } from '../text/gap-words.ts';
import { suppressedExplained } from '../text/symbols.ts';
import type { ChartMeta } from './kit/output.ts';

/** Anything a chart draws that names its source document and date. */
export interface SourceRef {
  source: string;
  locator?: string;
  asAt: string;
}

const sourceText = (m: Model, id: string, locator?: string) => {
  const s = m.sources.find((x) => x.id === id);
  return `${s?.title ?? id}${locator ? `, ${locator}` : ''}`;
};

/** Distinct "Title, section" strings, merging sections of one document. */
export function sourcesOf(m: Model, refs: readonly SourceRef[]): string[] {
  const by = new Map<string, Set<string>>();
  for (const r of refs) {
    const locs = by.get(r.source) ?? new Set<string>();
    if (r.locator) locs.add(r.locator);
    by.set(r.source, locs);
  }
  // Up to three locators are listed; a locator may itself name several sections ("§6 …; §8 …"),
  // and each section is listed once.
  const sections = (locs: Set<string>) => [...new Set([...locs].flatMap((l) => l.split('; ')))].join('; ');
  return [...by.entries()].map(([id, locs]) => sourceText(m, id, locs.size && locs.size <= 3 ? sections(locs) : undefined));
}

export const newest = (dates: readonly string[]) => [...dates].sort().at(-1) ?? '';

/** A chart's meta: its sources and "as at" date from the records it draws. */
export const chartMeta = (m: Model, id: string, title: string, refs: readonly SourceRef[], notes?: string[]): ChartMeta => ({
  id,
  title,
  sources: sourcesOf(m, refs),
  asAt: newest(refs.map((r) => r.asAt)),
  ...(notes ? { notes } : {}),
});

export const typeName = (m: Model, id: string) => m.placementTypes.find((t) => t.id === id)?.name ?? id;
export const localityName = (m: Model, id: string) => m.localities.find((l) => l.id === id)?.name ?? id;

/** The place the council serves, as in "children in <place>" (names.short in council.json). */
export const placeName = (m: Model) => m.council.names.short;

/** The key's words for "c", from the disclosure rule in force. */
export const suppressedKey = (m: Model) => suppressedExplained(m.rule);

const byKey = new WeakMap<Model, Map<string, ShownObservation>>();
/** An observation by its key (a gap's supply names its observation by key). */
export function observationByKey(m: Model, key: string): ShownObservation | undefined {
  let ix = byKey.get(m);
  if (!ix) byKey.set(m, (ix = new Map(m.observations.all.map((o) => [o.key, o]))));
  return ix.get(key);
}

/** A gap's size in words for a chart: gapSizeText, with `none` where no number is published. */
export const gapWords = (g: Gap, none = 'number not published') => (g.shown.kind === 'not-published' ? none : gapSizeText(g));
