/**
 * ONS mid-year estimates of children aged 0 to 17 by council, region and England (2012-2024),
 * in DfE's layout. Each estimate is filed under the DfE reporting year whose rates use it, as the
 * other official figures are (31 March): mid-2024 (30 June 2024) is dated 31 March 2025, and
 * each observation says which mid-year it is. Rows under
 * a former code of a council whose area did not change are read as the current code; rows for
 * councils abolished in 2019 (areas no current council has) are left out with a note.
 *
 * Every row is read and checked, but only mid-2019 onwards is written (reporting years 2020 to
 * 2025, the years the other official figures cover): the open-data tables have one row per area
 * and year, and seven more years of a single measure would make them much wider than useful.
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
/** The first mid-year written (dated 31 March 2020). */
export const POPULATION_FIRST_WRITTEN = 2019;

export function importPopulation(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, POPULATION_FILE), [dfeLayout('DfE layout', { ageGroup: 'age_group', estimate: 'population_estimate' })]);
  const { file } = csv;
  const source = SOURCES.onsPopulation.id;
  const measure = ctx.measures.add({
    id: 'child-population-mid-year',
    label: 'Children aged 0 to 17 living in the area (ONS mid-year estimate)',
    unit: 'children',
    topic: 'context',
    definition: "ONS's mid-year estimate of the number of children aged 0 to 17 living in the area on 30 June, dated 31 March of the following year: DfE's rates for the year to 31 March use the estimate for the June before (mid-2024 for 2025).",
  });
  const col = new Collector(file);
  const left = new Map<string, { rows: number[]; years: string[] }>();
  const early: number[] = [];
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    if (r.get('ageGroup') !== AGE_GROUP) throw new ImportError(file, `unknown age_group "${r.get('ageGroup')}" (expected "${AGE_GROUP}")`, { row: r.row, column: 'age_group' });
    const year = dfeYear(r, file, 'year', YEARS);
    const code = r.get('laCode').trim();
    const obsNotes = [`ONS mid-${year} estimate (30 June ${year}).`];
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
      obsNotes.push(recoded.note);
    } else {
      area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    }
    if (+year < POPULATION_FIRST_WRITTEN) {
      // Checked like every other row (value, code, duplicates), then left out.
      cell(r, file, 'estimate', { integer: true });
      col.add({ measure, area, value: 0, source, locator: locator(file, r.row), asAt: `${+year + 1}-03-31` } as Obs, r.row, 'new_la_code');
      early.push(r.row);
      continue;
    }
    col.add({ measure, area, value: cell(r, file, 'estimate', { integer: true }), note: obsNotes.join(' '), source, locator: locator(file, r.row), asAt: `${+year + 1}-03-31` } as Obs, r.row, 'new_la_code');
  }
  const notes: ImportNote[] = [...left].map(([code, x]) => {
    const years = x.years.sort();
    return {
      dataset: 'child-population',
      kind: 'not-imported',
      message: `${x.rows.length} rows for ${ABOLISHED[code].name} (${code}), mid-${years[0]} to mid-${years.at(-1)}, not imported: the council was abolished on ${ABOLISHED[code].lastDay} and no current council has its area.`,
      asAt: `${+years.at(-1)! + 1}-03-31`,
      locator: `${file}, rows ${x.rows.join(', ')}`,
    };
  });
  if (early.length) {
    notes.push({
      dataset: 'child-population',
      kind: 'not-imported',
      message: `${early.length} rows before mid-${POPULATION_FIRST_WRITTEN} checked but not written: the other official figures start in the reporting year to 31 March 2020.`,
      asAt: `${POPULATION_FIRST_WRITTEN}-03-31`,
      locator: `${file}, ${early.length} rows for mid-${YEARS.min} to mid-${POPULATION_FIRST_WRITTEN - 1}`,
    });
  }
  const written = col.items.filter((o) => +o.asAt.slice(0, 4) > POPULATION_FIRST_WRITTEN);
  return { id: 'child-population', observations: written, notes, rowsRead: { [file]: csv.rows.length } };
}
