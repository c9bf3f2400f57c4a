/** Names and intros for the pages that list every figure of one kind. */
import type { Figure } from '../data/schemas/figures.ts';

export const FIGURE_KINDS: Record<Figure['kind'], { slug: string; title: string; intro: string }> = {
  'children-in-care': { slug: 'children-in-care', title: 'Children in care: numbers and rates', intro: 'How many children the council looks after, the rate per 10,000 children, and who they are.' },
  placed: { slug: 'placements', title: 'Types of placement', intro: 'How many children live in each kind of home, and how that compares with England and similar councils.' },
  location: { slug: 'where-children-live', title: 'Where children live', intro: 'How many children live in Dorset, in neighbouring areas or further away, and how far from home.' },
  supply: { slug: 'carers-homes-and-places', title: 'Carers, homes and places', intro: 'Foster carers, households, beds, places and providers: the supply the council can call on.' },
  flow: { slug: 'starting-and-leaving-care', title: 'Children starting and leaving care', intro: 'How many children come into care and leave it, and how they leave.' },
  'care-leavers': { slug: 'care-leavers', title: 'Care leavers', intro: 'Young people leaving care: how many, where they live, whether their accommodation is suitable, and education and work.' },
  outcome: { slug: 'stability-and-permanence', title: 'Stability, permanence and adoption timeliness', intro: 'How stable children’s homes are, how quickly children are adopted, and how children leave care for a permanent family.' },
  context: { slug: 'family-help', title: 'Family help and the wider picture', intro: 'Early help, children in need, child protection and the population the council serves.' },
};
