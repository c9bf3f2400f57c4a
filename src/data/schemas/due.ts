import { z } from 'zod';
import { Id, IsoDate, PlainText } from './common.ts';

/**
 * When an ask, target or forecast falls due, in absolute terms. A document's relative phrase
 * ("within the next year") is turned into a date here, and `base` says from what: the date of the
 * document's figures, or the strategy's period where it gives no date.
 */
export const Due = z
  .object({
    /** The last day it is due by: "within the next year" of figures as at 31 October 2023 is 2024-10-31. */
    by: IsoDate,
    /** How exactly the document fixes the date: to a month ("by October 2024") or only a year ("by the end of 2025"). */
    precision: z.enum(['month', 'year']),
    /** How the date was worked out when the document does not print it: the phrase and its base. */
    base: PlainText.optional(),
  })
  .strict();
export type Due = z.infer<typeof Due>;

/**
 * What a later document says happened to an ask: met (with the evidence), or replaced by a
 * later plan. An ask with no outcome is due or overdue, computed from the build date.
 */
export const Outcome = z
  .object({
    state: z.enum(['met', 'replaced']),
    /** The evidence, in our words. */
    evidence: PlainText,
    source: Id,
    locator: PlainText,
    asAt: IsoDate,
  })
  .strict();
export type Outcome = z.infer<typeof Outcome>;
