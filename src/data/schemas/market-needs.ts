import { z } from 'zod';
import { Id, PlainText, Provenance } from './common.ts';
import { Due, Outcome } from './due.ts';

export const MarketNeed = z
  .object({
    id: Id,
    /** What the council asks providers for, in our words. */
    text: PlainText,
    placementTypes: z.array(Id).min(1),
    localities: z.array(Id),
    cohort: PlainText.optional(),
    /** Need ids (needs.json) that quantify this ask. */
    needs: z.array(Id),
    /** False for asks from earlier documents, kept for context. */
    current: z.boolean(),
    /** When it is due, where no need in `needs` dates it. */
    due: Due.optional(),
    outcome: Outcome.optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const MarketNeeds = z.array(MarketNeed);
export type MarketNeed = z.infer<typeof MarketNeed>;
