/** Pages listing every observation of one topic, and their index. */
import type { Model } from '../data/model.ts';
import type { Topic } from '../data/schemas/measures.ts';
import { TOPIC_IDS, topicInfo, type TopicInfo } from '../text/topics.ts';
import { councilPath } from '../site/paths.ts';
import { observationTable, type ObservationTableView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';
import { officialCompareView, type OfficialCompareView } from './official-compare.ts';

export interface TopicView {
  meta: PageMeta;
  info: TopicInfo;
  measures: { id: string; title: string; table: ObservationTableView }[];
  /** The topic's figures beside the official ones, when the council pairs any. */
  official: OfficialCompareView | null;
}

const byTopic = new WeakMap<Model, Map<Topic, Model['observations']['all']>>();
function observationsOf(m: Model, topic: Topic) {
  let map = byTopic.get(m);
  if (!map) {
    map = new Map();
    for (const o of m.observations.all) {
      const list = map.get(o.topic);
      if (list) list.push(o);
      else map.set(o.topic, [o]);
    }
    byTopic.set(m, map);
  }
  return map.get(topic) ?? [];
}

export const topicSlug = (m: Model, topic: Topic) => topicInfo(topic, siteView(m).words).slug;

export function topicView(m: Model, topic: Topic): TopicView {
  const info = topicInfo(topic, siteView(m).words);
  const obs = observationsOf(m, topic);
  // One table per measure, in the order measures first appear in the data; newest first within.
  const byMeasure = new Map<string, typeof obs>();
  for (const o of obs) {
    const list = byMeasure.get(o.measure);
    if (list) list.push(o);
    else byMeasure.set(o.measure, [o]);
  }
  const measures = [...byMeasure].map(([id, list]) => {
    const rows = [...list].sort((a, b) => a.area.localeCompare(b.area) || b.asAt.localeCompare(a.asAt));
    const main = rows.find((r) => r.area === 'council') ?? rows[0];
    return { id, title: main.label, table: observationTable(m, rows, rows.length > 1 ? `${main.label}: all published values` : main.label) };
  });
  const types = [...new Set(obs.map((o) => o.placementType).filter((t): t is string => !!t))];
  return {
    meta: { title: info.title, description: info.intro, kind: 'figures', audiences: ['councillors', 'providers'], types, crumbs: [{ label: 'All figures', href: councilPath(m.council.slug, 'figures/') }] },
    info,
    measures,
    official: officialCompareView(m, { topic }),
  };
}

export interface TopicIndexView {
  meta: PageMeta;
  total: number;
  topics: (TopicInfo & { href: string; count: number })[];
}

export function topicIndexView(m: Model): TopicIndexView {
  const w = siteView(m).words;
  return {
    meta: { title: 'All figures', description: 'Every figure published on this site, by topic, with its source and date.', kind: 'index', audiences: ['councillors', 'providers'], crumbs: [{ label: 'All figures', href: councilPath(m.council.slug, 'figures/') }] },
    total: m.observations.all.length,
    topics: TOPIC_IDS.map((t) => {
      const info = topicInfo(t, w);
      return { ...info, href: councilPath(m.council.slug, `figures/${info.slug}/`), count: observationsOf(m, t).length };
    }),
  };
}

export const topicIds = () => TOPIC_IDS;
