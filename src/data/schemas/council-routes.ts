/**
 * data/site/council-routes.json: each council's own public pages for people who want to foster
 * and for providers (its fostering service, its commissioning or children's services page), and the
 * regional fostering recruitment hub it belongs to, each with the stored public page it was read
 * from and the day it was checked. Only addresses a public page confirms; never an officer's name.
 */
import { z } from 'zod';
import { GssCode, Id, IsoDate, PlainText } from './common.ts';

export const RouteCheck = z.object({ page: z.url({ protocol: /^https?$/ }), title: PlainText, checkedOn: IsoDate }).strict();

const Route = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    linkText: PlainText,
    checks: z.array(RouteCheck).min(1, 'expected the public page the address was read from'),
    /** Anything doubtful about the address (read from another page's text, an older site path). */
    note: PlainText.optional(),
  })
  .strict();

export const CouncilRoute = z
  .object({
    code: GssCode,
    slug: Id,
    name: PlainText,
    fostering: Route.nullable().default(null),
    commissioning: Route.extend({ kind: z.enum(['commissioning', 'procurement', 'childrens-social-care']) }).strict().nullable().default(null),
    /** The regional fostering recruitment hub, where a public page confirms the council is in it (its address where one was found). */
    hub: z.object({ name: PlainText, url: z.url({ protocol: /^https?$/ }).optional(), checks: z.array(RouteCheck).min(1), note: PlainText.optional() }).strict().nullable().default(null),
  })
  .strict();
export type CouncilRoute = z.infer<typeof CouncilRoute>;

export const CouncilRoutes = z.array(CouncilRoute).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((r, i) => {
    if (seen.has(r.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `expected each council once; "${r.slug}" is listed twice` });
    seen.add(r.slug);
  });
});
