/**
 * Ofsted children's social care providers and places at 31 March 2023, from two sheets of
 * one release: "Providers+places" (every registered provider) and "Provider_level" (providers
 * with their latest inspection judgements). The sheets disagree (the provider-level sheet lacks
 * providers not yet inspected, such as a 3-place council home in South Dorset registered in
 * October 2022), so every difference is recorded as a note, counts come from the fuller sheet
 * and ratings from the provider-level sheet ("not yet rated" for the providers it lacks).
 */
import { join } from 'node:path';
import type { ConstituencyArea, ConstituencyObservation, ImportNote } from '../../../src/data/schemas/official-import.ts';
import { readCsv, type CsvFile } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { ImportError } from '../errors.ts';
import { optionalCount } from '../values.ts';
import { slugify } from '../util.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const OFSTED_PLACES_FILE = 'ofsted_csc_2023_providers_places_31mar2023.csv';
export const OFSTED_PROVIDER_FILE = 'ofsted_csc_2023_provider_level_31mar2023.csv';
const AS_AT = '2023-03-31';

const COMMON = {
  urn: 'URN',
  type: 'Provision type',
  registered: 'Registration date',
  status: 'Registration status',
  gor: 'Government Office Region',
  la: 'Local authority',
  constituency: 'Parliamentary constituency',
  sector: 'Sector',
  places: 'Places',
  shortBreak: "Short-break-only children's home",
  multiBuilding: "Multi-building children's home",
} as const;
const REDACTED_ETC = ['Name', 'Address 1', 'Address 2', 'Town', 'County', 'Postcode'];
const PLACES_LAYOUT = {
  name: 'Providers+places sheet',
  columns: { ...COMMON, rating: 'Registration status' /* placeholder, never read */, ofstedRegion: 'Ofsted Region' },
  ignored: ['Linked education URN', 'Organisation name', ...REDACTED_ETC],
};
const RATING_COLUMN = 'Overall experiences and progress of children and young people';
const PROVIDER_LAYOUT = {
  name: 'Provider_level sheet',
  columns: { ...COMMON, rating: RATING_COLUMN, ofstedRegion: 'Ofsted region' },
  ignored: [
    'Linked Education URN',
    'Organisation which owns the provider',
    ...REDACTED_ETC,
    'Latest full inspection event type',
    'Latest full inspection date',
    'Latest full inspection publication date',
    'Latest full inspection event number',
    'Outcomes in education and related learning activities',
    'Health services',
    'How well children and young people are helped and protected',
    'The effectiveness of leaders and managers',
  ],
};
type Field = keyof typeof PROVIDER_LAYOUT.columns;
/** Fields compared between the sheets. */
const COMPARED: readonly Field[] = ['type', 'registered', 'status', 'gor', 'la', 'constituency', 'sector', 'places', 'shortBreak', 'multiBuilding'];

const SECTORS: Record<string, string> = { Private: 'private', 'Local Authority': 'council', Voluntary: 'voluntary', Academy: 'academy', 'Health Authority': 'health-authority' };
const SECTOR_WORDS: Record<string, string> = { private: 'run by private companies', council: 'run by councils', voluntary: 'run by voluntary organisations', academy: 'run by academies', 'health-authority': 'run by health authorities' };
const RATINGS: Record<string, string> = { Outstanding: 'outstanding', Good: 'good', 'Requires improvement to be good': 'requires-improvement', Inadequate: 'inadequate', '': 'not-rated' };
const RATING_WORDS: Record<string, string> = {
  outstanding: 'rated outstanding',
  good: 'rated good',
  'requires-improvement': 'rated requires improvement to be good',
  inadequate: 'rated inadequate',
  'not-rated': 'with no overall rating yet (not inspected, or not in the provider-level sheet)',
};
const STATUSES = new Set(['Active', 'Suspended']);

interface Provider {
  row: number;
  values: Record<Field, string>;
  council: string;
  type: string;
  places?: number;
}

function readSheet(ctx: Ctx, path: string, layout: typeof PROVIDER_LAYOUT | typeof PLACES_LAYOUT): { csv: CsvFile<Field>; byUrn: Map<string, Provider> } {
  const csv = readCsv<Field>(path, [layout as never]);
  const { file } = csv;
  const byUrn = new Map<string, Provider>();
  for (const r of csv.rows) {
    const values = Object.fromEntries((Object.keys(layout.columns) as Field[]).map((f) => [f, r.get(f).trim()])) as Record<Field, string>;
    const urn = values.urn;
    if (!/^[A-Z0-9]+$/.test(urn)) throw new ImportError(file, `"${urn}" is not an Ofsted URN`, { row: r.row, column: 'URN' });
    if (byUrn.has(urn)) throw new ImportError(file, `duplicate row: URN ${urn} is already in row ${byUrn.get(urn)!.row}`, { row: r.row, column: 'URN' });
    if (!values.type) throw new ImportError(file, 'empty provision type', { row: r.row, column: 'Provision type' });
    if (!(values.sector in SECTORS)) throw new ImportError(file, `unknown sector "${values.sector}"`, { row: r.row, column: 'Sector' });
    if (!STATUSES.has(values.status)) throw new ImportError(file, `unknown registration status "${values.status}"`, { row: r.row, column: 'Registration status' });
    if (layout === PROVIDER_LAYOUT && !(values.rating in RATINGS)) throw new ImportError(file, `unknown judgement "${values.rating}"`, { row: r.row, column: RATING_COLUMN });
    const council = ctx.areas.councilByName(values.la, file, r.row, 'Local authority');
    const places = optionalCount(values.places, file, r.row, 'Places');
    // Ofsted spells a few "Children's Home" with a capital H: the same provision type.
    const type = values.type.toLowerCase() === "children's home" ? "Children's home" : values.type;
    if (type === "Children's home" && places === undefined) throw new ImportError(file, "a children's home without a number of places", { row: r.row, column: 'Places' });
    byUrn.set(urn, { row: r.row, values, council, type, places });
  }
  return { csv, byUrn };
}

const HOME = "Children's home";

export function importOfsted(ctx: Ctx): DatasetOutput {
  const a = readSheet(ctx, join(ctx.dir, OFSTED_PLACES_FILE), PLACES_LAYOUT);
  const b = readSheet(ctx, join(ctx.dir, OFSTED_PROVIDER_FILE), PROVIDER_LAYOUT);
  const sheets = [
    { ...a, source: SOURCES.ofstedProvidersPlaces.id },
    { ...b, source: SOURCES.ofstedProviderLevel.id },
  ].sort((x, y) => y.byUrn.size - x.byUrn.size);
  const [fuller, other] = sheets;
  const ratings = b.byUrn;

  // 1. Differences between the sheets.
  const notes: ImportNote[] = [];
  const dataset = 'ofsted-providers';
  for (const [urn, p] of fuller.byUrn) {
    const q = other.byUrn.get(urn);
    if (!q) {
      notes.push({
        dataset,
        kind: 'missing-from-sheet',
        urn,
        message: `${p.values.type} in ${p.values.la} (${p.values.constituency}), ${p.values.sector}, ${p.values.places || 'no'} places, registered ${p.values.registered}: in ${fuller.csv.file} but not in ${other.csv.file}. Counted from ${fuller.csv.file}.`,
        asAt: AS_AT,
        locator: `${fuller.csv.file}, row ${p.row}`,
      });
      continue;
    }
    for (const f of COMPARED) {
      if (p.values[f] !== q.values[f]) {
        notes.push({
          dataset,
          kind: 'differs-between-sheets',
          urn,
          field: PROVIDER_LAYOUT.columns[f],
          used: p.values[f] || '(blank)',
          other: q.values[f] || '(blank)',
          message: `${PROVIDER_LAYOUT.columns[f]} differs: "${p.values[f]}" in ${fuller.csv.file}, "${q.values[f]}" in ${other.csv.file}. Used ${fuller.csv.file}.`,
          asAt: AS_AT,
          locator: `${fuller.csv.file}, row ${p.row}; ${other.csv.file}, row ${q.row}`,
        });
      }
    }
  }
  for (const [urn, q] of other.byUrn) {
    if (!fuller.byUrn.has(urn)) {
      notes.push({ dataset, kind: 'missing-from-sheet', urn, message: `${q.values.type} in ${q.values.la}: in ${other.csv.file} but not in the fuller ${fuller.csv.file}; not counted.`, asAt: AS_AT, locator: `${other.csv.file}, row ${q.row}` });
    }
  }

  // 2. Aggregate the fuller sheet to councils, their regions and England.
  type Acc = { n: number; places: number; placesKnown: number; rows: number };
  const acc = new Map<string, Acc>();
  const bump = (key: string, places: number | undefined) => {
    const x = acc.get(key) ?? { n: 0, places: 0, placesKnown: 0, rows: 0 };
    x.n++;
    if (places !== undefined) {
      x.places += places;
      x.placesKnown++;
    }
    acc.set(key, x);
  };
  const types = new Set<string>();
  const constituencies = new Map<string, ConstituencyArea>();
  const consAcc = new Map<string, Acc>();
  for (const p of fuller.byUrn.values()) {
    const areas = [p.council, ...ctx.areas.ancestors(p.council)];
    types.add(p.type);
    for (const area of areas) {
      bump(`type|${p.type}|${area}`, p.places);
      if (p.type === HOME) {
        bump(`sector|${SECTORS[p.values.sector]}|${area}`, p.places);
        const r = ratings.get(p.values.urn);
        bump(`rating|${RATINGS[r ? r.values.rating : '']}|${area}`, p.places);
      }
    }
    if (p.type === HOME) {
      const name = p.values.constituency;
      if (!name) throw new ImportError(fuller.csv.file, 'empty constituency', { row: p.row, column: 'Parliamentary constituency' });
      const id = `${slugify(name)}-${p.council.toLowerCase()}`;
      const seen = constituencies.get(id);
      if (seen && seen.name !== name) throw new ImportError(fuller.csv.file, `constituency "${name}" and "${seen.name}" share the id ${id}`, { row: p.row, column: 'Parliamentary constituency' });
      constituencies.set(id, { id, name, level: 'constituency', parent: p.council });
      const x = consAcc.get(id) ?? { n: 0, places: 0, placesKnown: 0, rows: 0 };
      x.n++;
      x.places += p.places!;
      x.placesKnown++;
      consAcc.set(id, x);
    }
  }

  const m = ctx.measures;
  const homes = m.add({ id: 'childrens-homes', label: "Children's homes", unit: 'homes', topic: 'supply', definition: "Children's homes registered with Ofsted on 31 March, by where the home is (not secure children's homes or residential special schools)." });
  const homesPlaces = m.add({ id: 'childrens-homes-places', label: "Places in children's homes", unit: 'places', topic: 'supply', definition: "Places registered with Ofsted in children's homes on 31 March, by where the home is." });
  for (const [slug, words] of Object.entries(SECTOR_WORDS)) {
    m.add({ id: `childrens-homes-${slug}`, label: `Children's homes ${words}`, unit: 'homes', topic: 'supply', definition: `Children's homes ${words}, registered with Ofsted on 31 March.` });
    m.add({ id: `childrens-homes-places-${slug}`, label: `Places in children's homes ${words}`, unit: 'places', topic: 'supply', definition: `Places in children's homes ${words}, registered with Ofsted on 31 March.` });
  }
  for (const [slug, words] of Object.entries(RATING_WORDS)) {
    m.add({ id: `childrens-homes-${slug}`, label: `Children's homes ${words.replace(/ \(.*\)$/, '')}`, unit: 'homes', topic: 'outcome', definition: `Children's homes on 31 March ${words}, by Ofsted's judgement of children's overall experiences and progress at the latest full inspection.` });
    m.add({ id: `childrens-homes-places-${slug}`, label: `Places in children's homes ${words.replace(/ \(.*\)$/, '')}`, unit: 'places', topic: 'outcome', definition: `Places in children's homes on 31 March ${words}, by Ofsted's judgement of children's overall experiences and progress at the latest full inspection.` });
  }
  const typeMeasure = (t: string) => ({ providers: `ofsted-providers-${slugify(t)}`, places: `ofsted-places-${slugify(t)}` });
  for (const t of types) {
    if (t === HOME) continue;
    m.add({ id: typeMeasure(t).providers, label: `Ofsted-registered providers: ${t}`, unit: 'providers', topic: 'supply', definition: `Providers of the type "${t}" registered with Ofsted on 31 March, by where the provider is.` });
    m.add({ id: typeMeasure(t).places, label: `Places: ${t}`, unit: 'places', topic: 'supply', definition: `Places registered with Ofsted in providers of the type "${t}" on 31 March, by where the provider is.` });
  }

  const areaList = [...ctx.areas.councilsAt(AS_AT), ...ctx.areas.list.filter((x) => x.level !== 'council').map((x) => x.code)];
  const col = new Collector<Obs>(fuller.csv.file);
  const file = fuller.csv.file;
  const where = (area: string) => ctx.areas.byCode.get(area)!.name;
  const base = (area: string, source: string, what: string, n: number) => ({
    area,
    derived: true,
    source,
    locator: `${file}: ${n} row${n === 1 ? '' : 's'} for ${what} in ${where(area)}${source === SOURCES.ofstedProviderLevel.id ? `, rated from ${b.csv.file}` : ''}`,
    asAt: AS_AT,
  });
  const get = (key: string) => acc.get(key) ?? { n: 0, places: 0, placesKnown: 0, rows: 0 };
  for (const area of areaList) {
    const all = get(`type|${HOME}|${area}`);
    col.add({ measure: homes, ...base(area, fuller.source, "children's homes", all.n), value: all.n, breakdown: 'childrens-homes-by-sector', total: true } as Obs);
    col.add({ measure: homesPlaces, ...base(area, fuller.source, "children's homes", all.n), value: all.places, breakdown: 'childrens-homes-places-by-sector', total: true } as Obs);
    for (const slug of Object.values(SECTORS)) {
      const x = get(`sector|${slug}|${area}`);
      col.add({ measure: `childrens-homes-${slug}`, ...base(area, fuller.source, `children's homes ${SECTOR_WORDS[slug]}`, x.n), value: x.n, breakdown: 'childrens-homes-by-sector' } as Obs);
      col.add({ measure: `childrens-homes-places-${slug}`, ...base(area, fuller.source, `children's homes ${SECTOR_WORDS[slug]}`, x.n), value: x.places, breakdown: 'childrens-homes-places-by-sector' } as Obs);
    }
    for (const slug of Object.values(RATINGS)) {
      const x = get(`rating|${slug}|${area}`);
      const src = SOURCES.ofstedProviderLevel.id;
      col.add({ measure: `childrens-homes-${slug}`, ...base(area, src, `children's homes ${RATING_WORDS[slug].replace(/ \(.*\)$/, '')}`, x.n), value: x.n, breakdown: 'childrens-homes-by-rating' } as Obs);
      col.add({ measure: `childrens-homes-places-${slug}`, ...base(area, src, `children's homes ${RATING_WORDS[slug].replace(/ \(.*\)$/, '')}`, x.n), value: x.places, breakdown: 'childrens-homes-places-by-rating' } as Obs);
    }
    for (const t of types) {
      if (t === HOME) continue;
      const x = get(`type|${t}|${area}`);
      col.add({ measure: typeMeasure(t).providers, ...base(area, fuller.source, `"${t}"`, x.n), value: x.n } as Obs);
      // Agencies (fostering, adoption) have no places: write places only where every provider gives them.
      if (x.placesKnown === x.n && x.n > 0) col.add({ measure: typeMeasure(t).places, ...base(area, fuller.source, `"${t}"`, x.n), value: x.places } as Obs);
    }
  }

  const consCol = new Collector<ConstituencyObservation>(file);
  for (const [id, x] of consAcc) {
    const c = constituencies.get(id)!;
    const loc = `${file}: ${x.n} row${x.n === 1 ? '' : 's'} for children's homes in ${c.name} constituency, ${where(c.parent)}`;
    consCol.add({ measure: homes, area: id, value: x.n, derived: true, source: fuller.source, locator: loc, asAt: AS_AT });
    consCol.add({ measure: homesPlaces, area: id, value: x.places, derived: true, source: fuller.source, locator: loc, asAt: AS_AT });
  }

  return {
    id: dataset,
    observations: col.items,
    notes,
    constituencies: { areas: [...constituencies.values()].sort((x, y) => x.id.localeCompare(y.id)), observations: consCol.items },
    rowsRead: { [a.csv.file]: a.csv.rows.length, [b.csv.file]: b.csv.rows.length },
  };
}
