/**
 * Children looked after on 31 March by characteristics: placement type, locality of placement
 * (inside/outside the council boundary), placement provider, distance from home (and with
 * locality), legal status, unaccompanied asylum-seeking children and age group. One measure per
 * characteristic, a count and a percentage of all children in care.
 *
 * Reads the file for every council in England when the folder has it, otherwise the South West
 * file (a strict subset: the same rows for South West councils, regions and England).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Measure } from '../../../src/data/schemas/measures.ts';
import { readCsv } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { dfeArea, dfeYear, locator } from '../dfe.ts';
import { cell } from '../values.ts';
import { ImportError } from '../errors.ts';
import { marchOf } from '../util.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const CHARACTERISTICS_FILE = 'dfe_cla_on_31_march_by_characteristics_2021_2025_england.csv';
export const CHARACTERISTICS_SW_FILE = 'dfe_cla_on_31_march_by_characteristics_2021_2025_south_west.csv';
const YEARS = { min: 2021, max: 2025 };
/** Groups in the file that are not imported (yet). Any other group not in GROUPS is refused. */
const NOT_IMPORTED = new Set(['Category of need', 'Ethnicity', 'LA of placement', 'Sex']);

const LAYOUT = {
  name: 'DfE dashboard subset',
  columns: {
    year: 'time_period',
    level: 'geographic_level',
    regionCode: 'region_code',
    regionName: 'region_name',
    laCode: 'new_la_code',
    oldLaCode: 'old_la_code',
    laName: 'la_name',
    group: 'cla_group',
    characteristic: 'characteristic',
    number: 'number',
    percentage: 'percentage',
  },
};

type Def = { id: string; label: string; definition: string; location?: Measure['location']; total?: boolean };
const IN_CARE = 'children in care on 31 March';
const TOTAL: Def = { id: 'children-looked-after', label: 'Children in care', definition: 'Children looked after by the council on 31 March.', total: true };
const inCare = (id: string, label: string, words: string, location?: Measure['location']): Def => ({ id, label, definition: `${words}, of the ${IN_CARE}.`, ...(location ? { location } : {}) });

/** cla_group -> characteristic -> measure. Groups not listed are not imported. */
const GROUPS: Record<string, { breakdown: string; topic: Measure['topic']; items: Record<string, Def> }> = {
  Placement: {
    breakdown: 'placement-type',
    topic: 'placed',
    items: {
      Total: { id: 'children-looked-after', label: 'Children in care', definition: 'Children looked after by the council on 31 March.', total: true },
      'Foster placements': { id: 'placed-foster', label: 'Children in foster care', definition: `Foster placements, of the ${IN_CARE}.` },
      "Secure homes and children's homes": { id: 'placed-childrens-homes', label: "Children in children's homes or secure homes", definition: `Secure children's homes and children's homes, of the ${IN_CARE}.` },
      'Independent and semi-independent living arrangements/supported accommodation': { id: 'placed-supported-accommodation', label: 'Children in supported accommodation or independent living', definition: `Independent and semi-independent living arrangements or supported accommodation, of the ${IN_CARE}.` },
      'Placed with parents or other person with parental responsibility': { id: 'placed-with-parents', label: 'Children placed with their parents', definition: `Placed with parents or another person with parental responsibility, of the ${IN_CARE}.` },
      'Other placements': { id: 'placed-other', label: 'Children in other placements', definition: `Other placements, of the ${IN_CARE}.` },
      'Placed for adoption': { id: 'placed-for-adoption', label: 'Children placed for adoption', definition: `Placed for adoption, of the ${IN_CARE}.` },
      'Other residential settings': { id: 'placed-other-residential', label: 'Children in other residential settings', definition: `Other residential settings, of the ${IN_CARE}.` },
      'Residential schools': { id: 'placed-residential-schools', label: 'Children in residential schools', definition: `Residential schools, of the ${IN_CARE}.` },
    },
  },
  'Locality of placement': {
    breakdown: 'placement-locality',
    topic: 'location',
    items: {
      Total: { id: 'children-looked-after', label: 'Children in care', definition: 'Children looked after by the council on 31 March.', total: true },
      'Placed inside the local authority boundary': { id: 'placed-inside-boundary', label: "Children living inside the council's area", definition: `Placed inside the council's boundary, of the ${IN_CARE}.`, location: 'in-area' },
      'Placed outside the local authority boundary': { id: 'placed-outside-boundary', label: "Children living outside the council's area", definition: `Placed outside the council's boundary, of the ${IN_CARE}.`, location: 'outside-area' },
    },
  },
  'Place providers': {
    breakdown: 'placement-provider',
    topic: 'placed',
    items: {
      Total: { id: 'children-looked-after', label: 'Children in care', definition: 'Children looked after by the council on 31 March.', total: true },
      'Own provision (by the LA)': { id: 'provider-own-council', label: "Children in the council's own placements", definition: `Placements provided by the council itself, of the ${IN_CARE}.` },
      'Private provision': { id: 'provider-private', label: 'Children in privately provided placements', definition: `Placements provided by private companies, of the ${IN_CARE}.` },
      'Voluntary/third sector provision': { id: 'provider-voluntary', label: 'Children in voluntary sector placements', definition: `Placements provided by voluntary or third-sector organisations, of the ${IN_CARE}.` },
      'Other LA provision': { id: 'provider-other-council', label: 'Children in placements provided by other councils', definition: `Placements provided by another council, of the ${IN_CARE}.` },
      'Other public provision (e.g. by a PCT etc)': { id: 'provider-other-public', label: 'Children in placements provided by other public bodies', definition: `Placements provided by other public bodies such as the NHS, of the ${IN_CARE}.` },
      'Parents or other person with parental responsibility': { id: 'provider-parents', label: 'Children living with parents (provider)', definition: `Provider recorded as parents or another person with parental responsibility, of the ${IN_CARE}.` },
      'Placement provider not reported': { id: 'provider-not-reported', label: 'Children whose placement provider was not reported', definition: `Placement provider not reported, of the ${IN_CARE}.` },
    },
  },
  'Distance between home and placement': {
    breakdown: 'placement-distance',
    topic: 'location',
    items: {
      Total: TOTAL,
      'Placed 20 miles or less from home': inCare('placed-within-20-miles', 'Children living 20 miles or less from home', 'Placed 20 miles or less from home'),
      'Placed more than 20 miles from home': inCare('placed-over-20-miles', 'Children living more than 20 miles from home', 'Placed more than 20 miles from home'),
      'Distance not known or not recorded': inCare('placed-distance-unknown', 'Children whose distance from home was not recorded', 'Distance between home and placement not known or not recorded'),
    },
  },
  'Distance between home and placement and locality of placement': {
    breakdown: 'placement-distance-locality',
    topic: 'location',
    items: {
      Total: TOTAL,
      '1. Placed inside the LA boundary, 20 miles or less from home': inCare('placed-inside-within-20-miles', "Children living inside the council's area, 20 miles or less from home", "Placed inside the council's boundary, 20 miles or less from home", 'in-area'),
      '2. Placed outside the LA boundary, 20 miles or less from home': inCare('placed-outside-within-20-miles', "Children living outside the council's area, 20 miles or less from home", "Placed outside the council's boundary, 20 miles or less from home", 'outside-area'),
      '3. Placed inside the LA boundary, more than 20 miles from home': inCare('placed-inside-over-20-miles', "Children living inside the council's area, more than 20 miles from home", "Placed inside the council's boundary, more than 20 miles from home", 'in-area'),
      '4. Placed outside the LA boundary, more than 20 miles from home': inCare('placed-outside-over-20-miles', "Children living outside the council's area, more than 20 miles from home", "Placed outside the council's boundary, more than 20 miles from home", 'outside-area'),
      '5. Placed inside the LA boundary, distance not known or not recorded': inCare('placed-inside-distance-unknown', "Children living inside the council's area, distance from home not recorded", "Placed inside the council's boundary, distance from home not known or not recorded", 'in-area'),
      '6. Placed outside the LA boundary, distance not known or not recorded': inCare('placed-outside-distance-unknown', "Children living outside the council's area, distance from home not recorded", "Placed outside the council's boundary, distance from home not known or not recorded", 'outside-area'),
    },
  },
  'Legal status': {
    breakdown: 'legal-status',
    topic: 'children-in-care',
    items: {
      Total: TOTAL,
      'Full care order': inCare('legal-full-care-order', 'Children in care on a full care order', 'On a full care order'),
      'Interim care order': inCare('legal-interim-care-order', 'Children in care on an interim care order', 'On an interim care order'),
      'Placement order granted': inCare('legal-placement-order', 'Children in care with a placement order', 'With a placement order granted (for adoption)'),
      'Voluntary agreements under S20 CA 1989': inCare('legal-section-20', 'Children in care by voluntary agreement (section 20)', 'Looked after under a voluntary agreement, section 20 of the Children Act 1989'),
      'Detained for child protection': inCare('legal-detained-for-protection', 'Children detained for child protection', 'Detained for child protection (police protection, emergency protection or child assessment orders)'),
      'Youth justice legal statuses': inCare('legal-youth-justice', 'Children in care under a youth justice legal status', 'Looked after under a youth justice legal status (remand or a court order)'),
    },
  },
  'Unaccompanied asylum-seeking children': {
    breakdown: 'unaccompanied-asylum-seeking',
    topic: 'children-in-care',
    items: {
      Total: TOTAL,
      UASC: inCare('uasc', 'Unaccompanied asylum-seeking children in care', 'Unaccompanied asylum-seeking children'),
      'Non-UASC': inCare('not-uasc', 'Children in care who are not unaccompanied asylum seekers', 'Children who are not unaccompanied asylum seekers'),
    },
  },
  'Age group': {
    breakdown: 'age-group',
    topic: 'children-in-care',
    items: {
      Total: TOTAL,
      'Under 1 year': inCare('aged-under-1', 'Children in care aged under 1', 'Aged under 1 on 31 March'),
      '1 to 4 years': inCare('aged-1-to-4', 'Children in care aged 1 to 4', 'Aged 1 to 4 on 31 March'),
      '5 to 9 years': inCare('aged-5-to-9', 'Children in care aged 5 to 9', 'Aged 5 to 9 on 31 March'),
      '10 to 15 years': inCare('aged-10-to-15', 'Children in care aged 10 to 15', 'Aged 10 to 15 on 31 March'),
      '16 years and over': inCare('aged-16-and-over', 'Children in care aged 16 and over', 'Aged 16 or over on 31 March'),
    },
  },
};

export function importCharacteristics(ctx: Ctx): DatasetOutput {
  const england = existsSync(join(ctx.dir, CHARACTERISTICS_FILE));
  const csv = readCsv(join(ctx.dir, england ? CHARACTERISTICS_FILE : CHARACTERISTICS_SW_FILE), [LAYOUT]);
  const { file } = csv;
  const source = (england ? SOURCES.characteristics2025 : SOURCES.characteristicsSouthWest2025).id;
  const col = new Collector(file);
  // The Total row appears once per group; the groups must agree on it.
  const totals = new Map<string, { value: unknown; row: number }>();
  for (const r of csv.rows) {
    const group = GROUPS[r.get('group')];
    if (!group) {
      if (NOT_IMPORTED.has(r.get('group'))) continue;
      throw new ImportError(file, `unknown cla_group "${r.get('group')}"`, { row: r.row, column: 'cla_group' });
    }
    const def = group.items[r.get('characteristic')];
    if (!def) throw new ImportError(file, `unknown characteristic "${r.get('characteristic')}" in group "${r.get('group')}"`, { row: r.row, column: 'characteristic' });
    const year = dfeYear(r, file, 'year', YEARS);
    const area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode' });
    const asAt = marchOf(year);
    const number = cell(r, file, 'number', { integer: true });
    const percentage = cell(r, file, 'percentage');
    if (def.total) {
      const key = `${area}|${asAt}`;
      const seen = totals.get(key);
      // Published totals must agree; DfE may suppress one group's total ("c" for City of London's
      // providers in 2024) where the other groups give it, which is not a disagreement.
      if (seen && typeof seen.value === 'number' && typeof number === 'number' && seen.value !== number) throw new ImportError(file, `total ${String(number)} differs from ${String(seen.value)} in row ${seen.row}`, { row: r.row, column: 'number' });
      // Not written: the same figure is children-looked-after in the number-and-rate dataset.
      if (!seen || (typeof seen.value !== 'number' && typeof number === 'number')) totals.set(key, { value: number, row: r.row });
      continue;
    }
    ctx.measures.add({ id: def.id, label: def.label, unit: 'children', topic: group.topic, definition: def.definition, ...(def.location ? { location: def.location } : {}) });
    ctx.measures.add({ id: `${def.id}-percent`, label: `${def.label} (percentage)`, unit: 'percent', topic: group.topic, definition: `${def.definition} As a percentage of all ${IN_CARE}.`, ...(def.location ? { location: def.location } : {}) });
    const base = { area, breakdown: group.breakdown, source, locator: locator(file, r.row), asAt };
    col.add({ measure: def.id, ...base, value: number } as Obs, r.row, 'characteristic');
    col.add({ measure: `${def.id}-percent`, ...base, value: percentage, numerator: def.id } as Obs, r.row, 'characteristic');
  }
  return { id: 'children-looked-after-by-placement', observations: col.items, rowsRead: { [file]: csv.rows.length } };
}
