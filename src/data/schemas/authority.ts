import { z } from 'zod';
import { Id, IsoDate, PlainText } from './common.ts';

export const Contact = z
  .object({
    id: Id,
    label: PlainText,
    purpose: PlainText,
    /** Public web page for this contact route; absent when the documents publish none. */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** Service mailbox; personal addresses from board papers are never published. */
    email: z.email().optional(),
    note: PlainText.optional(),
  })
  .strict();

export const Authority = z
  .object({
    id: Id,
    name: PlainText,
    shortName: PlainText,
    onsCode: z.string().regex(/^E0[6-9]\d{6}$/, 'expected an ONS local authority code such as E06000059'),
    region: PlainText,
    website: z.url({ protocol: /^https$/ }),
    edition: z
      .object({
        title: PlainText,
        period: PlainText,
        asAt: IsoDate,
        published: IsoDate,
      })
      .strict(),
    contacts: z.array(Contact).min(1),
    suppression: z
      .object({
        /** Child counts from min to max (inclusive) are withheld as "c". The data may widen the
         *  rule (e.g. up to 9) but never narrow it below DfE practice: 1 to 5 are always withheld. */
        min: z.number().int().positive().max(1, 'expected 1: every count of children from 1 upwards is withheld'),
        max: z.number().int().positive().min(5, 'expected at least 5: counts of children from 1 to 5 are always withheld'),
      })
      .strict()
      .refine((s) => s.min <= s.max, { message: 'expected min not above max' }),
    licence: PlainText,
  })
  .strict();
export type Authority = z.infer<typeof Authority>;
