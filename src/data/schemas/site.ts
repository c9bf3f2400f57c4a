/**
 * data/site/site.json: the portal itself, as data. Its name and who runs it (the frame every page
 * carries), its public address, its own contact, the main navigation, and the one explicit answer
 * to "which councils are covered in depth": each a data folder with its own strategy and market
 * position statement. Every other council's pages come from official statistics alone.
 */
import { z } from 'zod';
import { Id, PlainText } from './common.ts';

export const SiteCouncil = z
  .object({
    /** The council's address on the site, /councils/<slug>/: its official area's slug where it has one. */
    slug: Id,
    /** Its data folder, relative to the project (data/councils/<slug>). */
    dir: z.string().min(1),
    /** Made-up data for tests and benchmarks: built locally, never published. */
    synthetic: z.boolean().default(false),
  })
  .strict();
export type SiteCouncil = z.infer<typeof SiteCouncil>;

export const Site = z
  .object({
    /** "Sufficiency Portal": the header, every title's suffix and og:site_name. */
    name: PlainText,
    /** One line under the name in the header. */
    tagline: PlainText,
    /** Who runs the portal, as the footer and the about text say it. */
    runBy: PlainText,
    /** What the portal is, in two or three sentences (the home page and the about text). */
    about: PlainText,
    /** Where the site is published; SITE_URL overrides it. None until it has one. */
    publicUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** The portal's own contact: for questions about the site, never about a child or a council's service. */
    contact: z
      .object({
        label: PlainText,
        /** A web page or form for the portal team; absent until one exists. */
        url: z.url({ protocol: /^https$/ }).optional(),
        email: z.email().optional(),
        /** What to say where no address is published yet. */
        note: PlainText.optional(),
      })
      .strict(),
    /** The main navigation, in order: label and site path ("" is the home page). */
    nav: z.array(z.object({ label: PlainText, path: z.string().regex(/^([a-z0-9-]+\/)*$/, 'expected a site path such as "councils/" or "" for the home page') }).strict()).min(1),
    licence: PlainText,
    /**
     * The first "as at" date (31 March) whose official figures each council keeps at a dated address,
     * /councils/<slug>/as-at/<date>/, for papers that cite them: every later date gets one too.
     */
    citeOfficialFrom: z.string().regex(/^\d{4}-03-31$/, 'expected a 31 March date such as "2025-03-31"'),
    /** The councils covered in depth, each under /councils/<slug>/. */
    councils: z.array(SiteCouncil).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.councils.forEach((c, i) => {
      if (seen.has(c.slug)) ctx.addIssue({ code: 'custom', path: ['councils', i, 'slug'], message: `expected each council once; "${c.slug}" is listed twice` });
      seen.add(c.slug);
    });
  });
export type Site = z.infer<typeof Site>;
