/**
 * Every key page's share card, from the same views the pages render: the council's own key pages
 * (home, each placement type and locality, the audience pages) and the official ones (each council
 * and region). The two lists are separate routes (src/pages/cards/), so a build of the council's
 * own pages never computes the 164 official page views, and the reverse.
 */
import type { Model } from '../data/model.ts';
import type { OfficialModel } from '../data/official/model.ts';
import { cardSlug, type CardSpec } from '../site/share-card.ts';
import { homeView } from './home.ts';
import { placementTypeView } from './placement-type.ts';
import { localityView } from './locality.ts';
import { fosteringView } from './fostering.ts';
import { providersView } from './providers.ts';
import { prioritiesView } from './priorities.ts';
import { councilPageView } from './official-council.ts';
import { regionPageView } from './official-region.ts';
import { englandView } from './england.ts';
import { siteView, type PageMeta } from './site.ts';

/** The card for one page, from its meta; null when the page has no card of its own. */
export function cardFor(m: Model | undefined, path: string, meta: PageMeta): CardSpec | null {
  if (!meta.card) return null;
  const site = m && siteView(m);
  return {
    slug: cardSlug(path),
    title: meta.title,
    number: meta.card.number,
    label: meta.card.label,
    place: meta.card.place ?? site?.words.full ?? '',
    when: meta.card.when ?? (site ? `Figures as at ${site.asAt}` : ''),
    series: meta.card.series,
  };
}

const specs = (m: Model | undefined, pages: [string, PageMeta][]) => pages.map(([p, meta]) => cardFor(m, p, meta)).filter((c): c is CardSpec => c !== null);

/**
 * Cards of the key pages of a council covered in depth. Its overview at /councils/<slug>/ shares
 * the official council page's card, unless the council has no official page (the synthetic one).
 */
export function councilCardSpecs(m: Model, o?: OfficialModel): CardSpec[] {
  const at = (p: string) => `/councils/${m.council.slug}/${p}`;
  const official = o?.councils.some((a) => a.slug === m.council.slug);
  return specs(m, [
    ...(official ? [] : [[at(''), homeView(m).meta] as [string, PageMeta]]),
    [at('fostering/'), fosteringView(m).meta],
    [at('providers/'), providersView(m).meta],
    [at('priorities/'), prioritiesView(m).meta],
    ...m.placementTypes.map((t): [string, PageMeta] => [at(`placement-types/${t.id}/`), placementTypeView(m, t).meta]),
    ...m.localities.map((l): [string, PageMeta] => [at(`localities/${l.id}/`), localityView(m, l).meta]),
  ]);
}

/** Cards of the official council pages (built with the official pages). */
export const officialCouncilCardSpecs = (o: OfficialModel): CardSpec[] =>
  specs(undefined, o.councils.map((a): [string, PageMeta] => [`/councils/${a.slug}/`, councilPageView(o, a).meta]));

/** Cards of the official region pages (built with the official pages). */
export const regionCardSpecs = (o: OfficialModel): CardSpec[] =>
  specs(undefined, o.regions.map((r): [string, PageMeta] => [`/regions/${r.slug}/`, regionPageView(o, r).meta]));

/** The card of the home page, England's. */
export const englandCardSpecs = (o: OfficialModel): CardSpec[] => specs(undefined, [['/', englandView(o).meta]]);

/** Every card of the site. */
export const cardSpecs = (models: Model[], o: OfficialModel): CardSpec[] => [...englandCardSpecs(o), ...models.flatMap((m) => councilCardSpecs(m, o)), ...officialCouncilCardSpecs(o), ...regionCardSpecs(o)];
