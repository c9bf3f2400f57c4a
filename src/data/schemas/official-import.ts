/**
 * Extra shapes written by the official-data importers (scripts/import/) to data/official/,
 * beside the shared ones in official.ts, measures.ts and observations.ts:
 *
 * - OfficialObservation: an Observation whose value may be negative, for the few measures that
 *   are differences (net gain of placed children). The shared Value is non-negative.
 * - ImportedSource: an OfficialSource with the attribution line the licence asks for.
 * - ConstituencyArea / ConstituencyObservation: Ofsted names parliamentary constituencies
 *   but gives no ONS code, and GssCode cannot hold a made-up one, so a constituency (as reported
 *   under one council) has a slug id such as "<constituency-slug>-e06000999" instead.
 * - District: an ONS lower-tier district and the upper-tier council DfE reports it under.
 * - ImportNote: something the importer noticed and resolved (e.g. two Ofsted sheets disagree).
 * - StatisticalNeighbours: DfE's 10 statistical neighbours of each council (neighbours.json).
 * - Inspections: Ofsted's latest ILACS judgements of each council (inspections.json).
 */
import { z } from 'zod';
import { GssCode, Id, IsoDate, PlainText, Value } from './common.ts';
import { Observation } from './observations.ts';
import { OfficialSource } from './official.ts';

/** Measures whose values are differences and may be below zero. */
export const SIGNED_MEASURES: readonly string[] = [
  'placement-net-gain',
  // MHCLG RO3: income and net expenditure can be below zero (refunds, income above spending).
  ...['looked-after', 'looked-after-residential', 'looked-after-fostering', 'looked-after-uasc', 'looked-after-other', 'childrens-social-care'].flatMap((s) => [`${s}-income`, `${s}-net-expenditure`]),
];

export const OfficialObservation = Observation.extend({ value: z.union([Value, z.number().finite()]) })
  .strict()
  .superRefine((o, ctx) => {
    if (typeof o.value === 'number' && o.value < 0 && !SIGNED_MEASURES.includes(o.measure)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `expected a non-negative number for measure "${o.measure}"` });
    }
  });
export const OfficialObservations = z.array(OfficialObservation);
export type OfficialObservation = z.infer<typeof OfficialObservation>;

export const ImportedSource = OfficialSource.extend({
  /** The attribution statement the Open Government Licence asks for. */
  attribution: PlainText,
  /** Where the copy we imported came from, when it is not the publisher's own site. */
  origin: PlainText.optional(),
}).strict();
export const ImportedSources = z.array(ImportedSource).min(1);
export type ImportedSource = z.infer<typeof ImportedSource>;

export const ConstituencyArea = z
  .object({
    /** Stable synthetic id: constituency slug + council code, e.g. "<constituency-slug>-e06000999". */
    id: Id,
    name: PlainText,
    level: z.literal('constituency'),
    /** The council the providers were reported under (a constituency may span councils). */
    parent: GssCode,
  })
  .strict();
export const ConstituencyAreas = z.array(ConstituencyArea);
export type ConstituencyArea = z.infer<typeof ConstituencyArea>;

export const ConstituencyObservation = Observation.omit({ area: true })
  .extend({ area: Id })
  .strict();
export const ConstituencyObservations = z.array(ConstituencyObservation);
export type ConstituencyObservation = z.infer<typeof ConstituencyObservation>;

export const District = z
  .object({
    code: GssCode,
    name: PlainText,
    /** The upper-tier council (DfE reporting area). */
    council: GssCode,
  })
  .strict();
export const Districts = z.array(District);
export type District = z.infer<typeof District>;

export const ImportNote = z
  .object({
    dataset: Id,
    /** not-imported: rows the importer left out on purpose (e.g. councils abolished before 2019). */
    kind: z.enum(['missing-from-sheet', 'differs-between-sheets', 'not-imported']),
    /** What happened and what the importer did, in plain words. */
    message: PlainText,
    /** Ofsted's unique reference number of the provider concerned. */
    urn: z.string().min(1).optional(),
    field: z.string().min(1).optional(),
    used: PlainText.optional(),
    other: PlainText.optional(),
    asAt: IsoDate,
    locator: PlainText,
  })
  .strict();
export const ImportNotes = z.array(ImportNote);
export type ImportNote = z.infer<typeof ImportNote>;

/** DfE's words for how close a statistical neighbour is (trailing spaces trimmed). */
export const CLOSENESS = ['Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close'] as const;
export const Closeness = z.enum(CLOSENESS);

export const Neighbour = z.object({ code: GssCode, closeness: Closeness }).strict();

/**
 * neighbours.json: council code -> its 10 statistical neighbours, nearest first, each by ONS code
 * with DfE's closeness; locators name the row each list comes from.
 */
export const StatisticalNeighbours = z
  .object({
    source: Id,
    neighbours: z.record(GssCode, z.array(Neighbour).length(10)),
    locators: z.record(GssCode, PlainText),
  })
  .strict()
  .superRefine((n, ctx) => {
    for (const [code, list] of Object.entries(n.neighbours)) {
      if (!n.locators[code]) ctx.addIssue({ code: 'custom', path: ['locators', code], message: 'expected a locator for every council' });
      if (list.some((x) => x.code === code)) ctx.addIssue({ code: 'custom', path: ['neighbours', code], message: 'a council is not its own neighbour' });
      if (new Set(list.map((x) => x.code)).size !== list.length) ctx.addIssue({ code: 'custom', path: ['neighbours', code], message: 'a neighbour is named twice' });
    }
  });
export type StatisticalNeighbours = z.infer<typeof StatisticalNeighbours>;

/** Ofsted's four judgements. */
export const JUDGEMENTS = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export const Judgement = z.enum(JUDGEMENTS);

/** One council's latest ILACS inspection (inspections.json holds one per council). */
export const Inspection = z
  .object({
    area: GssCode,
    /** The first day of the inspection. */
    inspected: IsoDate,
    published: IsoDate,
    overall: Judgement,
    leaders: Judgement,
    helpAndProtection: Judgement,
    childrenInCare: Judgement,
    /**
     * Absent where Ofsted did not judge care leavers on their own: inspections before January 2023
     * judged children in care and care leavers together (the childrenInCare judgement).
     */
    careLeavers: Judgement.optional(),
    /** The day the list describes ("as at 31 March 2025"). */
    asAt: IsoDate,
    source: Id,
    locator: PlainText,
  })
  .strict()
  .refine((i) => i.inspected <= i.published && i.inspected <= i.asAt, { message: 'expected an inspection on or before its publication and the list date', path: ['inspected'] });
export const Inspections = z.array(Inspection);
export type Inspection = z.infer<typeof Inspection>;
