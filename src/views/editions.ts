/**
 * Editions of the council's data: the list, and one page per edition at a dated path
 * (/editions/<as-at date>/) with the headline figures as they stood then. Earlier editions stay
 * reachable however many follow.
 */
import type { Model, Edition } from '../data/model.ts';
import { latest } from '../data/observations.ts';
import { formatDate } from '../text/format.ts';
import { councilPath } from '../site/paths.ts';
import { statView, type StatView } from './parts.ts';
import type { PageMeta } from './site.ts';

export const editionHref = (m: Model, e: Edition) => councilPath(m.council.slug, `editions/${e.asAt}/`);

export interface EditionsView {
  meta: PageMeta;
  editions: { title: string; period: string; asAt: string; published: string; href: string; current: boolean }[];
}

export function editionsView(m: Model): EditionsView {
  return {
    meta: {
      title: 'Editions of the data',
      description: `${m.council.editions.length} ${m.council.editions.length === 1 ? 'edition' : 'editions'} of the council's placement sufficiency data, each kept at its own address with its "as at" and publication dates.`,
      kind: 'changes',
      crumbs: [{ label: 'Editions', href: councilPath(m.council.slug, 'editions/') }],
    },
    editions: [...m.council.editions].reverse().map((e) => ({
      title: e.title,
      period: e.period,
      asAt: formatDate(e.asAt),
      published: formatDate(e.published),
      href: editionHref(m, e),
      current: e === m.edition,
    })),
  };
}

export interface EditionView {
  meta: PageMeta;
  title: string;
  asAt: string;
  published: string;
  current: boolean;
  stats: StatView[];
  currentHref: string;
}

/** The headline figures as at one edition's date: what the site showed when it was current. */
export function editionView(m: Model, e: Edition): EditionView {
  const stats = m.council.headlines.flatMap((h) => {
    const o = latest(m.observations, h.measure, { cohort: h.cohort, asAt: e.asAt });
    return o ? [statView(m, o, h.label)] : [];
  });
  return {
    meta: {
      title: `${e.title}: data as at ${formatDate(e.asAt)}`,
      description: `${stats[0] ? `${stats[0].number} ${stats[0].unit} (${stats[0].label.toLowerCase()}) as at ${formatDate(e.asAt)}. ` : ''}The headline figures of the ${e.period} edition, published ${formatDate(e.published)}.`,
      kind: 'changes',
      dataAsAt: formatDate(e.asAt),
      crumbs: [{ label: 'Editions', href: councilPath(m.council.slug, 'editions/') }],
    },
    title: e.title,
    asAt: formatDate(e.asAt),
    published: formatDate(e.published),
    current: e === m.edition,
    stats,
    currentHref: councilPath(m.council.slug, ''),
  };
}
