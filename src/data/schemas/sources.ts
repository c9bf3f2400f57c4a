import { z } from 'zod';
import { Id, IsoDate, PlainText } from './common.ts';

/**
 * Where a public copy of the document is: the document itself, or the committee's page for the
 * meeting or item that publishes it; `not-found` when none was found (say where we looked).
 */
export const PublicCopy = z.enum(['document', 'meeting-page', 'not-found']);
export type PublicCopy = z.infer<typeof PublicCopy>;

const Https = z.url({ protocol: /^https$/ });

export const Source = z
  .object({
    id: Id,
    /** The seed file the figures were read from. */
    file: z.string().min(1),
    title: PlainText,
    /** Used in citations beside figures. */
    shortTitle: PlainText,
    publisher: PlainText,
    kind: z.enum(['strategy', 'board-pack', 'board-report', 'self-assessment', 'official-statistics']),
    /** Date of the document (first day of the month where only a month is known). */
    date: IsoDate,
    dateLabel: PlainText,
    summary: PlainText,
    /** Whether the original is public, and where. */
    public: PublicCopy,
    /** The public address of the original (required unless `public` is `not-found`). */
    url: Https.optional(),
    /** The title of the page at `url`. */
    urlTitle: PlainText.optional(),
    /** When we looked for the public copy. */
    checkedOn: IsoDate,
    /** What we found, in words ("No public copy found on the council's website, checked 2 December 2026"). */
    publicNote: PlainText.optional(),
    /** Where to look when the document itself was not found, e.g. the committee's list of meetings. */
    seeAlso: z.object({ url: Https, title: PlainText }).strict().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.public === 'not-found') {
      if (s.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'expected no url when "public" is "not-found" (use seeAlso for where to look)' });
      if (!s.publicNote) ctx.addIssue({ code: 'custom', path: ['publicNote'], message: 'expected a note saying no public copy was found, where we looked and when' });
    } else {
      if (!s.url) ctx.addIssue({ code: 'custom', path: ['url'], message: `expected the public address of the original when "public" is "${s.public}"` });
      if (!s.urlTitle) ctx.addIssue({ code: 'custom', path: ['urlTitle'], message: 'expected the title of the page at url' });
    }
  });
export const Sources = z.array(Source).min(1);
export type Source = z.infer<typeof Source>;
