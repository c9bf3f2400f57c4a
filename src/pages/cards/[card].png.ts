/**
 * cards/<page>.png: the link-preview card (1200×630) of each of the council's own key pages.
 * The official pages' cards have their own routes beside this one (councils-[slug], regions-[slug]),
 * built with the official pages.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { councilCardSpecs } from '../../views/cards.ts';
import { cardPng } from '../../site/card-png.ts';
import type { CardSpec } from '../../site/share-card.ts';

export function getStaticPaths() {
  return councilCardSpecs(getModel()).map((c) => ({ params: { card: c.slug }, props: { c } }));
}

export const GET: APIRoute = ({ props }) => cardPng((props as { c: CardSpec }).c);
