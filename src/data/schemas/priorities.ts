import { z } from 'zod';
import { Id, PlainText, Provenance, Unit, Value } from './common.ts';
import { Qualifier } from './observations.ts';

export const Reading = z
  .object({
    value: Value,
    unit: Unit,
    qualifier: Qualifier.optional(),
    note: PlainText.optional(),
  })
  .extend(Provenance.shape)
  .strict();

export const SuccessMeasure = z
  .object({
    id: Id,
    label: PlainText,
    direction: z.enum(['increase', 'decrease', 'zero', 'deliver', 'qualitative']),
    /** Which way is better, for drawing progress. */
    baseline: Reading.nullable(),
    /** The strategy sets directions, not numbers; a missing target is "not-published". */
    target: z.union([Reading, z.literal('not-published')]),
    latest: Reading.nullable(),
    note: PlainText.optional(),
  })
  .strict();

export const Priority = z
  .object({
    id: Id,
    number: z.number().int().positive(),
    title: PlainText,
    summary: PlainText,
    placementTypes: z.array(Id),
    commitments: z.array(PlainText).min(1),
    measures: z.array(SuccessMeasure),
    source: Id,
    locator: PlainText,
  })
  .strict();
export const Priorities = z.array(Priority);
export type Priority = z.infer<typeof Priority>;
export type SuccessMeasure = z.infer<typeof SuccessMeasure>;
export type Reading = z.infer<typeof Reading>;
