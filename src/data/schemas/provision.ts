import { z } from 'zod';
import { Id, PlainText, Provenance, Unit, Value } from './common.ts';
import { Qualifier } from './observations.ts';

export const OfstedRating = z.enum([
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-yet-inspected',
  'not-registered',
  'not-published',
]);

export const Provision = z
  .object({
    id: Id,
    name: PlainText,
    placementType: Id,
    /** Absent where the documents do not say where it is. */
    locality: Id.optional(),
    /** True where the locality was inferred from the town named, not stated. */
    localityDerived: z.boolean().optional(),
    place: PlainText.optional(),
    operator: z.enum(['council', 'external', 'nhs', 'partnership']),
    description: PlainText,
    capacity: Value,
    unit: Unit,
    qualifier: Qualifier.optional(),
    ofsted: OfstedRating,
    status: z.enum(['open', 'planned', 'in-development', 'closing', 'closed']),
    /** When it opened or is due, as the documents put it. */
    when: PlainText.optional(),
    /** True where the provision lies outside the authority's area. */
    outOfArea: z.boolean().optional(),
    note: PlainText.optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const Provisions = z.array(Provision);
export type Provision = z.infer<typeof Provision>;
