import { z } from 'zod';
import { Id, PlainText, Provenance, Value } from './common.ts';

/** A financial year, April to March, written "2019/20". */
export const FinancialYear = z.string().regex(/^\d{4}\/\d{2}$/, 'expected a financial year such as "2019/20"');

export const FinanceLine = z
  .object({
    id: Id,
    year: FinancialYear,
    line: z.enum(['independent-fostering', 'in-house-fostering', 'total']),
    expectedChildren: Value,
    budgetGbp: Value,
    actualChildren: Value,
    actualGbp: Value,
    varianceGbp: Value,
    variance: z.enum(['overspend', 'underspend']),
    note: PlainText.optional(),
  })
  .extend(Provenance.shape)
  .strict();
export const FinanceLines = z.array(FinanceLine);
export type FinanceLine = z.infer<typeof FinanceLine>;
