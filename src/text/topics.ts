/** Names and intros for the pages that list every observation of one topic. */
import type { Topic } from '../data/schemas/measures.ts';
import type { CouncilWords } from './council-words.ts';

export interface TopicInfo {
  slug: string;
  title: string;
  intro: string;
}

const TOPICS: Record<Topic, { slug: string; title: string; intro: (w: CouncilWords) => string }> = {
  'children-in-care': { slug: 'children-in-care', title: 'Children in care: numbers and rates', intro: () => 'How many children the council looks after, the rate per 10,000 children, and who they are.' },
  placed: { slug: 'placements', title: 'Types of placement', intro: () => 'How many children live in each kind of home, and how that compares with England and similar councils.' },
  location: { slug: 'where-children-live', title: 'Where children live', intro: (w) => `How many children live ${w.inArea}, in neighbouring areas or further away, and how far from home.` },
  supply: { slug: 'carers-homes-and-places', title: 'Carers, homes and places', intro: () => 'Foster carers, households, beds, places and providers: the supply the council can call on.' },
  flow: { slug: 'starting-and-leaving-care', title: 'Children starting and leaving care', intro: () => 'How many children come into care and leave it, and how they leave.' },
  'care-leavers': { slug: 'care-leavers', title: 'Care leavers', intro: () => 'Young people leaving care: how many, where they live, whether their accommodation is suitable, and education and work.' },
  outcome: { slug: 'stability-and-permanence', title: 'Stability, permanence and adoption timeliness', intro: () => 'How stable children’s homes are, how quickly children are adopted, and how children leave care for a permanent family.' },
  context: { slug: 'family-help', title: 'Family help and the wider picture', intro: () => 'Early help, children in need, child protection and the population the council serves.' },
};

export const TOPIC_IDS = Object.keys(TOPICS) as Topic[];

export function topicInfo(topic: Topic, w: CouncilWords): TopicInfo {
  const t = TOPICS[topic];
  return { slug: t.slug, title: t.title, intro: t.intro(w) };
}
