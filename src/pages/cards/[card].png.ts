/**
 * cards/<page>.png: the link-preview card (1200×630) of the home page and of each key page of every
 * council covered in depth ("councils-<slug>-providers"). The official pages' cards have their own routes beside
 * this one (councils-[slug], regions-[slug]).
 */
import type { APIRoute } from 'astro';
import { allModels } from '../../data/model.ts';
import { getOfficial } from '../../data/official/model.ts';
import { councilCardSpecs, englandCardSpecs } from '../../views/cards.ts';
import { cardPng, drawCards } from '../../site/card-png.ts';
import type { CardSpec } from '../../site/share-card.ts';

export async function getStaticPaths() {
  const o = getOfficial();
  const cards = [...englandCardSpecs(o), ...allModels().flatMap((m) => councilCardSpecs(m, o))];
  // A build draws the missing cards at once, in parallel; the dev server draws each on request.
  if (import.meta.env.PROD) await drawCards(cards, 'key-page cards');
  return cards.map((c) => ({ params: { card: c.slug }, props: { c } }));
}

export const GET: APIRoute = ({ props }) => cardPng((props as { c: CardSpec }).c);
