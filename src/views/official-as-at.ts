/**
 * A council's official figures at one "as at" date, at a dated address that does not change when
 * the next release comes: /councils/<slug>/as-at/<date>/. A committee paper can cite it. Each row is
 * the measure's figure at that date (or, for a measure counted on another date, its newest figure on
 * or before it, with its own date), beside the region and England.
 */
import type { OfficialModel, OfficialValue } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import { siteConfig } from '../data/site-config.ts';
import { formatDate } from '../text/format.ts';
import { councilPath, href } from '../site/paths.ts';
import { cell, councilHref, regionHref, releaseOf, sourcesOf, table, type SourceLine, type TableView } from './official-parts.ts';
import type { PageMeta } from './site.ts';

const CLA = 'children-looked-after';

/** The dates with a dated page: each 31 March of the children-in-care series from the site file's first. */
export const citeDates = (o: OfficialModel): string[] => o.dates(CLA).filter((d) => d.endsWith('-03-31') && d >= siteConfig().citeOfficialFrom);

export const asAtHref = (slug: string, date: string) => councilPath(slug, `as-at/${date}/`);

export interface AsAtView {
  meta: PageMeta;
  name: string;
  date: string;
  current: string;
  /** One table per dataset, children in care first. */
  groups: { id: string; title: string; table: TableView }[];
  sources: SourceLine[];
  region?: { name: string; href: string };
}

/** The newest value on or before a date. */
const onOrBefore = (o: OfficialModel, area: string, measure: string, date: string): OfficialValue | undefined =>
  o.series(area, measure).filter((v) => v.asAt <= date).at(-1);

/** What each official dataset counts, as a heading. */
const DATASETS: Record<string, string> = {
  'children-looked-after': 'Children in care',
  'children-looked-after-by-placement': 'Placements, distance, legal status, age and UASC',
  'placement-net-gain': 'Placed inside and outside the area',
  'new-placements': 'New placements',
  'placement-stability': 'Placement stability',
  'care-leavers-accommodation': "Care leavers' accommodation",
  'care-leavers-activity': "Care leavers' education, employment and training",
  'ofsted-providers': "Children's homes and other providers (Ofsted)",
  spending: 'Spending on children in care (MHCLG)',
  'child-population': 'Child population (ONS)',
};

export function asAtView(o: OfficialModel, a: OfficialArea, date: string): AsAtView {
  const region = o.regionOf(a.code);
  const shown: OfficialValue[] = [];
  const byDataset = new Map<string, TableView['rows']>();
  for (const m of o.measuresIn(a.code)) {
    const v = onOrBefore(o, a.code, m, date);
    if (!v) continue;
    const r = region && onOrBefore(o, region.code, m, v.asAt);
    const e = onOrBefore(o, o.england.code, m, v.asAt);
    shown.push(v, ...(r?.asAt === v.asAt ? [r] : []), ...(e?.asAt === v.asAt ? [e] : []));
    const ds = (o.measures.get(m) as { dataset?: string } | undefined)?.dataset ?? 'other';
    byDataset.set(ds, [
      ...(byDataset.get(ds) ?? []),
      { head: o.measures.get(m)?.label ?? m, cells: [formatDate(v.asAt), cell(o, v), r?.asAt === v.asAt ? cell(o, r) : '–', e?.asAt === v.asAt ? cell(o, e) : '–', releaseOf(o, v.source)] },
    ]);
  }
  const when = formatDate(date);
  return {
    meta: {
      title: `${a.name}: official figures as at ${when}`,
      description: `${a.name}'s official figures on children in care, placements and children's homes as at ${when}, with ${region?.name ?? 'its region'} and England: a dated page for citing.`,
      kind: 'council',
      // A dated copy of figures the council's own page shows: found through that page, not search.
      noindex: true,
      dataAsAt: when,
      crumbs: [{ label: 'Councils', href: href('councils/') }],
    },
    name: a.name,
    date: when,
    current: councilHref(a),
    region: region ? { name: region.name, href: regionHref(region) } : undefined,
    groups: [...byDataset]
      .sort(([x], [y]) => (x === 'children-looked-after' ? -1 : y === 'children-looked-after' ? 1 : (DATASETS[x] ?? x).localeCompare(DATASETS[y] ?? y)))
      .map(([id, rows]) => ({
        id,
        title: DATASETS[id] ?? 'Other official figures',
        table: table({
          id: `as-at-${id}`,
          caption: `${a.name}: ${(DATASETS[id] ?? 'other official figures').toLowerCase()}, as at ${when}`,
          columns: [{ label: 'Measure' }, { label: 'As at' }, { label: a.name, num: true }, { label: region?.name ?? 'Region', num: true }, { label: 'England', num: true }, { label: 'Release' }],
          rows,
          notes: ['A measure counted on another date (Ofsted counts children’s homes on 31 March of its own year) shows its newest figure on or before this date, with that date.'],
        }),
      })),
    sources: sourcesOf(o, shown),
  };
}
