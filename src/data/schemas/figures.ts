import { z } from 'zod';
import { Id, IsoDate, PlainText, Provenance, Unit, Value } from './common.ts';

export const Qualifier = z.enum(['about', 'over', 'under', 'at-least', 'up-to', 'almost', 'fewer-than']);
export type Qualifier = z.infer<typeof Qualifier>;

export const Area = z.enum([
  'authority',
  'england',
  'statistical-neighbours',
  'good-statistical-neighbours',
  'england-and-wales',
]);

/** Where children live, for "where children live" breakdowns. */
export const Location = z.enum(['in-area', 'neighbouring', 'further-away', 'outside-area']);

export const FigureKind = z.enum([
  'children-in-care',
  'placed',
  'location',
  'supply',
  'flow',
  'care-leavers',
  'outcome',
  'context',
]);

/** A value that a document published on some other date or in another section. */
export const Alternative = z
  .object({
    value: Value,
    qualifier: Qualifier.optional(),
    note: PlainText,
  })
  .extend(Provenance.shape)
  .strict();

export const Figure = z
  .object({
    id: Id,
    /** Groups figures of the same measure, e.g. a time series. */
    measure: Id,
    label: PlainText,
    kind: FigureKind,
    area: Area.default('authority'),
    cohort: PlainText.optional(),
    placementType: Id.optional(),
    locality: Id.optional(),
    location: Location.optional(),
    /** Human label for the period when it is not a point in time ("12 months to Oct 2023"). */
    period: PlainText.optional(),
    value: Value,
    unit: Unit,
    qualifier: Qualifier.optional(),
    /** Parts of one breakdown share this id; the figure with total: true is their sum. */
    breakdown: Id.optional(),
    total: z.boolean().optional(),
    /** True where we computed the figure from stated ones; shown with a "derived" badge. */
    derived: z.boolean().optional(),
    /** For a rate or percentage: the figure id of the count it is built on (a suppressed count suppresses it too). */
    numerator: Id.optional(),
    note: PlainText.optional(),
    alternatives: z.array(Alternative).optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const Figures = z.array(Figure);
export type Figure = z.infer<typeof Figure>;
export type FigureInput = z.input<typeof Figure>;
export { IsoDate };
