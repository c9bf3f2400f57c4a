import { z } from 'zod';
import { Id, PlainText, Provenance } from './common.ts';

/** Something a document says about this locality without a number to count: where a service works, where it is short. */
export const LocalityFact = z
  .object({
    /** Our own words. */
    text: PlainText,
  })
  .extend(Provenance.shape)
  .strict();
export type LocalityFact = z.infer<typeof LocalityFact>;

export const Locality = z
  .object({
    id: Id,
    name: PlainText,
    /** The short form the council's documents use ("North", "East"). */
    shortName: PlainText,
    aliases: z.array(PlainText),
    /** Towns and places named in the documents that sit in this locality. */
    places: z.array(PlainText),
    summary: PlainText,
    note: PlainText.optional(),
    facts: z.array(LocalityFact).optional(),
  })
  .strict();
export const Localities = z.array(Locality).min(1);
export type Locality = z.infer<typeof Locality>;
