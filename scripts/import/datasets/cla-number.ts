/**
 * Children looked after, starting and ceasing, number and rate per 10,000 children, from two
 * releases whose columns were renamed (population_count/number -> population_type/children_count).
 * Years in both releases: the later release wins and every changed figure becomes a Revision.
 */
import { join } from 'node:path';
import type { Revision } from '../../../src/data/schemas/official.ts';
import { readCsv } from '../csv.ts';
import { Collector, obsKey, type Obs } from '../collect.ts';
import { checkTimeIdentifier, dfeArea, dfeLayout, dfeYear, locator } from '../dfe.ts';
import { cell } from '../values.ts';
import { ImportError } from '../errors.ts';
import { marchOf } from '../util.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const CLA_NUMBER_FILES = [
  { file: 'dfe_cla_number_and_rate_per_10k_children_2020_2024.csv', source: SOURCES.claNumber2024.id, order: 2024 },
  { file: 'dfe_cla_number_and_rate_per_10k_children_2021_2025.csv', source: SOURCES.claNumber2025.id, order: 2025 },
] as const;

/** Per-release column maps: canonical name -> the column in that release. */
const LAYOUTS = [
  dfeLayout('2025 release', { population: 'population_type', estimate: 'population_estimate', count: 'children_count', rate: 'rate_per_10000' }),
  dfeLayout('2024 release', { population: 'population_count', estimate: 'population_estimate', count: 'number', rate: 'rate_per_10000' }),
];

type Pop = 'on31March' | 'starting' | 'ceasing';
const POPULATIONS: Record<string, Pop> = {
  'Children looked after at 31 March each year': 'on31March',
  'Children looked after on 31 March each year': 'on31March',
  'Children starting to be looked after each year': 'starting',
  'Children ceasing to be looked after each year': 'ceasing',
};

export function defineClaMeasures(ctx: Ctx): Record<Pop | 'population', { count: string; rate?: string }> {
  const m = ctx.measures;
  return {
    on31March: {
      count: m.add({ id: 'children-looked-after', label: 'Children in care', unit: 'children', topic: 'children-in-care', definition: 'Children looked after by the council on 31 March.' }),
      rate: m.add({ id: 'children-looked-after-rate', label: 'Children in care per 10,000 children', unit: 'rate-per-10k', topic: 'children-in-care', definition: 'Children looked after on 31 March for every 10,000 children aged under 18 living in the area.' }),
    },
    starting: {
      count: m.add({ id: 'children-starting-care', label: 'Children who started to be in care', unit: 'children', topic: 'flow', definition: 'Children who started to be looked after during the year to 31 March.' }),
      rate: m.add({ id: 'children-starting-care-rate', label: 'Children who started to be in care per 10,000 children', unit: 'rate-per-10k', topic: 'flow', definition: 'Children who started to be looked after during the year to 31 March, for every 10,000 children aged under 18 living in the area.' }),
    },
    ceasing: {
      count: m.add({ id: 'children-leaving-care', label: 'Children who stopped being in care', unit: 'children', topic: 'flow', definition: 'Children who ceased to be looked after during the year to 31 March.' }),
      rate: m.add({ id: 'children-leaving-care-rate', label: 'Children who stopped being in care per 10,000 children', unit: 'rate-per-10k', topic: 'flow', definition: 'Children who ceased to be looked after during the year to 31 March, for every 10,000 children aged under 18 living in the area.' }),
    },
    population: {
      count: m.add({ id: 'child-population', label: 'Children living in the area', unit: 'children', topic: 'context', definition: "ONS's mid-year estimate of children aged under 18 that DfE uses for its rates per 10,000." }),
    },
  };
}

export function readClaRelease(ctx: Ctx, path: string, source: string): { obs: Obs[]; rows: number; file: string } {
  const csv = readCsv(path, LAYOUTS);
  const { file } = csv;
  const ids = defineClaMeasures(ctx);
  const col = new Collector(file);
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    const year = dfeYear(r, file, 'year');
    const area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    const pop = POPULATIONS[r.get('population')];
    if (!pop) throw new ImportError(file, `unknown population "${r.get('population')}"`, { row: r.row, column: r.column('population') });
    const asAt = marchOf(year);
    const period = pop === 'on31March' ? undefined : `year to 31 March ${year}`;
    const base = { area, ...(period ? { period } : {}), source, locator: locator(file, r.row), asAt };
    const m = ids[pop];
    col.add({ measure: m.count, ...base, value: cell(r, file, 'count', { integer: true }) } as Obs, r.row, r.column('population'));
    col.add({ measure: m.rate!, ...base, value: cell(r, file, 'rate'), numerator: m.count } as Obs, r.row, r.column('population'));
    if (pop === 'on31March') col.add({ measure: ids.population.count, area, value: cell(r, file, 'estimate', { integer: true }), note: 'Mid-year estimate DfE used for the rate.', source, locator: locator(file, r.row), asAt } as Obs, r.row, r.column('population'));
  }
  return { obs: col.items, rows: csv.rows.length, file };
}

/** Later releases win; each figure that changed is returned as a Revision. */
export function mergeReleases(releases: { obs: Obs[] }[]): { obs: Obs[]; revisions: Revision[] } {
  const merged = new Map<string, Obs>();
  const revisions: Revision[] = [];
  for (const rel of releases) {
    for (const o of rel.obs) {
      const key = obsKey(o);
      const old = merged.get(key);
      if (old && JSON.stringify(old.value) !== JSON.stringify(o.value)) {
        revisions.push({ measure: o.measure, area: o.area as string, asAt: o.asAt, from: { value: old.value as number | string, source: old.source }, to: { value: o.value as number | string, source: o.source } });
      }
      merged.set(key, o);
    }
  }
  return { obs: [...merged.values()], revisions };
}

export function importClaNumber(ctx: Ctx): DatasetOutput {
  const releases = [...CLA_NUMBER_FILES].sort((a, b) => a.order - b.order).map((f) => readClaRelease(ctx, join(ctx.dir, f.file), f.source));
  const { obs, revisions } = mergeReleases(releases);
  return { id: 'children-looked-after', observations: obs, revisions, rowsRead: Object.fromEntries(releases.map((r) => [r.file, r.rows])) };
}
