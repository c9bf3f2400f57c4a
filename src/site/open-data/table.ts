/**
 * One area's official statistics as a table in DfE's open data layout (the layout of the CSV files
 * on Explore Education Statistics): geography columns, then one column per measure, one row per
 * area and year. Pure: model in, table out. Symbols stay the symbols DfE and Ofsted wrote.
 *
 * Which rows a file holds:
 * - England: England and every region (with London's two parts).
 * - A region: the region, its councils, and England to compare with (London: Inner and Outer
 *   London too; Inner or Outer London: itself, its councils, London and England).
 * - A council: the council, its region (and London part) and England to compare with.
 * Columns: only measures with a value for the file's own areas (England and the regions; a region
 * and its councils; a council), so no column is empty and comparison rows only fill those.
 */
import { csvFormatRows } from 'd3';
import type { OfficialModel } from '../../data/official/model.ts';
import type { OfficialArea } from '../../data/schemas/official.ts';
import type { ImportedSource } from '../../data/schemas/official-import.ts';
import { Topic, type Measure } from '../../data/schemas/measures.ts';
import type { Unit } from '../../data/schemas/common.ts';
import type { Shown } from '../../data/shown.ts';

/** Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'year';

export interface OpenDataField {
  name: string;
  title: string;
  description: string;
  type: FieldType;
  /** The measure a value column holds; absent for the geography columns. */
  measure?: string;
  unit?: Unit;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export type FileKind = 'england' | 'region' | 'council';

export interface OpenDataTable {
  /** The area the file is for. */
  area: OfficialArea;
  kind: FileKind;
  /** Every area with rows in the file, in row order within a year. */
  areas: OfficialArea[];
  /** The areas whose measures choose the columns (see above). */
  own: OfficialArea[];
  fields: OpenDataField[];
  /** One array per row, in the order of fields: the CSV text ("" where nothing is published). */
  rows: string[][];
  /** Every source a value in the file comes from, in the model's order. */
  sources: ImportedSource[];
  /** Oldest and newest "as at" dates of any value in the file. */
  firstAsAt: string;
  lastAsAt: string;
}

/** DfE's names for the levels of geography. */
export const LEVELS = { country: 'National', region: 'Regional', council: 'Local authority' } as const;
/** DfE's time identifier for figures at, or for the year to, 31 March. */
export const TIME_IDENTIFIER = 'Reporting year';
/** Symbols DfE and Ofsted use in place of a number; with "" (nothing published) the Table Schema missing values. */
export const SYMBOLS = ['c', 'z', 'x', 'k', 'low', 'u'] as const;
export const MISSING_VALUES = ['', ...SYMBOLS];
export const PRIMARY_KEY = ['time_period', 'area_code'];

/** Units that count things: whole numbers. */
const COUNT_UNITS: readonly Unit[] = ['children', 'young-people', 'places', 'households', 'carers', 'flats', 'properties', 'homes', 'providers', 'services', 'constellations', 'women'];

const UNIT_WORDS: Record<Unit, string> = {
  children: 'children', 'young-people': 'young people', places: 'places', households: 'households', carers: 'carers', flats: 'flats',
  properties: 'properties', homes: 'homes', providers: 'providers', services: 'services', constellations: 'constellations', women: 'women',
  enquiries: 'enquiries', visits: 'visits', occasions: 'occasions', areas: 'areas', days: 'days', gbp: 'pounds sterling', percent: 'per cent', 'rate-per-10k': 'per 10,000 children aged under 18', ratio: 'ratio', grades: 'grades',
};

const CODE = '^E[0-9]{8}$';

/** The geography columns, in the order DfE's files have them, and the row's own area code. */
export const GEOGRAPHY_FIELDS: readonly OpenDataField[] = [
  { name: 'time_period', title: 'Time period', type: 'year', description: "The year the figures are for: the reporting year ending 31 March (counts on 31 March, or flows during the year to 31 March). Ofsted's counts of providers and places are on 31 March of that year.", constraints: { required: true } },
  { name: 'time_identifier', title: 'Time identifier', type: 'string', description: `DfE's time identifier: always "${TIME_IDENTIFIER}" (the year to 31 March).`, constraints: { required: true, enum: [TIME_IDENTIFIER] } },
  { name: 'geographic_level', title: 'Geographic level', type: 'string', description: 'National (England), Regional (a region, or Inner or Outer London) or Local authority (a council).', constraints: { required: true, enum: Object.values(LEVELS) } },
  { name: 'country_code', title: 'Country code', type: 'string', description: 'ONS code of the country (England).', constraints: { required: true, pattern: CODE } },
  { name: 'country_name', title: 'Country name', type: 'string', description: 'Name of the country.', constraints: { required: true } },
  { name: 'region_code', title: 'Region code', type: 'string', description: 'ONS code of the region (for a London borough, Inner or Outer London, as DfE reports it). Blank on the national row.', constraints: { pattern: CODE } },
  { name: 'region_name', title: 'Region name', type: 'string', description: 'Name of the region. Blank on the national row.' },
  { name: 'old_la_code', title: 'Old local authority code', type: 'string', description: "DfE's three-digit number for the council. Blank on national and regional rows.", constraints: { pattern: '^[0-9]{3}$' } },
  { name: 'la_name', title: 'Local authority name', type: 'string', description: 'Name of the council. Blank on national and regional rows.' },
  { name: 'new_la_code', title: 'New local authority code', type: 'string', description: 'ONS code of the council. Blank on national and regional rows.', constraints: { pattern: CODE } },
  { name: 'area_code', title: 'Area code', type: 'string', description: "ONS code of the row's own area (England, the region or the council): with time_period it identifies the row. Not a DfE column.", constraints: { required: true, pattern: CODE } },
];

/** "children-looked-after" → "children_looked_after". */
export const columnName = (measure: string) => measure.replaceAll('-', '_');

/** The CSV text of a value: the number as written, or the symbol ("c" for anything suppressed). */
export function cellText(s: Shown, where: () => string): string {
  switch (s.kind) {
    case 'number':
      return String(s.n);
    case 'suppressed':
      return 'c';
    case 'symbol':
      return s.symbol;
    case 'not-published':
      return '';
    case 'range':
      throw new Error(`${where()}: a range (${s.min} to ${s.max}) has no place in DfE's open data layout`);
  }
}

/** "2025-03-31" → "2025"; DfE's reporting years end on 31 March. */
export function timePeriod(asAt: string, where: () => string): string {
  const m = /^(\d{4})-03-31$/.exec(asAt);
  if (!m) throw new Error(`${where()}: "as at" ${asAt} is not 31 March, so it is not a DfE reporting year`);
  return m[1];
}

const TOPIC_ORDER = new Map(Topic.options.map((t, i) => [t, i]));

/** The areas of a file and the areas whose measures make its columns. */
export function fileAreas(m: OfficialModel, area: OfficialArea): { kind: FileKind; areas: OfficialArea[]; own: OfficialArea[] } {
  const parts = (region: OfficialArea) => m.areas.filter((a) => a.level === 'region' && a.parent === region.code);
  if (area.level === 'country') {
    const regions = m.regions.flatMap((r) => [r, ...parts(r)]);
    return { kind: 'england', areas: [area, ...regions], own: [area, ...regions] };
  }
  if (area.level === 'region') {
    const region = m.regionOf(area.code) ?? area;
    const sub = area.code === region.code ? parts(region) : [];
    const councils = area.code === region.code ? m.councilsIn(region.code) : m.councils.filter((c) => c.parent === area.code);
    const above = area.code === region.code ? [m.england] : [m.england, region];
    return { kind: 'region', areas: [...above, area, ...sub, ...councils], own: [area, ...sub, ...councils] };
  }
  if (area.level === 'council') {
    const region = m.regionOf(area.code);
    const part = area.parent && area.parent !== region?.code ? m.area(area.parent) : undefined;
    const above = [m.england, region, part].filter((a): a is OfficialArea => !!a);
    return { kind: 'council', areas: [...above, area], own: [area] };
  }
  throw new Error(`${area.name} (${area.code}) is a ${area.level}: open data files are for England, regions and councils`);
}

function geography(m: OfficialModel, a: OfficialArea): Record<string, string> {
  const country = m.england;
  const g: Record<string, string> = { country_code: country.code, country_name: country.name, region_code: '', region_name: '', old_la_code: '', la_name: '', new_la_code: '', area_code: a.code };
  if (a.level === 'country') return { geographic_level: LEVELS.country, ...g };
  if (a.level === 'region') return { geographic_level: LEVELS.region, ...g, region_code: a.code, region_name: a.name };
  // A council's region is the one DfE reports it under: for London boroughs, Inner or Outer London.
  const region = a.parent ? m.area(a.parent) : undefined;
  return { geographic_level: LEVELS.council, ...g, region_code: region?.code ?? '', region_name: region?.name ?? '', old_la_code: a.dfe ?? '', la_name: a.name, new_la_code: a.code };
}

function valueField(measure: Measure, fractional: boolean, sourceIds: string[], sources: Map<string, ImportedSource>): OpenDataField {
  const type: FieldType = COUNT_UNITS.includes(measure.unit) && !fractional ? 'integer' : 'number';
  const from = [...new Set(sourceIds.map((id) => sources.get(id)?.publisher ?? id))];
  const definition = measure.definition ?? measure.label;
  return {
    name: columnName(measure.id),
    title: measure.label,
    description: `${definition}${/[.!?]$/.test(definition) ? '' : '.'} Unit: ${UNIT_WORDS[measure.unit]}. Source: ${from.join(' and ')}.`,
    type,
    measure: measure.id,
    unit: measure.unit,
  };
}

/** One area's values, indexed once per model: CSV text by year and measure. */
interface AreaIndex {
  /** Years with any value, newest first. */
  years: string[];
  cells: Map<string, Map<string, string>>;
  /** Measures with a number that is not whole. */
  fractional: Set<string>;
  /** Source ids of each measure's values. */
  sources: Map<string, Set<string>>;
  firstAsAt: string;
  lastAsAt: string;
}

const indexes = new WeakMap<OfficialModel, Map<string, AreaIndex>>();

function areaIndex(m: OfficialModel, a: OfficialArea): AreaIndex {
  let byArea = indexes.get(m);
  if (!byArea) indexes.set(m, (byArea = new Map()));
  const known = byArea.get(a.code);
  if (known) return known;
  const cells = new Map<string, Map<string, string>>();
  const fractional = new Set<string>();
  const sources = new Map<string, Set<string>>();
  const periods = new Map<string, string>();
  let firstAsAt = '9999-12-31';
  let lastAsAt = '0000-01-01';
  for (const id of m.measuresIn(a.code)) {
    const ids = new Set<string>();
    sources.set(id, ids);
    for (const v of m.series(a.code, id)) {
      const where = `${a.name} (${a.code}), measure ${id}, as at ${v.asAt}`;
      let year = periods.get(v.asAt);
      if (year === undefined) periods.set(v.asAt, (year = timePeriod(v.asAt, () => where)));
      let row = cells.get(year);
      if (!row) cells.set(year, (row = new Map()));
      if (row.has(id)) throw new Error(`${where}: two values for the same year`);
      row.set(id, cellText(v.shown, () => where));
      if (v.shown.kind === 'number' && !Number.isInteger(v.shown.n)) fractional.add(id);
      ids.add(v.source);
      if (v.asAt < firstAsAt) firstAsAt = v.asAt;
      if (v.asAt > lastAsAt) lastAsAt = v.asAt;
    }
  }
  const index = { years: [...cells.keys()].sort().reverse(), cells, fractional, sources, firstAsAt, lastAsAt };
  byArea.set(a.code, index);
  return index;
}

/** The table for one area's file. */
export function openDataTable(m: OfficialModel, area: OfficialArea): OpenDataTable {
  const { kind, areas, own } = fileAreas(m, area);
  const ownMeasures = new Set(own.flatMap((a) => m.measuresIn(a.code)));
  return { area, kind, areas, own, ...tableOf(m, areas, (me) => ownMeasures.has(me.id)) };
}

/** Every area (England, its regions, every council) for the measures of one dataset: the catalogue's all-councils file. */
export function datasetTable(m: OfficialModel, dataset: string): OpenDataTable {
  // Built once per model: the catalogue (for its sizes) and the file's own route both read it.
  let byId = datasetTables.get(m);
  if (!byId) datasetTables.set(m, (byId = new Map()));
  let t = byId.get(dataset);
  if (!t) {
    const { areas } = fileAreas(m, m.england);
    const all = [...areas, ...m.councils];
    byId.set(dataset, (t = { area: m.england, kind: 'england', areas: all, own: all, ...tableOf(m, all, (me) => me.dataset === dataset) }));
  }
  return t;
}
const datasetTables = new WeakMap<OfficialModel, Map<string, OpenDataTable>>();

/** An all-councils file's text, as the catalogue serves it. */
export function datasetCsv(t: Pick<OpenDataTable, 'fields' | 'rows'>): string {
  return csvFormatRows([t.fields.map((f) => f.name), ...t.rows]) + '\n';
}

/** The datasets with an all-councils file: every observations file that has council rows. */
export function councilDatasets(m: OfficialModel): string[] {
  const withCouncils = new Set(m.councils.flatMap((c) => m.measuresIn(c.code)));
  return [...new Set([...m.measures.values()].filter((me) => me.dataset && withCouncils.has(me.id)).map((me) => me.dataset!))].sort();
}

function tableOf(m: OfficialModel, areas: readonly OfficialArea[], keep: (me: Measure) => boolean): Pick<OpenDataTable, 'fields' | 'rows' | 'sources' | 'firstAsAt' | 'lastAsAt'> {
  const measures = [...m.measures.values()]
    .filter(keep)
    .map((me, i) => ({ me, i }))
    .sort((a, b) => (TOPIC_ORDER.get(a.me.topic) ?? 0) - (TOPIC_ORDER.get(b.me.topic) ?? 0) || a.i - b.i)
    .map(({ me }) => me);

  const indexed = areas.map((a) => ({ a, geo: geography(m, a), ix: areaIndex(m, a) }));
  const sourceIds = new Set<string>();
  const fields = [
    ...GEOGRAPHY_FIELDS,
    ...measures.map((me) => {
      const ids = new Set<string>();
      let fractional = false;
      for (const { ix } of indexed) {
        for (const id of ix.sources.get(me.id) ?? []) ids.add(id);
        fractional ||= ix.fractional.has(me.id);
      }
      for (const id of ids) sourceIds.add(id);
      return valueField(me, fractional, [...ids], m.sources);
    }),
  ];
  const geoNames = GEOGRAPHY_FIELDS.map((f) => f.name);
  // DfE's files list the newest year first, then national, regional and council rows.
  const years = [...new Set(indexed.flatMap(({ ix }) => ix.years))].sort().reverse();
  const rows: string[][] = [];
  let firstAsAt = '';
  let lastAsAt = '';
  for (const year of years)
    for (const { geo, ix } of indexed) {
      const cells = ix.cells.get(year);
      if (!cells || !measures.some((me) => cells.has(me.id))) continue;
      const asAt = `${year}-03-31`;
      if (!firstAsAt || asAt < firstAsAt) firstAsAt = asAt;
      if (asAt > lastAsAt) lastAsAt = asAt;
      const g: Record<string, string> = { time_period: year, time_identifier: TIME_IDENTIFIER, ...geo };
      rows.push([...geoNames.map((n) => g[n]), ...measures.map((me) => cells.get(me.id) ?? '')]);
    }
  return {
    fields,
    rows,
    sources: [...m.sources.values()].filter((s) => sourceIds.has(s.id)),
    firstAsAt,
    lastAsAt,
  };
}
