/**
 * official-pairs.json (optional, in a council's folder): which official DfE or Ofsted measure
 * counts the same thing as one of the council's own measures, so the site can set the two side
 * by side, and which official figures by parliamentary constituency a placement type's page shows.
 * Without the file, or when data/official has nothing for the council's ONS code, no comparison shows.
 */
import { z } from 'zod';
import { Id, PlainText } from './common.ts';

export const OfficialPair = z
  .object({
    /** The comparison's anchor on its page, e.g. "children-in-care". */
    id: Id,
    /** What both figures count, in words: "Children in care". */
    label: PlainText,
    /** The council's measure (measures.json). */
    strategy: Id,
    /** How the council's documents count it, when its measure carries no definition. */
    strategyDefinition: PlainText.optional(),
    /** The official measure (data/official/measures.json). */
    official: Id,
    /** Why the two may differ, in our own plain words. */
    why: PlainText,
    /** Also shown on the fostering page. */
    fostering: z.boolean().optional(),
    /** Also shown on this placement type's page. */
    placementType: Id.optional(),
  })
  .strict();
export type OfficialPair = z.infer<typeof OfficialPair>;

export const OfficialConstituencies = z
  .object({
    /** The placement type whose page shows the table. */
    placementType: Id,
    /** The provider type as Ofsted names it (e.g. "Children's home"): its notes about this type show beside the table. */
    providerType: PlainText,
    /** The table's columns: official measures reported by constituency, with a short heading each. */
    columns: z.array(z.object({ measure: Id, label: PlainText }).strict()).min(1),
    /** Why the figures are by constituency and not by the council's localities, in plain words. */
    note: PlainText,
  })
  .strict();
export type OfficialConstituencies = z.infer<typeof OfficialConstituencies>;

export const OfficialPairs = z
  .object({
    pairs: z.array(OfficialPair).default([]),
    constituencies: OfficialConstituencies.optional(),
  })
  .strict();
export type OfficialPairs = z.infer<typeof OfficialPairs>;
