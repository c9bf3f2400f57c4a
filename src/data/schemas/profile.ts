/**
 * data/site/profile.json: the official profile every council and region has, as data.
 *
 * - computed: measures we work out from two published ones (a ratio, a per-child sum); each is
 *   added to the official model beside DfE's, marked computed, with what it was worked from.
 * - sections: the parts of a profile page, in order: heading, what it shows, the measures (by id
 *   in data/official/measures.json or `computed`), which comparators it has, notes. One renderer
 *   (src/components/ProfileSection.astro) draws them all from src/views/profile.ts.
 * - compare: the measures with an England-wide page /compare/<id>/ (map, ranked table, CSV).
 */
import { z } from 'zod';
import { Id, PlainText, Unit } from './common.ts';

export const ComputedMeasure = z
  .object({
    id: Id,
    label: PlainText,
    /** How the label reads inside a sentence ("spending per child in care"). */
    short: PlainText,
    unit: Unit,
    /** numerator ÷ denominator, each at the same 31 March (or financial year ending on it). */
    numerator: Id,
    denominator: Id,
    definition: PlainText,
    /** What the figure does not say, shown beside it. */
    caveat: PlainText.optional(),
    topic: z.enum(['children-in-care', 'placed', 'location', 'supply', 'flow', 'care-leavers', 'outcome', 'context']),
  })
  .strict();
export type ComputedMeasure = z.infer<typeof ComputedMeasure>;

/** One row of a section's table: a measure (a count, a sum) and, where published, its share. */
export const SectionPart = z
  .object({
    label: PlainText,
    measure: Id,
    /** The publisher's own percentage of the same thing, from the same file. */
    share: Id.optional(),
  })
  .strict();

export const Comparator = z.enum(['region', 'england', 'neighbours']);

export const ProfileSection = z
  .object({
    id: Id,
    heading: PlainText,
    /** One sentence: what the section shows, for the reader who does not know the measures. */
    about: PlainText,
    /**
     * parts: rows of parts of one whole at the newest date, with shares and comparators, and the
     * earlier years folded; supply: Ofsted's registered provision located in the area;
     * need-supply: a computed measure with the two counts it comes from; inspection: Ofsted's
     * judgements of the council's children's services.
     */
    kind: z.enum(['parts', 'supply', 'need-supply', 'inspection']),
    /** The measure the section's chart compares across areas (council, neighbours, region, England). */
    headline: Id.optional(),
    /** What the parts add up to (children in care, care leavers of an age), shown as the total row. */
    total: Id.optional(),
    parts: z.array(SectionPart).default([]),
    comparators: z.array(Comparator).default(['region', 'england', 'neighbours']),
    /** Sections for councils only (neighbours are councils'). */
    councilsOnly: z.boolean().default(false),
    /** Where the publisher has no regional rows (MHCLG's RO3), a region's page sums its councils, labelled. */
    regionRows: z.enum(['published', 'sum-of-councils']).default('published'),
    notes: z.array(PlainText).default([]),
  })
  .strict();
export type ProfileSection = z.infer<typeof ProfileSection>;

export const CompareMeasure = z
  .object({
    /** The page's address: /compare/<id>/. */
    id: Id,
    /** measure: a number per council; judgement: Ofsted's overall judgement (measure names it). */
    kind: z.enum(['measure', 'judgement']).default('measure'),
    measure: Id,
    /** "Children in care per 10,000 children": the page's heading. */
    heading: PlainText,
    /** Why a provider, carer or councillor would look at it. */
    why: PlainText,
  })
  .strict();
export type CompareMeasure = z.infer<typeof CompareMeasure>;

export const Profile = z
  .object({
    computed: z.array(ComputedMeasure),
    sections: z.array(ProfileSection).min(1),
    compare: z.array(CompareMeasure).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `expected a unique section id; "${s.id}" is used twice` });
      seen.add(s.id);
      if (s.kind === 'parts' && !s.parts.length) ctx.addIssue({ code: 'custom', path: ['sections', i, 'parts'], message: 'expected at least one part in a "parts" section' });
    });
    const ids = new Set<string>();
    p.compare.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['compare', i, 'id'], message: `expected a unique compare id; "${c.id}" is used twice` });
      ids.add(c.id);
    });
  });
export type Profile = z.infer<typeof Profile>;
