/** The documents behind every figure, and where they disagree. */
import type { Model } from '../data/model.ts';
import { formatMonth, formatShown } from '../text/format.ts';
import { href } from '../site/paths.ts';
import { siteView, type PageMeta } from './site.ts';

export interface SourcesView {
  meta: PageMeta;
  lede: string;
  sources: { id: string; title: string; summary: string; publisher: string; date: string; count: number }[];
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
      crumbs: [{ label: 'Sources', href: href('sources/') }],
    },
    lede: `Every figure on this site comes from one of these ${m.sources.length} ${w.full} documents. Each figure names its document, the section it comes from and the date it describes.`,
    sources: m.sources
      .toSorted((a, b) => b.date.localeCompare(a.date))
      .map((s) => ({ id: s.id, title: s.title, summary: s.summary, publisher: s.publisher, date: s.dateLabel, count: count.get(s.id) ?? 0 })),
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
