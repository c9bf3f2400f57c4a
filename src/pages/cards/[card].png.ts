/**
 * cards/<page>.png: the link-preview card (1200×630) of the home page and of each key page of every
 * council covered in depth ("councils-<slug>-providers"). The official pages' cards have their own routes beside
 * this one (councils-[slug], regions-[slug]).
 */
import type { APIRoute } from 'astro';
import { allModels } from '../../data/model.ts';
import { getOfficial } from '../../data/official/model.ts';
import { councilCardSpecs, englandCardSpecs } from '../../views/cards.ts';
import { cardPng } from '../../site/card-png.ts';
import type { CardSpec } from '../../site/share-card.ts';

export function getStaticPaths() {
  const o = getOfficial();
  return [...englandCardSpecs(o), ...allModels().flatMap((m) => councilCardSpecs(m, o))].map((c) => ({ params: { card: c.slug }, props: { c } }));
}

export const GET: APIRoute = ({ props }) => cardPng((props as { c: CardSpec }).c);
