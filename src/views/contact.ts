/**
 * The council's own contact routes for one audience, as the pages show them: the web page or form,
 * the phone number and team mailbox where the council publishes them, and where each was checked.
 * Routes, names and numbers are data (council.json `contacts`); only the wording lives here.
 */
import type { Model } from '../data/model.ts';
import type { Audience } from '../data/schemas/placement-types.ts';
import type { Contact, ContactDetail } from '../data/schemas/council.ts';
import { formatDate, listWords } from '../text/format.ts';
import { inSentence, sentenceStart } from '../text/case.ts';

export interface ContactLink {
  href: string;
  text: string;
}

export interface ContactRouteView {
  id: string;
  /** The team or route, as the council names it. */
  team: string;
  purpose: string;
  /** The council's page or enquiry form. */
  link?: ContactLink;
  /** `tel:` link; the text is the number as the council writes it. */
  phone?: ContactLink;
  /** Who answers the phone, in a sentence: "the <team>", or whom the council names ("the council's customer services"). */
  phoneWho: string;
  /** `mailto:` link to a team mailbox. */
  email?: ContactLink;
  note?: string;
  /** "Web address and phone number checked on the council's page “Foster with us” on 2 December 2026." */
  provenance: { words: string; page: ContactLink; checked: string }[];
}

const DETAIL_WORDS: Record<ContactDetail, string> = { url: 'web address', phone: 'phone number', email: 'email address' };

/** "01305 225568" → "tel:01305225568": digits and a leading plus only, as the number is written. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export function contactRouteView(c: Contact): ContactRouteView {
  return {
    id: c.id,
    team: c.label,
    purpose: c.purpose,
    link: c.url ? { href: c.url, text: c.linkText ?? `${c.label} on the council's website` } : undefined,
    phone: c.phone ? { href: telHref(c.phone), text: c.phone } : undefined,
    phoneWho: c.phoneLabel ?? `the ${inSentence(c.label)}`,
    email: c.email ? { href: `mailto:${c.email}`, text: c.email } : undefined,
    note: c.note,
    provenance: c.checks.map((k) => ({
      words: sentenceStart(listWords(k.gives.map((g) => DETAIL_WORDS[g]))),
      page: { href: k.page, text: k.title },
      checked: formatDate(k.checkedOn),
    })),
  };
}

/** The routes for one audience, in the order council.json lists them (the first is the main one). */
export function contactRoutes(m: Model, audience: Audience): ContactRouteView[] {
  return m.council.contacts.filter((c) => c.audiences.includes(audience)).map(contactRouteView);
}
