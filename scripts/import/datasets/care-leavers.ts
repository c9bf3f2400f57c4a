/**
 * Care leavers aged 17 to 18 and 19 to 21, by council (DfE, 2021-2025): whether their
 * accommodation was considered suitable, and their activity (education, employment, training,
 * NEET by reason). Two files of the same layout; each count has DfE's percentage beside it.
 * Each file has its own base ("Suitability total", "Total"): they differ, so both are kept.
 */
import { join } from 'node:path';
import { readCsv } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { checkTimeIdentifier, dfeArea, dfeLayout, dfeYear, locator } from '../dfe.ts';
import { cell } from '../values.ts';
import { ImportError } from '../errors.ts';
import { marchOf } from '../util.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const CARE_LEAVERS_ACCOMMODATION_FILE = 'dfe_la_care_leavers_accommodation_suitability_2021_2025.csv';
export const CARE_LEAVERS_ACTIVITY_FILE = 'dfe_la_care_leavers_activity_2021_2025.csv';
const YEARS = { min: 2021, max: 2025 };

const LAYOUT = dfeLayout('2025 release', { age: 'care_leaver_age', breakdown: 'breakdown', count: 'care_leaver_count', percent: 'care_leaver_percent' });

const AGES: Record<string, { slug: string; words: string }> = {
  '17 to 18 years': { slug: '17-18', words: 'aged 17 to 18' },
  '19 to 21 years': { slug: '19-21', words: 'aged 19 to 21' },
};

/** part: in the file's main breakdown (parts and base); detail: a finer split of a part. */
type Item = { slug: string; label: string; words: string; kind: 'base' | 'part' | 'detail' };

const ACCOMMODATION: Record<string, Item> = {
  'Suitability total': { slug: 'accommodation-base', label: 'Care leavers (base for accommodation)', words: 'whose accommodation DfE reports on: the base for suitable accommodation', kind: 'base' },
  'Accommodation considered suitable': { slug: 'suitable-accommodation', label: 'Care leavers in suitable accommodation', words: 'whose accommodation was considered suitable', kind: 'part' },
  'Accommodation considered unsuitable': { slug: 'unsuitable-accommodation', label: 'Care leavers in unsuitable accommodation', words: 'whose accommodation was considered unsuitable', kind: 'part' },
  'No information': { slug: 'accommodation-not-known', label: 'Care leavers whose accommodation is not known', words: 'with no information on their accommodation', kind: 'part' },
};

const ACTIVITY: Record<string, Item> = {
  Total: { slug: 'activity-base', label: 'Care leavers (base for activity)', words: 'whose activity DfE reports on: the base for education, employment and training', kind: 'base' },
  'Total in education, employment or training': { slug: 'eet', label: 'Care leavers in education, employment or training', words: 'in education, employment or training', kind: 'part' },
  'Total not in education, employment or training': { slug: 'neet', label: 'Care leavers not in education, employment or training', words: 'not in education, employment or training', kind: 'part' },
  'Total information not known': { slug: 'activity-not-known', label: 'Care leavers whose activity is not known', words: 'whose activity is not known', kind: 'part' },
  'Higher education i.e. studies beyond A level': { slug: 'higher-education', label: 'Care leavers in higher education', words: 'in higher education (studies beyond A level)', kind: 'detail' },
  'Education other than higher education': { slug: 'other-education', label: 'Care leavers in education other than higher education', words: 'in education other than higher education', kind: 'detail' },
  'In an apprenticeship': { slug: 'apprenticeship', label: 'Care leavers in an apprenticeship', words: 'in an apprenticeship', kind: 'detail' },
  'In training or employment': { slug: 'training-or-employment', label: 'Care leavers in training or employment', words: 'in training or employment (apprenticeships included; DfE gives z where it splits them out)', kind: 'detail' },
  'In training or employment (excl. apprenticeship)': { slug: 'training-or-employment-not-apprenticeship', label: 'Care leavers in training or employment other than an apprenticeship', words: 'in training or employment other than an apprenticeship', kind: 'detail' },
  'Not in education, training or employment, owing to illness or disability': { slug: 'neet-illness-or-disability', label: 'Care leavers not in education, employment or training because of illness or disability', words: 'not in education, employment or training because of illness or disability', kind: 'detail' },
  'Not in education, training or employment, owing to pregnancy or parenting': { slug: 'neet-pregnancy-or-parenting', label: 'Care leavers not in education, employment or training because of pregnancy or parenting', words: 'not in education, employment or training because of pregnancy or parenting', kind: 'detail' },
  'Not in education, training or employment, owing to other reasons': { slug: 'neet-other-reasons', label: 'Care leavers not in education, employment or training for other reasons', words: 'not in education, employment or training for other reasons', kind: 'detail' },
};

const COHORT = 'Care leavers are young people who were looked after for at least 13 weeks after their 14th birthday, including some time after their 16th; DfE reports on them around their 17th to 21st birthdays in the year to 31 March';

function readCareLeavers(ctx: Ctx, fileName: string, items: Record<string, Item>, what: 'accommodation' | 'activity', source: string, id: string): DatasetOutput {
  const csv = readCsv(join(ctx.dir, fileName), [LAYOUT]);
  const { file } = csv;
  const col = new Collector(file);
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    const age = AGES[r.get('age')];
    if (!age) throw new ImportError(file, `unknown care_leaver_age "${r.get('age')}"`, { row: r.row, column: 'care_leaver_age' });
    const item = items[r.get('breakdown')];
    if (!item) throw new ImportError(file, `unknown breakdown "${r.get('breakdown')}"`, { row: r.row, column: 'breakdown' });
    const year = dfeYear(r, file, 'year', YEARS);
    const area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    const measure = `care-leavers-${age.slug}-${item.slug}`;
    const label = `${item.label}, ${age.words}`;
    const definition = `Care leavers ${age.words} ${item.words}, in the year to 31 March. ${COHORT}.`;
    ctx.measures.add({ id: measure, label, unit: 'young-people', topic: 'care-leavers', definition });
    const base = {
      area,
      period: `year to 31 March ${year}`,
      ...(item.kind !== 'detail' ? { breakdown: `care-leavers-${age.slug}-${what}` } : {}),
      source,
      locator: locator(file, r.row),
      asAt: marchOf(year),
    };
    col.add({ measure, ...base, value: cell(r, file, 'count', { integer: true }), ...(item.kind === 'base' ? { total: true } : {}) } as Obs, r.row, 'breakdown');
    if (item.kind !== 'base') {
      ctx.measures.add({ id: `${measure}-percent`, label: `${label} (percentage)`, unit: 'percent', topic: 'care-leavers', definition: `${definition} As a percentage of the base.` });
      col.add({ measure: `${measure}-percent`, ...base, value: cell(r, file, 'percent'), numerator: measure } as Obs, r.row, 'breakdown');
    }
  }
  return { id, observations: col.items, rowsRead: { [file]: csv.rows.length } };
}

export function importCareLeaversAccommodation(ctx: Ctx): DatasetOutput {
  return readCareLeavers(ctx, CARE_LEAVERS_ACCOMMODATION_FILE, ACCOMMODATION, 'accommodation', SOURCES.careLeaversAccommodation2025.id, 'care-leavers-accommodation');
}

export function importCareLeaversActivity(ctx: Ctx): DatasetOutput {
  return readCareLeavers(ctx, CARE_LEAVERS_ACTIVITY_FILE, ACTIVITY, 'activity', SOURCES.careLeaversActivity2025.id, 'care-leavers-activity');
}
