/** cards/regions-<slug>.png: the link-preview card of each official region page. */
import type { APIRoute } from 'astro';
import { getOfficial } from '../../data/official/model.ts';
import { regionCardSpecs } from '../../views/cards.ts';
import { cardPng, drawCards } from '../../site/card-png.ts';
import type { CardSpec } from '../../site/share-card.ts';

const PREFIX = 'regions-';

export async function getStaticPaths() {
  const cards = regionCardSpecs(getOfficial());
  // A build draws the missing cards at once, in parallel; the dev server draws each on request.
  if (import.meta.env.PROD) await drawCards(cards, 'region cards');
  return cards.map((c) => ({ params: { slug: c.slug.slice(PREFIX.length) }, props: { c } }));
}

export const GET: APIRoute = ({ props }) => cardPng((props as { c: CardSpec }).c);
