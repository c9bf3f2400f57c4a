/**
 * The official data (DfE and Ofsted) loaded once per build and indexed once: areas by code and
 * slug, the region tree, and every observation by area and measure, oldest first. Views ask it
 * questions; nothing here scans all observations per page.
 */
import { resolve } from 'node:path';
import type { Measure } from '../schemas/measures.ts';
import type { OfficialArea, Revision } from '../schemas/official.ts';
import type { ConstituencyArea, ImportedSource, ImportNote, District, Inspection } from '../schemas/official-import.ts';
import type { ComputedMeasure } from '../schemas/profile.ts';
import { computeValues, computedMeasure } from './computed.ts';
import { profileCatalogue } from '../profile.ts';
import { toShown, type Shown } from '../shown.ts';
import { loadOfficialData, type RawOfficial } from './load.ts';

/** One official value as the site shows it. */
export interface OfficialValue {
  measure: string;
  area: string;
  asAt: string;
  shown: Shown;
  source: string;
  locator?: string;
  derived?: boolean;
  note?: string;
  /** "financial year 2024-25", where the figure is for a period ending at asAt. */
  period?: string;
  /** A computed value's two parts (numerator, denominator), each with its own source row. */
  computedFrom?: [OfficialValue, OfficialValue];
}

export interface OfficialModel {
  areas: OfficialArea[];
  england: OfficialArea;
  /** The nine English regions (E12), in DfE's order. */
  regions: OfficialArea[];
  /** Every council DfE names, current and replaced, by name. */
  councils: OfficialArea[];
  measures: Map<string, Measure>;
  sources: Map<string, ImportedSource>;
  notes: ImportNote[];
  districts: District[];
  area(code: string): OfficialArea | undefined;
  bySlug(slug: string): OfficialArea | undefined;
  /** The E12 region a council or sub-region lies in. */
  regionOf(code: string): OfficialArea | undefined;
  /** Councils in a region (through Inner and Outer London for London), by name. */
  councilsIn(regionCode: string): OfficialArea[];
  /** One measure in one area, oldest first. */
  series(area: string, measure: string): OfficialValue[];
  /** The value at a date, or the newest when no date is given. */
  value(area: string, measure: string, asAt?: string): OfficialValue | undefined;
  /** Every date any area has a measure at, oldest first. */
  dates(measure: string): string[];
  /** Every measure with a value in an area. */
  measuresIn(area: string): string[];
  revisions(area: string): Revision[];
  constituenciesOf(council: string): ConstituencyArea[];
  constituencyValue(constituency: string, measure: string): OfficialValue | undefined;
  /** DfE's 10 statistical neighbours of a council, nearest first ([] for a region or a council without). */
  neighboursOf(council: string): { area: OfficialArea; closeness: string }[];
  /** The source row of a council's neighbour list. */
  neighboursSource: { id: string; locator(council: string): string | undefined };
  /** Ofsted's latest inspection of a council's children's services. */
  inspection(council: string): Inspection | undefined;
  inspections: Inspection[];
  /** The current councils (status current), by name: the set ranks and quartiles are among. */
  currentCouncils: OfficialArea[];
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export function buildOfficialModel(raw: RawOfficial, computed: readonly ComputedMeasure[] = []): OfficialModel {
  const byCode = new Map(raw.areas.map((a) => [a.code, a]));
  const bySlug = new Map(raw.areas.map((a) => [a.slug, a]));
  const england = raw.areas.find((a) => a.level === 'country');
  if (!england) throw new Error('data/official/areas.json has no country row for England');
  const regions = raw.areas.filter((a) => a.level === 'region' && a.code.startsWith('E12'));
  const councils = raw.areas.filter((a) => a.level === 'council').sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const regionOf = (code: string): OfficialArea | undefined => {
    let a = byCode.get(code);
    while (a && !(a.level === 'region' && a.code.startsWith('E12'))) a = a.parent ? byCode.get(a.parent) : undefined;
    return a;
  };
  const inRegion = new Map<string, OfficialArea[]>();
  for (const c of councils) {
    const r = regionOf(c.code);
    if (r) push(inRegion, r.code, c);
  }

  const obs = new Map<string, OfficialValue[]>();
  const datesOf = new Map<string, Set<string>>();
  const measuresOf = new Map<string, Set<string>>();
  const add = (v: OfficialValue) => {
    push(obs, `${v.area}|${v.measure}`, v);
    let d = datesOf.get(v.measure);
    if (!d) datesOf.set(v.measure, (d = new Set()));
    d.add(v.asAt);
    let ms = measuresOf.get(v.area);
    if (!ms) measuresOf.set(v.area, (ms = new Set()));
    ms.add(v.measure);
  };
  for (const f of raw.observations)
    for (const o of f.rows) {
      const v: OfficialValue = { measure: o.measure, area: o.area, asAt: o.asAt, shown: toShown(o.value), source: o.source, locator: o.locator, derived: o.derived, note: o.note, ...(o.period ? { period: o.period } : {}) };
      add(v);
    }
  for (const list of obs.values()) list.sort((a, b) => a.asAt.localeCompare(b.asAt));
  const measures = new Map(raw.measures.map((m) => [m.id, m]));
  // Computed measures join the catalogue and the index like published ones, marked derived.
  for (const c of computed) {
    if (measures.has(c.id)) throw new Error(`data/site/profile.json: computed measure "${c.id}" has the id of a published measure`);
    for (const part of [c.numerator, c.denominator])
      if (!measures.has(part)) throw new Error(`data/site/profile.json: computed measure "${c.id}" names measure "${part}", which is not in data/official/measures.json`);
    measures.set(c.id, computedMeasure(c, { numerator: measures.get(c.numerator), denominator: measures.get(c.denominator) }));
    for (const v of computeValues(c, raw.areas.map((a) => a.code), (a, m) => obs.get(`${a}|${m}`) ?? [])) add(v);
  }

  const inspections = new Map(raw.inspections.map((i) => [i.area, i]));
  const revisions = new Map<string, Revision[]>();
  for (const r of raw.revisions) push(revisions, r.area, r);
  const constituencies = new Map<string, ConstituencyArea[]>();
  for (const c of raw.constituencies) push(constituencies, c.parent, c);
  for (const list of constituencies.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const consObs = new Map<string, OfficialValue>();
  for (const o of raw.constituencyObservations)
    consObs.set(`${o.area}|${o.measure}`, { measure: o.measure, area: o.area, asAt: o.asAt, shown: toShown(o.value), source: o.source, locator: o.locator, derived: o.derived });

  return {
    areas: raw.areas,
    england,
    regions,
    councils,
    measures,
    sources: new Map(raw.sources.map((s) => [s.id, s])),
    notes: raw.notes,
    districts: raw.districts,
    area: (code) => byCode.get(code),
    bySlug: (slug) => bySlug.get(slug),
    regionOf,
    councilsIn: (code) => inRegion.get(code) ?? [],
    series: (area, measure) => obs.get(`${area}|${measure}`) ?? [],
    value: (area, measure, asAt) => {
      const s = obs.get(`${area}|${measure}`) ?? [];
      return asAt === undefined ? s.at(-1) : s.find((v) => v.asAt === asAt);
    },
    dates: (measure) => [...(datesOf.get(measure) ?? [])].sort(),
    measuresIn: (area) => [...(measuresOf.get(area) ?? [])],
    revisions: (area) => revisions.get(area) ?? [],
    constituenciesOf: (council) => constituencies.get(council) ?? [],
    constituencyValue: (c, measure) => consObs.get(`${c}|${measure}`),
    neighboursOf: (c) => (raw.neighbours.neighbours[c] ?? []).flatMap((n) => {
      const area = byCode.get(n.code);
      return area ? [{ area, closeness: n.closeness }] : [];
    }),
    neighboursSource: { id: raw.neighbours.source, locator: (c) => raw.neighbours.locators[c] },
    inspection: (c) => inspections.get(c),
    inspections: raw.inspections,
    currentCouncils: councils.filter((c) => c.status === 'current'),
  };
}

/** data/official, or OFFICIAL_DATA_DIR (tests point it at a fixture). */
export const officialDir = () => resolve(process.env.OFFICIAL_DATA_DIR ?? 'data/official');

let cached: { dir: string; model: OfficialModel } | undefined;
/** The official model for this build, loaded and validated once. */
export function getOfficial(): OfficialModel {
  const dir = officialDir();
  if (!cached || cached.dir !== dir) cached = { dir, model: buildOfficialModel(loadOfficialData(dir), profileCatalogue().computed) };
  return cached.model;
}
