/**
 * cards/<page>.png: the link-preview card (1200×630) of each key page of every council covered in
 * depth ("councils-dorset-providers"). The official pages' cards have their own routes beside
 * this one (councils-[slug], regions-[slug]).
 */
import type { APIRoute } from 'astro';
import { allModels } from '../../data/model.ts';
import { getOfficial } from '../../data/official/model.ts';
import { councilCardSpecs } from '../../views/cards.ts';
import { cardPng } from '../../site/card-png.ts';
import type { CardSpec } from '../../site/share-card.ts';

export function getStaticPaths() {
  return allModels().flatMap((m) => councilCardSpecs(m, getOfficial()).map((c) => ({ params: { card: c.slug }, props: { c } })));
}

export const GET: APIRoute = ({ props }) => cardPng((props as { c: CardSpec }).c);
