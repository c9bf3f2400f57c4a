/**
 * Where children are placed: net gain on 31 March (2020-2024), new placements during the
 * year by location (2021-2025) and placement stability (2021-2025). DfE LA-level files.
 */
import { join } from 'node:path';
import type { Measure } from '../../../src/data/schemas/measures.ts';
import { readCsv } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { checkTimeIdentifier, dfeArea, dfeLayout, dfeYear, locator } from '../dfe.ts';
import { cell } from '../values.ts';
import { ImportError } from '../errors.ts';
import { marchOf } from '../util.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const NET_GAIN_FILE = 'dfe_la_cla_on_31_march_la_of_placement_netgain_2020_2024.csv';
export const NEW_PLACEMENTS_FILE = 'dfe_la_cla_during_year_new_placements_2021_2025.csv';
export const STABILITY_FILE = 'dfe_la_cla_placement_stability_2021_2025.csv';

type M = Omit<Measure, 'sourceKind'>;

const NET_GAIN: Record<string, M & { signed?: boolean }> = {
  '1. Children who are the responsibility of other LAs placed within this LA boundary': {
    id: 'placed-in-by-other-councils',
    label: 'Children from other councils living in the area',
    unit: 'children',
    topic: 'location',
    definition: "Children looked after by other councils who live inside this council's boundary on 31 March.",
  },
  '2. Children who are the responsibility of this LA placed outside the LA boundary': {
    id: 'placed-out-of-area',
    label: "The council's children living outside its area",
    unit: 'children',
    topic: 'location',
    location: 'outside-area',
    definition: "Children looked after by this council who live outside its boundary on 31 March.",
  },
  'Net gain of children by responsible LA': {
    id: 'placement-net-gain',
    label: 'Net gain of children in care placed in the area',
    unit: 'children',
    topic: 'location',
    definition: "Children from other councils living in the area minus the council's own children living outside it, on 31 March. Negative when more of its children live elsewhere.",
    signed: true,
  },
};

export function importNetGain(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, NET_GAIN_FILE), [dfeLayout('2024 release', { characteristic: 'characteristic', number: 'number' })]);
  const { file } = csv;
  const col = new Collector(file);
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    const def = NET_GAIN[r.get('characteristic')];
    if (!def) throw new ImportError(file, `unknown characteristic "${r.get('characteristic')}"`, { row: r.row, column: 'characteristic' });
    const { signed, ...m } = def;
    ctx.measures.add(m);
    const year = dfeYear(r, file, 'year');
    const area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    col.add({ measure: m.id, area, value: cell(r, file, 'number', { integer: true, signed }), source: SOURCES.netGain2024.id, locator: locator(file, r.row), asAt: marchOf(year) } as Obs, r.row, 'characteristic');
  }
  return { id: 'placement-net-gain', observations: col.items, rowsRead: { [file]: csv.rows.length } };
}

const NEW_PLACEMENT_CHARACTERISTIC = 'Location of new placements during the year';
const NEW_PLACEMENTS: Record<string, { id: string; label: string; words: string; location?: Measure['location']; total?: boolean }> = {
  'Total new placements': { id: 'new-placements', label: 'New placements', words: 'all new placements', total: true },
  'Placed inside LA boundary less than 20 miles from home': { id: 'new-placements-inside-near', label: 'New placements inside the area, under 20 miles from home', words: "placed inside the council's boundary less than 20 miles from home", location: 'in-area' },
  'Placed inside LA boundary more than 20 miles from home': { id: 'new-placements-inside-far', label: 'New placements inside the area, over 20 miles from home', words: "placed inside the council's boundary more than 20 miles from home", location: 'in-area' },
  'Placed outside LA boundary less than 20 miles from home': { id: 'new-placements-outside-near', label: 'New placements outside the area, under 20 miles from home', words: "placed outside the council's boundary less than 20 miles from home", location: 'outside-area' },
  'Placed outside LA boundary more than 20 miles from home': { id: 'new-placements-outside-far', label: 'New placements outside the area, over 20 miles from home', words: "placed outside the council's boundary more than 20 miles from home", location: 'outside-area' },
  'Distance not known or not recorded': { id: 'new-placements-distance-unknown', label: 'New placements, distance not recorded', words: 'where the distance from home was not known or not recorded' },
};

export function importNewPlacements(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, NEW_PLACEMENTS_FILE), [
    dfeLayout('2025 release', { characteristic: 'characteristic', breakdown: 'breakdown', count: 'children_count', percent: 'children_percent' }),
  ]);
  const { file } = csv;
  const col = new Collector(file);
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    if (r.get('characteristic') !== NEW_PLACEMENT_CHARACTERISTIC) {
      // Reasons for placement change are not imported (yet); any other characteristic is a new layout.
      if (r.get('characteristic') === 'Reason for placement change during the year') continue;
      throw new ImportError(file, `unknown characteristic "${r.get('characteristic')}"`, { row: r.row, column: 'characteristic' });
    }
    const def = NEW_PLACEMENTS[r.get('breakdown')];
    if (!def) throw new ImportError(file, `unknown breakdown "${r.get('breakdown')}"`, { row: r.row, column: 'breakdown' });
    const loc = def.location ? { location: def.location } : {};
    ctx.measures.add({ id: def.id, label: def.label, unit: 'children', topic: 'location', definition: `New placements of children in care during the year to 31 March, ${def.words}. A child moving more than once counts more than once.`, ...loc });
    const year = dfeYear(r, file, 'year');
    const area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    const base = { area, period: `year to 31 March ${year}`, breakdown: 'new-placements-location', source: SOURCES.newPlacements2025.id, locator: locator(file, r.row), asAt: marchOf(year) };
    col.add({ measure: def.id, ...base, value: cell(r, file, 'count', { integer: true }), ...(def.total ? { total: true } : {}) } as Obs, r.row, 'breakdown');
    if (!def.total) {
      ctx.measures.add({ id: `${def.id}-percent`, label: `${def.label} (percentage)`, unit: 'percent', topic: 'location', definition: `New placements ${def.words}, as a percentage of all new placements in the year to 31 March.`, ...loc });
      col.add({ measure: `${def.id}-percent`, ...base, value: cell(r, file, 'percent'), numerator: def.id } as Obs, r.row, 'breakdown');
    }
  }
  return { id: 'new-placements', observations: col.items, rowsRead: { [file]: csv.rows.length } };
}

const STABILITY: Record<string, { breakdown: string; total: M; part: { key: string; m: M } }> = {
  'CLA on 31 March': {
    breakdown: 'placement-moves-year',
    total: { id: 'stability-base-year', label: 'Children in care (base for placement moves in the year)', unit: 'children', topic: 'placed', definition: 'Children looked after on 31 March: the base for the count of children with three or more placements during the year.' },
    part: {
      key: 'With 3 or more placements during the year',
      m: { id: 'three-placements-in-year', label: 'Children in care with three or more placements in the year', unit: 'children', topic: 'placed', definition: 'Children looked after on 31 March who had three or more placements during the year to 31 March.' },
    },
  },
  'CLA 2 years on 31 March': {
    breakdown: 'placement-moves-two-years',
    total: { id: 'stability-base-two-years', label: 'Children in care for two years (base for placement moves)', unit: 'children', topic: 'placed', definition: 'Children looked after on 31 March who had been looked after for the previous two years: the base for the count with three or more placements in those two years.' },
    part: {
      key: 'With 3 or more placements during the previous 2 years',
      m: { id: 'three-placements-in-two-years', label: 'Children in care with three or more placements in two years', unit: 'children', topic: 'placed', definition: 'Children looked after on 31 March who had three or more placements during the previous two years.' },
    },
  },
  'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years': {
    breakdown: 'long-term-stability',
    total: { id: 'stability-base-long-term', label: 'Children under 16 in care for at least two and a half years', unit: 'children', topic: 'placed', definition: 'Children under 16 on 31 March who had been looked after continuously for at least two and a half years: the base for the long-term stability measure.' },
    part: {
      key: 'Living with the same carer for at least 2 years',
      m: { id: 'same-carer-two-years', label: 'Children in long-term care living with the same carer for two years', unit: 'children', topic: 'placed', definition: 'Children under 16 in care for at least two and a half years who had lived with the same carer for at least two years on 31 March.' },
    },
  },
};

export function importStability(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, STABILITY_FILE), [
    dfeLayout('2025 release', { group: 'cla_group', stability: 'placement_stability', count: 'children_count', percent: 'children_percent' }),
  ]);
  const { file } = csv;
  const col = new Collector(file);
  for (const r of csv.rows) {
    checkTimeIdentifier(r, file, 'timeIdentifier');
    const g = STABILITY[r.get('group')];
    if (!g) throw new ImportError(file, `unknown cla_group "${r.get('group')}"`, { row: r.row, column: 'cla_group' });
    const isTotal = r.get('stability') === 'Total children';
    if (!isTotal && r.get('stability') !== g.part.key) throw new ImportError(file, `unknown placement_stability "${r.get('stability')}" for "${r.get('group')}"`, { row: r.row, column: 'placement_stability' });
    const year = dfeYear(r, file, 'year');
    const area = dfeArea(r, file, ctx.areas, { level: 'level', regionCode: 'regionCode', laCode: 'laCode', countryCode: 'countryCode' });
    const base = { area, breakdown: g.breakdown, source: SOURCES.stability2025.id, locator: locator(file, r.row), asAt: marchOf(year) };
    if (isTotal) {
      ctx.measures.add(g.total);
      col.add({ measure: g.total.id, ...base, value: cell(r, file, 'count', { integer: true }), total: true } as Obs, r.row, 'placement_stability');
    } else {
      const m = g.part.m;
      ctx.measures.add(m);
      ctx.measures.add({ ...m, id: `${m.id}-percent`, label: `${m.label} (percentage)`, unit: 'percent', definition: `${m.definition} As a percentage of the base.` });
      col.add({ measure: m.id, ...base, value: cell(r, file, 'count', { integer: true }) } as Obs, r.row, 'placement_stability');
      col.add({ measure: `${m.id}-percent`, ...base, value: cell(r, file, 'percent'), numerator: m.id } as Obs, r.row, 'placement_stability');
    }
  }
  return { id: 'placement-stability', observations: col.items, rowsRead: { [file]: csv.rows.length } };
}
