/** council.json: who the council is, how the site words it, and what it leads with. */
import { z } from 'zod';
import { GssCode, Id, IsoDate, PlainText } from './common.ts';
import { Audience } from './placement-types.ts';

/** What a public page gave for a contact route. */
export const ContactDetail = z.enum(['url', 'phone', 'email']);
export type ContactDetail = z.infer<typeof ContactDetail>;

/** Where details of a contact route were read, and when: only the council's own public pages. */
export const ContactCheck = z
  .object({
    /** The public page the details were taken from. */
    page: z.url({ protocol: /^https$/ }),
    /** That page's title, as the council gives it. */
    title: PlainText,
    checkedOn: IsoDate,
    /** Which of the route's details this page gives. */
    gives: z.array(ContactDetail).min(1),
  })
  .strict();
export type ContactCheck = z.infer<typeof ContactCheck>;

export const Contact = z
  .object({
    id: Id,
    /** The team or route, as the council names it ("Fostering service"). */
    label: PlainText,
    /** Who the route is for and what to use it for. */
    purpose: PlainText,
    /** Which readers this route is for. */
    audiences: z.array(Audience).default([]),
    /** Public web page or enquiry form for this route. */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** The words of the link to `url`; "<label> on the council's website" when absent. */
    linkText: PlainText.optional(),
    /** Team mailbox; personal addresses from board papers are never published. */
    email: z.email().optional(),
    phone: z.string().regex(/^[0-9 +()]{6,20}$/, 'expected a phone number such as "01305 221000"').optional(),
    /** Who answers `phone` when it is not the team itself ("the council's customer services"). */
    phoneLabel: PlainText.optional(),
    /** The public pages the url, phone and email were taken from, and when each was checked. */
    checks: z.array(ContactCheck).default([]),
    note: PlainText.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const detail of ContactDetail.options) {
      if (c[detail] !== undefined && !c.checks.some((k) => k.gives.includes(detail)))
        ctx.addIssue({ code: 'custom', path: ['checks'], message: `expected a check naming the public page the ${detail} was taken from` });
    }
    for (const [i, k] of c.checks.entries())
      for (const [j, detail] of k.gives.entries())
        if (c[detail] === undefined) ctx.addIssue({ code: 'custom', path: ['checks', i, 'gives', j], message: `names a ${detail} the route does not have` });
  });
export type Contact = z.infer<typeof Contact>;

export const Council = z
  .object({
    slug: Id,
    names: z
      .object({
        /** "Westshire Council" */
        full: PlainText,
        /** "Westshire": the place, as in "children in Westshire". */
        short: PlainText,
        /** "Westshire Council carers": how the documents name the council's own foster carers. */
        carers: PlainText,
      })
      .strict(),
    codes: z
      .object({
        ons: GssCode,
        /** DfE's three-digit local authority number. */
        dfe: z.string().regex(/^\d{3}$/, 'expected DfE\'s three-digit council number such as "838"'),
      })
      .strict(),
    region: PlainText,
    website: z.url({ protocol: /^https$/ }),
    /** Where this site is published; SITE_URL overrides it. */
    siteUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Each edition of the strategy, oldest first. The last is current: the site shows each
     *  measure's latest observation as at its date. */
    editions: z
      .array(
        z
          .object({
            title: PlainText,
            period: PlainText,
            asAt: IsoDate,
            published: IsoDate,
          })
          .strict(),
      )
      .min(1)
      .refine((e) => e.every((x, i) => i === 0 || e[i - 1].asAt < x.asAt), { message: 'expected editions oldest first, each with a later "as at" date' }),
    contacts: z.array(Contact).min(1),
    /** Child counts from min to max are withheld as "c" (at least 1 to 5, DfE practice). */
    suppression: z
      .object({
        min: z.number().int().positive().max(1, 'expected 1: every count of children from 1 upwards is withheld'),
        max: z.number().int().positive().min(5, 'expected at least 5: counts of children from 1 to 5 are always withheld'),
      })
      .strict()
      .refine((s) => s.min <= s.max, { message: 'expected min not above max' }),
    /** Measures the home page leads with, in order; each shows its latest observation. */
    headlines: z
      .array(z.object({ measure: Id, label: PlainText.optional(), cohort: PlainText.optional() }).strict())
      .min(1),
    /** The fostering page: its headline measures, the ways to care it lists, and the
     *  placement types whose carer shortfalls it quotes. */
    fostering: z
      .object({
        headlines: z.array(z.object({ measure: Id, label: PlainText.optional() }).strict()),
        types: z.array(Id),
        recruitingTypes: z.array(Id),
      })
      .strict(),
    /** Which charts the council's data supports: measures drawn as trends over time, and the
     *  measures that split fostered children between council and independent carers. */
    charts: z
      .object({
        trends: z.array(
          z
            .object({
              measure: Id,
              title: PlainText,
              /** The line's name in the key and table. */
              label: PlainText,
              /** What the values are, opening the takeaway ("The number of children in care"). */
              words: PlainText,
              notes: z.array(PlainText).optional(),
            })
            .strict(),
        ),
        fostered: z.object({ council: Id, independent: Id, total: Id }).strict().optional(),
      })
      .strict()
      .default({ trends: [] }),
    licence: PlainText,
  })
  .strict();
export type Council = z.infer<typeof Council>;
