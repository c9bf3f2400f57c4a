import { z } from 'zod';
import { Id, PlainText, Provenance, Value } from './common.ts';
import { FinancialYear } from './finance.ts';

/**
 * One sum of money the documents give for one financial year, outside the fostering budget
 * table (finance.json): a budget, a spend (outturn or forecast), a difference from budget, a
 * saving. placementTypes says which kinds of placement it covers; empty means the whole
 * children's services budget, which is not charted by placement type.
 */
export const FinanceFigure = z
  .object({
    id: Id,
    year: FinancialYear,
    /** Placement types the sum covers (placement-types.json ids); [] for the whole service. */
    placementTypes: z.array(Id),
    /** What the sum covers, in the council's terms ("External placements"). */
    covers: PlainText,
    /**
     * budget: money set aside; extra-budget: added to a budget during the year; spend: money
     * spent or forecast to be; overspend / underspend: the difference from budget; income-shortfall:
     * income expected and not received; savings: money saved; cost-per-placement: average cost of
     * one placement for a year (a different unit, never drawn on the same axis as the totals).
     */
    amount: z.enum(['budget', 'extra-budget', 'spend', 'overspend', 'underspend', 'income-shortfall', 'savings', 'cost-per-placement']),
    /** outturn: after the year ended; forecast: during the year; plan: set before or planned. */
    basis: z.enum(['outturn', 'forecast', 'plan']),
    gbp: Value,
    /** The sum as the document prints it ("£5.2M"), where rounded or odd. */
    printed: PlainText.optional(),
    /** Why the year is uncertain, when the document does not name it. */
    yearNote: PlainText.optional(),
    note: PlainText.optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const FinanceFigures = z.array(FinanceFigure);
export type FinanceFigure = z.infer<typeof FinanceFigure>;
