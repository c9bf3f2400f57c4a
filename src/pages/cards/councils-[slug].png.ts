/** cards/councils-<slug>.png: the link-preview card of each official council page. */
import type { APIRoute } from 'astro';
import { getOfficial } from '../../data/official/model.ts';
import { officialCouncilCardSpecs } from '../../views/cards.ts';
import { cardPng } from '../../site/card-png.ts';
import type { CardSpec } from '../../site/share-card.ts';

const PREFIX = 'councils-';

export function getStaticPaths() {
  return officialCouncilCardSpecs(getOfficial()).map((c) => ({ params: { slug: c.slug.slice(PREFIX.length) }, props: { c } }));
}

export const GET: APIRoute = ({ props }) => cardPng((props as { c: CardSpec }).c);
