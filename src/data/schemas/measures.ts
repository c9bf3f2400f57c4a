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

/** DfE's statement of which way is better (LAIT "Polarity": High, Low). */
export const Polarity = z.enum(['higher-is-better', 'lower-is-better']);
export type Polarity = z.infer<typeof Polarity>;

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
    /**
     * Official measures: which way is better, only where DfE states it (the Polarity column of the
     * LAIT data dictionary, High or Low); absent where DfE states none.
     */
    polarity: Polarity.optional(),
    /** The LAIT measure the polarity was read from, as DfE names it. */
    polarityFrom: PlainText.optional(),
    /** Official measures: the observations file (data/official/observations/<dataset>.json) that holds it. */
    dataset: Id.optional(),
    placementType: Id.optional(),
    location: Location.optional(),
    /** council-document: read from the council's own papers; official: DfE or Ofsted statistics. */
    sourceKind: z.enum(['council-document', 'official']),
  })
  .strict()
  .refine((m) => (m.polarity === undefined) === (m.polarityFrom === undefined), { message: 'polarity and polarityFrom go together', path: ['polarityFrom'] });
export const Measures = z.array(Measure).min(1);
export type Measure = z.infer<typeof Measure>;
