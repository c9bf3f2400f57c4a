/**
 * data/official/: what the importers (scripts/import/) write from DfE and Ofsted files.
 * Never edited by hand. Observations use the shared Observation schema with an ONS area code.
 */
import { z } from 'zod';
import { GssCode, Id, IsoDate, PlainText } from './common.ts';

export const OfficialArea = z
  .object({
    code: GssCode,
    name: PlainText,
    slug: Id,
    level: z.enum(['country', 'region', 'council', 'constituency']),
    /** The region a council lies in (E12...), or the council a constituency was reported under. */
    parent: GssCode.optional(),
    /** DfE's three-digit number for councils. */
    dfe: z.string().regex(/^\d{3}$/).optional(),
    /** replaced: no longer reports (e.g. Cumbria from 2023); its successors are named. */
    status: z.enum(['current', 'replaced']).default('current'),
    replacedBy: z.array(GssCode).optional(),
    note: PlainText.optional(),
  })
  .strict();
export const OfficialAreas = z.array(OfficialArea).min(1);
export type OfficialArea = z.infer<typeof OfficialArea>;

export const OfficialSource = z
  .object({
    id: Id,
    title: PlainText,
    publisher: z.enum(['Department for Education', 'Ofsted', 'Office for National Statistics', 'Ministry of Housing, Communities and Local Government']),
    /** The release, e.g. "Children looked after in England, 2025". */
    release: PlainText,
    published: IsoDate.optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    /** The file imported, as named in the release. */
    file: z.string().min(1),
    licence: PlainText,
  })
  .strict();
export const OfficialSources = z.array(OfficialSource).min(1);
export type OfficialSource = z.infer<typeof OfficialSource>;

/** A figure a later release changed: the later release wins and the change is kept here. */
export const Revision = z
  .object({
    measure: Id,
    area: GssCode,
    asAt: IsoDate,
    from: z.object({ value: z.union([z.number(), z.string()]), source: Id }).strict(),
    to: z.object({ value: z.union([z.number(), z.string()]), source: Id }).strict(),
  })
  .strict();
export const Revisions = z.array(Revision);
export type Revision = z.infer<typeof Revision>;
