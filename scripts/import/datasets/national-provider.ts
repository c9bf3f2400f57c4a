/**
 * England only: children looked after on 31 March by placement type, inside or outside the
 * council boundary, and provider. One count measure per type x provider cell; the file's
 * percentages (of all children in care) are not imported: they follow from the counts.
 */
import { join } from 'node:path';
import type { Measure } from '../../../src/data/schemas/measures.ts';
import { readCsv } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { checkTimeIdentifier, dfeYear, locator } from '../dfe.ts';
import { ENGLAND } from '../areas.ts';
import { cell } from '../values.ts';
import { ImportError } from '../errors.ts';
import { marchOf } from '../util.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const NATIONAL_PROVIDER_FILE = 'dfe_national_cla_on_31_march_by_placement_provider_type_locality_2020_2024.csv';

const TYPES: Record<string, { slug: string; words: string }> = {
  foster: { slug: 'foster', words: 'in foster placements' },
  "Secure homes and children's homes": { slug: 'childrens-homes', words: "in secure homes or children's homes" },
  'Independent and semi-independent living arrangements/supported accommodation': { slug: 'supported-accommodation', words: 'in independent or semi-independent living or supported accommodation' },
  'Other residential settings': { slug: 'other-residential', words: 'in other residential settings' },
  'Residential schools': { slug: 'residential-schools', words: 'in residential schools' },
  'Placed with parents or other person with parental responsibility': { slug: 'with-parents', words: 'placed with parents or another person with parental responsibility' },
  'Placed for adoption': { slug: 'for-adoption', words: 'placed for adoption' },
};

const PROVIDERS: Record<string, { slug: string; words: string }> = {
  'All children': { slug: 'any', words: 'any provider' },
  'Own provision (by the LA)': { slug: 'own-council', words: 'the council itself' },
  'Private provision': { slug: 'private', words: 'private providers' },
  'Voluntary/third sector provision': { slug: 'voluntary', words: 'voluntary or third-sector providers' },
  'Other LA provision': { slug: 'other-council', words: 'another council' },
  'Other public provision (e.g., PCT)': { slug: 'other-public', words: 'other public bodies' },
  'Parents or other person with parental responsibility': { slug: 'parents', words: 'parents or another person with parental responsibility' },
  'Placement provider not reported': { slug: 'not-reported', words: 'a provider not reported' },
};

/** "2b. Secure homes and children's homes" -> inside, childrens-homes. */
function placementType(label: string): { slug: string; words: string; location?: Measure['location'] } | undefined {
  const m = /^(\d)([a-g]?)\. (.+)$/.exec(label);
  if (!m) return undefined;
  const [, num, letter, rest] = m;
  if (num === '1' && !letter && rest === 'All children looked after at 31 March') return { slug: 'all', words: 'all children in care' };
  if (num === '4' && !letter && rest === 'Other placement') return { slug: 'other', words: 'in other placements' };
  const where = num === '2' ? 'inside' : num === '3' ? 'outside' : undefined;
  if (!where) return undefined;
  const location: Measure['location'] = where === 'inside' ? 'in-area' : 'outside-area';
  const boundary = `${where} the council boundary`;
  if (!letter) return rest === `All children placed ${where} council boundary` ? { slug: where, words: `placed ${boundary}`, location } : undefined;
  const t = rest === 'Foster placements' ? TYPES.foster : TYPES[rest];
  return t ? { slug: `${where}-${t.slug}`, words: `${t.words}, ${boundary}`, location } : undefined;
}

export function importNationalProvider(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, NATIONAL_PROVIDER_FILE), [
    {
      name: '2024 release',
      columns: {
        year: 'time_period',
        timeIdentifier: 'time_identifier',
        level: 'geographic_level',
        countryCode: 'country_code',
        countryName: 'country_name',
        type: 'placement_type',
        provider: 'placement_provider',
        number: 'number',
        percentage: 'percentage',
      },
    },
  ]);
  const { file } = csv;
  const col = new Collector(file);
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    if (r.get('level') !== 'National') throw new ImportError(file, `geographic level "${r.get('level')}" in an England-only file`, { row: r.row, column: 'geographic_level' });
    if (r.get('countryCode') !== ENGLAND) throw new ImportError(file, `country code "${r.get('countryCode')}" is not England's`, { row: r.row, column: 'country_code' });
    const t = placementType(r.get('type'));
    if (!t) throw new ImportError(file, `unknown placement type "${r.get('type')}"`, { row: r.row, column: 'placement_type' });
    const p = PROVIDERS[r.get('provider')];
    if (!p) throw new ImportError(file, `unknown placement provider "${r.get('provider')}"`, { row: r.row, column: 'placement_provider' });
    const id = `placed-${t.slug}-by-${p.slug}`;
    ctx.measures.add({
      id,
      label: `Children in care ${t.slug === 'all' ? '' : `${t.words} `}provided by ${p.words}`.replace('Children in care all children in care', 'Children in care'),
      unit: 'children',
      topic: 'placed',
      definition: `Children looked after on 31 March ${t.slug === 'all' ? '' : `${t.words}, `}whose placement was provided by ${p.words} (national table).`.replace(/ +/g, ' '),
      ...(t.location ? { location: t.location } : {}),
    });
    cell(r, file, 'percentage'); // checked, not written
    const year = dfeYear(r, file, 'year');
    col.add({ measure: id, area: ENGLAND, value: cell(r, file, 'number', { integer: true }), breakdown: 'placement-type-provider', source: SOURCES.nationalProvider2024.id, locator: locator(file, r.row), asAt: marchOf(year) } as Obs, r.row, 'placement_provider');
  }
  return { id: 'england-placement-provider', observations: col.items, rowsRead: { [file]: csv.rows.length } };
}
