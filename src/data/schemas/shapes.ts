/**
 * data/official/council-shapes.topo.json, written by scripts/import/boundaries.ts: a quantised
 * TopoJSON topology with two objects over one set of arcs, `councils` (every current DfE
 * council, and each replaced council as the union of its successors) and `regions` (the nine
 * English regions). Each geometry carries its ONS code, its DfE name and a label point inside it.
 */
import { z } from 'zod';
import { GssCode, Id, PlainText } from './common.ts';

const Int = z.number().int();
/** Quantised, delta-encoded positions: the first absolute, the rest steps from the previous. */
const Arc = z.array(z.tuple([Int, Int])).min(2);
const Ring = z.array(Int).min(1);

export const ShapeProperties = z
  .object({
    code: GssCode,
    name: PlainText,
    /** [longitude, latitude] of a point inside the shape, for a label or marker. */
    label: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  })
  .strict();
export type ShapeProperties = z.infer<typeof ShapeProperties>;

const ShapeGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), arcs: z.array(Ring).min(1), properties: ShapeProperties }).strict(),
  z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(Ring).min(1)).min(1), properties: ShapeProperties }).strict(),
]);

const Collection = z
  .object({ type: z.literal('GeometryCollection'), geometries: z.array(ShapeGeometry).min(1) })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.geometries.forEach((g, i) => {
      const code = g.properties.code;
      if (seen.has(code)) ctx.addIssue({ code: 'custom', path: ['geometries', i, 'properties', 'code'], message: `expected each code once; ${code} is also at geometries[${seen.get(code)}]` });
      seen.set(code, i);
    });
  });

export const CouncilShapes = z
  .object({
    type: z.literal('Topology'),
    /** The boundary source's id in data/official/sources.json. */
    source: Id,
    /** The attribution the licence asks for, shown under every map. */
    attribution: PlainText,
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    transform: z.object({ scale: z.tuple([z.number().positive(), z.number().positive()]), translate: z.tuple([z.number(), z.number()]) }).strict(),
    objects: z.object({ councils: Collection, regions: Collection }).strict(),
    arcs: z.array(Arc).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    // Every arc a geometry names exists (~i is arc i reversed).
    const n = t.arcs.length;
    for (const key of ['councils', 'regions'] as const) {
      t.objects[key].geometries.forEach((g, i) => {
        const flat = (g.arcs as unknown[]).flat(2) as number[];
        const bad = flat.find((a) => (a < 0 ? ~a : a) >= n);
        if (bad !== undefined) ctx.addIssue({ code: 'custom', path: ['objects', key, 'geometries', i, 'arcs'], message: `names arc ${bad}, but there are only ${n} arcs` });
      });
    }
  });
export type CouncilShapes = z.infer<typeof CouncilShapes>;
