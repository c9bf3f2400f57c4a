import { z } from 'zod';
import { Id, PlainText } from './common.ts';

export const PlacementGroup = z.enum([
  'family-based',
  'residential',
  'supported-living',
  'short-breaks',
  'care-leavers',
  'permanence',
  'specialist',
]);

export const Audience = z.enum(['providers', 'foster-carers', 'councillors']);
export type Audience = z.infer<typeof Audience>;

export const PlacementType = z
  .object({
    id: Id,
    name: PlainText,
    /** Plain-English description for a member of the public. */
    description: PlainText,
    group: PlacementGroup,
    /** The nearest category in DfE's SSDA903 placement codes, or null where none fits. */
    officialCategory: PlainText.nullable(),
    audiences: z.array(Audience).min(1),
    /** Priority ids in priorities.json that speak to this type. */
    priorities: z.array(Id),
  })
  .strict();
export const PlacementTypes = z.array(PlacementType).min(1);
export type PlacementType = z.infer<typeof PlacementType>;
