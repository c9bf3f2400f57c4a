import { z } from 'zod';
import { Id, IsoDate, PlainText } from './common.ts';

/** A public web page a fostering fact was read from, and the day it was checked. */
export const WebPage = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    /** The page's title, as its publisher gives it. */
    title: PlainText,
    /** Who publishes it, when not the council ("GOV.UK", "The Fostering Network"). */
    publisher: PlainText.optional(),
    checkedOn: IsoDate,
  })
  .strict();

/** One fact in our own words, with the page (an id in `pages`) it comes from. */
const Fact = z.object({ text: PlainText, page: Id }).strict();

/** A weekly payment per child as the page prints it, in pounds. */
const Rate = z.object({ label: PlainText, weekly: z.number().positive() }).strict();

const RateTable = z
  .object({
    /** What the payment is for, in our words. */
    about: PlainText,
    rows: z.array(Rate).min(1),
    page: Id,
    /** What the page does not say about the rates (no year, for example). */
    note: PlainText.optional(),
  })
  .strict();

/**
 * What a prospective foster carer asks, for one council, from its public pages: pay, who can
 * foster, the steps and how long approval takes. Where the council publishes nothing,
 * `timeToApproval.council` is "not-published" and `elsewhere` gives a national page, attributed.
 */
export const FosteringOffer = z
  .object({
    pages: z.record(Id, WebPage),
    fees: RateTable,
    allowances: RateTable,
    /** Later changes the council announced to its payments. */
    changes: z.array(Fact),
    whoCanFoster: z.array(Fact).min(1),
    steps: z.array(Fact.extend({ title: PlainText })).min(1),
    timeToApproval: z
      .object({
        council: z.union([z.literal('not-published'), PlainText]),
        /** Where we looked (page ids). */
        searched: z.array(Id),
        elsewhere: z.array(Fact),
      })
      .strict(),
  })
  .strict();
export type FosteringOffer = z.infer<typeof FosteringOffer>;
export type WebPage = z.infer<typeof WebPage>;
