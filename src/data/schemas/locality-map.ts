/**
 * The two map files in an authority folder: the ward → locality mapping (hand-made, approximate
 * where the council publishes none) and the locality boundaries built from it by
 * scripts/build-locality-map.ts. Optional: an authority without them gets no map.
 */
import { z } from 'zod';
import { Id, IsoDate, PlainText } from './common.ts';

const OnsCode = z.string().regex(/^[EWSN]\d{8}$/, 'expected an ONS GSS code such as "E05012682"');

export const WardLocality = z
  .object({
    ward: OnsCode,
    name: PlainText,
    locality: Id,
    /** The pre-2019 district council the ward lay in: the main evidence for the assignment. */
    formerDistrict: Id,
    /** How the ward was assigned: by its name, its former district, or the nearest town. */
    basis: z.enum(['published', 'name', 'former-district', 'nearest-town']),
    note: PlainText.optional(),
  })
  .strict();

export const WardLocalities = z
  .object({
    /** True unless the council itself publishes the mapping; the map then says boundaries are approximate. */
    approximate: z.boolean(),
    description: PlainText,
    wardSource: z
      .object({ title: PlainText, publisher: PlainText, licence: PlainText, attribution: PlainText })
      .strict(),
    asAt: IsoDate,
    wards: z.array(WardLocality).min(1),
  })
  .strict()
  .superRefine((d, ctx) => {
    const seen = new Map<string, number>();
    d.wards.forEach((w, i) => {
      if (seen.has(w.ward)) ctx.addIssue({ code: 'custom', path: ['wards', i, 'ward'], message: `expected each ward once; ${w.ward} is also at wards[${seen.get(w.ward)}]` });
      seen.set(w.ward, i);
    });
  });
export type WardLocalities = z.infer<typeof WardLocalities>;

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4);

/** Locality boundaries as RFC 7946 GeoJSON (WGS84), one MultiPolygon feature per locality. */
export const LocalityMap = z
  .object({
    type: z.literal('FeatureCollection'),
    approximate: z.boolean(),
    attribution: PlainText,
    note: PlainText,
    features: z
      .array(
        z
          .object({
            type: z.literal('Feature'),
            properties: z.object({ locality: Id, wards: z.number().int().positive() }).strict(),
            geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }).strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type LocalityMap = z.infer<typeof LocalityMap>;
