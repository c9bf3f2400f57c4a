/**
 * The official data (DfE and Ofsted) loaded once per build and indexed once: areas by code and
 * slug, the region tree, and every observation by area and measure, oldest first. Views ask it
 * questions; nothing here scans all observations per page.
 */
import { resolve } from 'node:path';
import type { Measure } from '../schemas/measures.ts';
import type { OfficialArea, Revision } from '../schemas/official.ts';
import type { ConstituencyArea, ImportedSource, ImportNote, District } from '../schemas/official-import.ts';
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
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export function buildOfficialModel(raw: RawOfficial): OfficialModel {
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
  for (const f of raw.observations)
    for (const o of f.rows) {
      const v: OfficialValue = { measure: o.measure, area: o.area, asAt: o.asAt, shown: toShown(o.value), source: o.source, locator: o.locator, derived: o.derived, note: o.note };
      push(obs, `${o.area}|${o.measure}`, v);
      let d = datesOf.get(o.measure);
      if (!d) datesOf.set(o.measure, (d = new Set()));
      d.add(o.asAt);
      let ms = measuresOf.get(o.area);
      if (!ms) measuresOf.set(o.area, (ms = new Set()));
      ms.add(o.measure);
    }
  for (const list of obs.values()) list.sort((a, b) => a.asAt.localeCompare(b.asAt));

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
    measures: new Map(raw.measures.map((m) => [m.id, m])),
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
  };
}

/** data/official, or OFFICIAL_DATA_DIR (tests point it at a fixture). */
export const officialDir = () => resolve(process.env.OFFICIAL_DATA_DIR ?? 'data/official');

let cached: { dir: string; model: OfficialModel } | undefined;
/** The official model for this build, loaded and validated once. */
export function getOfficial(): OfficialModel {
  const dir = officialDir();
  if (!cached || cached.dir !== dir) cached = { dir, model: buildOfficialModel(loadOfficialData(dir)) };
  return cached.model;
}
