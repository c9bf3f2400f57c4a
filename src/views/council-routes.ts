/**
 * "Contact the council": a route to every council for each reader. A council's own public page
 * where one was checked (its council.json contacts when covered in depth, else
 * data/site/council-routes.json), and otherwise GOV.UK's national services, named as such.
 */
import type { Model } from '../data/model.ts';
import { councilRoutes } from '../data/council-routes.ts';
import { formatDate } from '../text/format.ts';

export interface RouteLink {
  /** Who the route is for, as a heading word. */
  for: string;
  text: string;
  /** Absent for a regional hub whose own address we did not find. */
  href?: string;
  /** Where the address was read and when ("Checked 4 December 2026 on 'Foster with us'"), for a council's own page. */
  checked?: string;
  /** The council's own page, a regional hub, or a national service standing in for one. */
  kind: 'council' | 'hub' | 'national';
}

export interface CouncilRoutesView {
  name: string;
  links: RouteLink[];
  /** How many of the links are the council's own pages (the rest are national services). */
  own: number;
}

/** GOV.UK's national services, used where no council page was checked. */
export const NATIONAL = {
  findCouncil: { text: 'Find your local council (GOV.UK)', href: 'https://www.gov.uk/find-local-council' },
  fostering: { text: 'Becoming a foster parent in England (GOV.UK)', href: 'https://www.gov.uk/becoming-foster-parent' },
} as const;

const checkedText = (checks: { title: string; checkedOn: string }[]) =>
  checks.length ? `Checked ${formatDate(checks.at(-1)!.checkedOn)} on the page “${checks.at(-1)!.title}”.` : undefined;

export function councilRoutesView(slug: string, name: string, m?: Model): CouncilRoutesView {
  const links: RouteLink[] = [];
  const own = (m?.council.contacts ?? []).filter((c) => c.url);
  const data = councilRoutes().get(slug);
  const fostering = own.find((c) => c.audiences.includes('foster-carers'));
  if (fostering) links.push({ for: 'Fostering', text: fostering.linkText ?? `${fostering.label} on the council's website`, href: fostering.url!, checked: checkedText(fostering.checks), kind: 'council' });
  else if (data?.fostering) links.push({ for: 'Fostering', text: data.fostering.linkText, href: data.fostering.url, checked: checkedText(data.fostering.checks), kind: 'council' });
  else links.push({ for: 'Fostering', ...NATIONAL.fostering, kind: 'national' });
  if (data?.hub) links.push({ for: 'Fostering', text: `${data.hub.name}, the regional fostering hub`, href: data.hub.url, checked: checkedText(data.hub.checks), kind: 'hub' });
  const providers = own.find((c) => c.audiences.includes('providers'));
  if (providers) links.push({ for: 'Providers', text: providers.linkText ?? `${providers.label} on the council's website`, href: providers.url!, checked: checkedText(providers.checks), kind: 'council' });
  else if (data?.commissioning) links.push({ for: 'Providers', text: data.commissioning.linkText, href: data.commissioning.url, checked: checkedText(data.commissioning.checks), kind: 'council' });
  else links.push({ for: 'Providers and everyone else', ...NATIONAL.findCouncil, kind: 'national' });
  return { name, links, own: links.filter((l) => l.kind === 'council').length };
}
