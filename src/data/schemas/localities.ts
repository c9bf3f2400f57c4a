import { z } from 'zod';
import { Id, PlainText } from './common.ts';

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
  })
  .strict();
export const Localities = z.array(Locality).min(1);
export type Locality = z.infer<typeof Locality>;
