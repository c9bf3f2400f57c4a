/** The documents behind every figure, and where they disagree. */
import type { Model } from '../data/model.ts';
import { formatDate, formatMonth, formatShown } from '../text/format.ts';
import { councilPath } from '../site/paths.ts';
import { siteView, type PageMeta } from './site.ts';

/** Where the original of a document can be read, or that no public copy was found. */
export interface PublicCopyView {
  /** The original, or the committee page that publishes it; absent when none was found. */
  link?: { href: string; text: string };
  /** What the link is ("the document, on the council's website"), or "No public copy found". */
  kind: string;
  note?: string;
  /** Where to look when the document was not found. */
  seeAlso?: { href: string; text: string };
  /** "Checked 2 December 2026.", unless the note already says so. */
  checked?: string;
}

export interface SourcesView {
  meta: PageMeta;
  lede: string;
  sources: { id: string; title: string; summary: string; publisher: string; date: string; count: number; original: PublicCopyView }[];
  conflicts: { label: string; when: string; shown: string; where: string; alternatives: { text: string; where: string }[] }[];
  licence: string;
}

export function sourcesView(m: Model): SourcesView {
  const w = siteView(m).words;
  const count = new Map<string, number>();
  const add = (id: string) => count.set(id, (count.get(id) ?? 0) + 1);
  for (const o of m.observations.all) add(o.source);
  for (const n of m.needs) add(n.source);
  for (const p of m.provision) add(p.source);
  const title = (id: string) => m.sources.find((s) => s.id === id)!.title;
  return {
    meta: {
      title: 'Sources',
      description: 'The council documents every figure on this site comes from, and how we settled figures that disagree.',
      kind: 'sources',
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Sources', href: councilPath(m.council.slug, 'sources/') }],
    },
    lede: `Every figure on this site comes from one of these ${m.sources.length} ${w.full} documents. Each figure names its document, the section it comes from and the date it describes.`,
    sources: m.sources
      .toSorted((a, b) => b.date.localeCompare(a.date))
      .map((s) => ({ id: s.id, title: s.title, summary: s.summary, publisher: s.publisher, date: s.dateLabel, count: count.get(s.id) ?? 0, original: publicCopyView(s) })),
    conflicts: m.observations.all
      .filter((o) => o.alternatives?.length)
      .map((o) => ({
        label: o.label,
        when: formatMonth(o.asAt),
        shown: formatShown(o.shown, o.unit, o.qualifier),
        where: `${title(o.source)}, ${o.locator}`,
        alternatives: o.alternatives!.map((a) => ({ text: `${formatShown(a.shown, o.unit, a.qualifier)}: ${a.note}`, where: `${title(a.source)}, ${a.locator}` })),
      })),
    licence: m.council.licence,
  };
}

const COPY_WORDS = { document: 'the document, on the council\'s website', 'meeting-page': 'the council\'s page for the meeting that received it', 'not-found': 'No public copy found' } as const;

/** Where the original of a source can be read, or that none was found, and when we looked. */
export function publicCopyView(s: Model['sources'][number]): PublicCopyView {
  const checked = formatDate(s.checkedOn);
  return {
    link: s.url ? { href: s.url, text: s.urlTitle ?? s.url } : undefined,
    kind: COPY_WORDS[s.public],
    note: s.publicNote,
    seeAlso: s.seeAlso ? { href: s.seeAlso.url, text: s.seeAlso.title } : undefined,
    checked: s.publicNote?.includes(checked) ? undefined : `Checked ${checked}.`,
  };
}
