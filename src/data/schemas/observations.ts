/**
 * An observation is one value of a measure at a date, in an area, from a source. Dates live
 * only here; "latest" and "previous" are computed (src/data/observations.ts), never written.
 */
import { z } from 'zod';
import { GssCode, Id, PlainText, Provenance, Value } from './common.ts';

export const Qualifier = z.enum(['about', 'over', 'under', 'at-least', 'up-to', 'almost', 'fewer-than']);
export type Qualifier = z.infer<typeof Qualifier>;

/** Comparators the council's documents quote, beside the council's own figure. */
export const Comparator = z.enum(['council', 'england', 'statistical-neighbours', 'good-statistical-neighbours', 'england-and-wales']);
export type Comparator = z.infer<typeof Comparator>;

/** A council's own observations name a comparator; official ones name an ONS area code. */
export const AreaRef = z.union([Comparator, GssCode]);

/** A value that a document published on some other date or in another section. */
export const Alternative = z
  .object({
    value: Value,
    qualifier: Qualifier.optional(),
    note: PlainText,
  })
  .extend(Provenance.shape)
  .strict();

export const Observation = z
  .object({
    measure: Id,
    /** The area the value is for; the council itself when absent. */
    area: AreaRef.default('council'),
    locality: Id.optional(),
    cohort: PlainText.optional(),
    /** The period in words when it is not a point in time ("12 months to October 2023"). */
    period: PlainText.optional(),
    value: Value,
    qualifier: Qualifier.optional(),
    /** Observations of one breakdown at one date share this id; the one with total: true is their sum. */
    breakdown: Id.optional(),
    total: z.boolean().optional(),
    /** True where we computed the value from stated ones; shown with a "derived" badge. */
    derived: z.boolean().optional(),
    /** For a rate or percentage: the measure of the count it is built on, at the same date and area. */
    numerator: Id.optional(),
    note: PlainText.optional(),
    alternatives: z.array(Alternative).optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const Observations = z.array(Observation);
export type Observation = z.infer<typeof Observation>;
export type ObservationInput = z.input<typeof Observation>;
