/**
 * ONS mid-year estimates of children aged 0 to 17 by council, region and England (2012-2024),
 * in DfE's layout. Dated 30 June of the year (mid-2024 is what DfE's 2025 rates use). Rows under
 * a former code of a council whose area did not change are read as the current code; rows for
 * councils abolished in 2019 (areas no current council has) are left out with a note.
 */
import { join } from 'node:path';
import type { ImportNote } from '../../../src/data/schemas/official-import.ts';
import { readCsv } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { checkTimeIdentifier, dfeArea, dfeLayout, dfeYear, locator } from '../dfe.ts';
import { cell } from '../values.ts';
import { ImportError } from '../errors.ts';
import { ABOLISHED, RECODED } from '../areas.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const POPULATION_FILE = 'ons_mid_year_population_children_0_17_2012_2024.csv';
const YEARS = { min: 2012, max: 2024 };
const AGE_GROUP = 'Children aged 0 to 17 years';

export function importPopulation(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, POPULATION_FILE), [dfeLayout('DfE layout', { ageGroup: 'age_group', estimate: 'population_estimate' })]);
  const { file } = csv;
  const source = SOURCES.onsPopulation.id;
  const measure = ctx.measures.add({
    id: 'child-population-mid-year',
    label: 'Children aged 0 to 17 living in the area (ONS mid-year estimate)',
    unit: 'children',
    topic: 'context',
    definition: "ONS's estimate of the number of children aged 0 to 17 living in the area at 30 June. DfE's rates for the year to 31 March use the estimate for the June before (mid-2024 for 2025).",
  });
  const col = new Collector(file);
  const left = new Map<string, { rows: number[]; years: string[] }>();
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    if (r.get('ageGroup') !== AGE_GROUP) throw new ImportError(file, `unknown age_group "${r.get('ageGroup')}" (expected "${AGE_GROUP}")`, { row: r.row, column: 'age_group' });
    const year = dfeYear(r, file, 'year', YEARS);
    const code = r.get('laCode').trim();
    let note: string | undefined;
    if (r.get('level') === 'Local authority' && ABOLISHED[code]) {
      const x = left.get(code) ?? { rows: [], years: [] };
      x.rows.push(r.row);
      x.years.push(year);
      left.set(code, x);
      continue;
    }
    const recoded = r.get('level') === 'Local authority' ? RECODED[code] : undefined;
    let area: string;
    if (recoded) {
      if (!ctx.areas.byCode.has(recoded.code)) throw new ImportError(file, `former code ${code} of ${recoded.name}: its current code ${recoded.code} is not in the areas`, { row: r.row, column: 'new_la_code' });
      area = recoded.code;
      note = recoded.note;
    } else {
      area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    }
    col.add({ measure, area, value: cell(r, file, 'estimate', { integer: true }), ...(note ? { note } : {}), source, locator: locator(file, r.row), asAt: `${year}-06-30` } as Obs, r.row, 'new_la_code');
  }
  const notes: ImportNote[] = [...left].map(([code, x]) => {
    const years = x.years.sort();
    return {
      dataset: 'child-population',
      kind: 'not-imported',
      message: `${x.rows.length} rows for ${ABOLISHED[code].name} (${code}), mid-${years[0]} to mid-${years.at(-1)}, not imported: the council was abolished on ${ABOLISHED[code].lastDay} and no current council has its area.`,
      asAt: `${years.at(-1)}-06-30`,
      locator: `${file}, rows ${x.rows.join(', ')}`,
    };
  });
  return { id: 'child-population', observations: col.items, notes, rowsRead: { [file]: csv.rows.length } };
}
