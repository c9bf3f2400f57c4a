/** "What changed": earliest and latest value of every measure published at two or more dates. */
import type { Model } from '../data/model.ts';
import { changes } from '../data/changes.ts';
import { topicInfo } from '../text/topics.ts';
import { formatNumber, formatShown, whenText } from '../text/format.ts';
import { councilPath } from '../site/paths.ts';
import { citeView, type CiteView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';

export interface ChangesView {
  meta: PageMeta;
  sections: {
    id: string;
    title: string;
    rows: { label: string; cohort?: string; first: string; firstWhen: string; last: string; lastWhen: string; change: string; cites: [CiteView, CiteView] }[];
  }[];
}

const sign = (d: number) => (d > 0 ? '+' : d < 0 ? '−' : '');

export function changesView(m: Model): ChangesView {
  const w = siteView(m).words;
  const rows = changes(m.observations.all);
  const topics = [...new Set(rows.map((r) => r.topic))];
  return {
    meta: {
      title: 'What changed between documents',
      description: 'How figures have moved between the council\'s earlier documents and the latest ones: fostering households, children in care, places and outcomes.',
      kind: 'changes',
      audiences: ['councillors'],
      crumbs: [{ label: 'What changed', href: councilPath(m.council.slug, 'changes/') }],
    },
    sections: topics.map((t) => ({
      id: `k-${t}`,
      title: topicInfo(t, w).title,
      rows: rows
        .filter((r) => r.topic === t)
        .map((r) => ({
          label: r.label,
          cohort: r.last.cohort,
          first: formatShown(r.first.shown, r.first.unit, r.first.qualifier),
          firstWhen: whenText(r.first),
          last: formatShown(r.last.shown, r.last.unit, r.last.qualifier),
          lastWhen: whenText(r.last),
          change: r.delta === 0 ? 'no change' : `${sign(r.delta)}${formatNumber(Math.abs(r.delta), r.last.unit === 'percent' ? 'ratio' : r.last.unit)}${r.last.unit === 'percent' ? ' points' : ''}`,
          cites: [citeView(m, r.first, false), citeView(m, r.last, false)],
        })),
    })),
  };
}
