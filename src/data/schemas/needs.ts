import { z } from 'zod';
import { Id, PlainText, Provenance, Unit, Value } from './common.ts';
import { Qualifier } from './observations.ts';
import { Due, Outcome } from './due.ts';

export const Need = z
  .object({
    id: Id,
    /** Our own short statement of what the council says it needs. */
    statement: PlainText,
    placementType: Id,
    locality: Id.optional(),
    cohort: PlainText.optional(),
    /**
     * additional: the document states how many MORE are needed (a stated gap).
     * total: the document states the total needed; the gap is computed against supply.
     * unquantified: the document names a shortfall without a number.
     * forecast: the document forecasts or estimates demand or a caseload (how many will need
     *   something), not how many more are needed than exist: never shown as a shortfall.
     * target: the document sets a goal for a total (supplyMeasure gives progress towards it):
     *   shown as a target, never as a shortfall.
     */
    kind: z.enum(['additional', 'total', 'unquantified', 'forecast', 'target']),
    value: Value,
    unit: Unit,
    qualifier: Qualifier.optional(),
    per: z.enum(['year']).optional(),
    timeframe: PlainText,
    /** The measure of current supply of the same kind, shown beside the need: its latest
     *  observation as at the need's date. */
    supplyMeasure: Id.optional(),
    /** True for needs from earlier documents, kept for the record. */
    historic: z.boolean().optional(),
    note: PlainText.optional(),
    /** When it is due, in absolute terms (`timeframe` keeps the document's own words). */
    due: Due.optional(),
    /** What a later document says happened to it. */
    outcome: Outcome.optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const Needs = z.array(Need);
export type Need = z.infer<typeof Need>;
