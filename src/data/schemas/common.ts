import { z } from 'zod';

/** Identifiers are lower-case slugs so they can become stable URLs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug id such as "childrens-homes"');

/** A real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export const IsoDate = z.string().refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  },
  { message: 'expected a real date written YYYY-MM-DD' },
);

/** Free text shown on the page: plain text only, never markup. */
export const PlainText = z
  .string()
  .min(1, 'expected non-empty text')
  .refine((s) => !/<\/?[a-z!][^>]*>/i.test(s), { message: 'expected plain text without HTML tags' });

export const Units = [
  'children',
  'young-people',
  'places',
  'households',
  'carers',
  'flats',
  'properties',
  'homes',
  'providers',
  'services',
  'constellations',
  'women',
  'enquiries',
  'visits',
  'occasions',
  'areas',
  'days',
  'gbp',
  'percent',
  'rate-per-10k',
  'ratio',
  /** A publisher's grades (Ofsted's four judgements), drawn as shades, never as numbers. */
  'grades',
] as const;
export const Unit = z.enum(Units);
export type Unit = z.infer<typeof Unit>;

/**
 * Units that fall under the disclosure rule: counts of children or young people, and occasions a
 * child was placed (each use of a placement is a child, so a small number of them is a small count
 * of children).
 */
export const CHILD_COUNT_UNITS: readonly Unit[] = ['children', 'young-people', 'occasions'];

const NonNegInt = z.number().int('expected a whole number').nonnegative('expected a non-negative number');
const NonNeg = z.number().nonnegative('expected a non-negative number');

/**
 * A published value: a number, a range ("2 to 3 places") or an explicit status.
 * Counts must be whole numbers; the unit decides that (see Figure refinement).
 */
export const Value = z.union([
  NonNeg,
  z
    .object({ min: NonNeg, max: NonNeg })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'expected a range with min not above max' }),
  z.enum(['not-published', 'suppressed']),
  /** DfE's symbols, kept as published (never read as 0); see src/text/symbols.ts. */
  z.enum(['c', 'z', 'x', 'k', 'low', 'u']),
]);
export type Value = z.infer<typeof Value>;

/** DfE's symbols for values that are not a plain number. */
export const DFE_SYMBOLS = ['c', 'z', 'x', 'k', 'low', 'u'] as const;
export type DfeSymbol = (typeof DFE_SYMBOLS)[number];

/** An ONS GSS code: E92 country, E12 region, E06-E10 council, E14 constituency. */
export const GssCode = z.string().regex(/^[EWSN]\d{8}$/, 'expected an ONS GSS code such as "E06000059"');

/** Where a figure comes from: which document, which section, and the date it describes. */
export const Provenance = z
  .object({
    source: Id,
    locator: PlainText,
    asAt: IsoDate,
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

export const FRACTIONAL_UNITS: readonly Unit[] = ['gbp', 'percent', 'rate-per-10k', 'ratio', 'days'];

/** Counts of things are whole numbers; money, percentages, rates and ratios need not be. */
export function isWholeWhereCounted(value: Value, unit: Unit): boolean {
  if (FRACTIONAL_UNITS.includes(unit)) return true;
  if (typeof value === 'number') return Number.isInteger(value);
  if (typeof value === 'object') return Number.isInteger(value.min) && Number.isInteger(value.max);
  return true;
}

export { NonNegInt };
