/** A measure is what is counted: "children in care", "children's homes places". No date in its id. */
import { z } from 'zod';
import { Id, PlainText, Unit } from './common.ts';

/** The topic a measure belongs to; each topic has its own page (src/text/topics.ts). */
export const Topic = z.enum([
  'children-in-care',
  'placed',
  'location',
  'supply',
  'flow',
  'care-leavers',
  'outcome',
  'context',
]);
export type Topic = z.infer<typeof Topic>;

/** Where children live, for "where children live" breakdowns. */
export const Location = z.enum(['in-area', 'neighbouring', 'further-away', 'outside-area']);

export const Measure = z
  .object({
    id: Id,
    label: PlainText,
    unit: Unit,
    topic: Topic,
    /** What exactly is counted, in plain words. */
    definition: PlainText.optional(),
    /** True where a higher value is better for children; absent where neither is. */
    higherIsBetter: z.boolean().optional(),
    placementType: Id.optional(),
    location: Location.optional(),
    /** council-document: read from the council's own papers; official: DfE or Ofsted statistics. */
    sourceKind: z.enum(['council-document', 'official']),
  })
  .strict();
export const Measures = z.array(Measure).min(1);
export type Measure = z.infer<typeof Measure>;
