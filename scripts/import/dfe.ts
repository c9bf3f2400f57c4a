/** What every DfE file shares: the geography columns, the reporting year, the row locator. */
import type { Layout, CsvRow } from './csv.ts';
import type { AreaIndex } from './areas.ts';
import { ENGLAND } from './areas.ts';
import { ImportError } from './errors.ts';

/** The geography columns of DfE's LA-level files, by canonical name. */
export const DFE_GEO = {
  year: 'time_period',
  timeIdentifier: 'time_identifier',
  level: 'geographic_level',
  countryCode: 'country_code',
  countryName: 'country_name',
  regionCode: 'region_code',
  regionName: 'region_name',
  oldLaCode: 'old_la_code',
  laName: 'la_name',
  laCode: 'new_la_code',
} as const;
export type GeoField = keyof typeof DFE_GEO;

export function dfeLayout<K extends string>(name: string, columns: Record<K, string>): Layout<K | GeoField> {
  return { name, columns: { ...DFE_GEO, ...columns } as Record<K | GeoField, string> };
}

/**
 * The year column must be a four-digit year; DfE's reporting year ends on 31 March. With a range
 * (the years a file says it covers), a year outside it is refused.
 */
export function dfeYear<K extends string>(r: CsvRow<K>, file: string, field: K, range?: { min: number; max: number }): string {
  const y = r.get(field).trim();
  if (!/^(19|20)\d\d$/.test(y)) throw new ImportError(file, `"${y}" is not a reporting year`, { row: r.row, column: r.column(field) });
  if (range && (+y < range.min || +y > range.max)) throw new ImportError(file, `year ${y} is outside the years this file covers (${range.min} to ${range.max})`, { row: r.row, column: r.column(field) });
  return y;
}

export function checkTimeIdentifier<K extends string>(r: CsvRow<K>, file: string, field: K): void {
  if (r.get(field) !== 'Reporting year') throw new ImportError(file, `time_identifier "${r.get(field)}" is not "Reporting year"`, { row: r.row, column: r.column(field) });
}

/** The ONS code of the area a DfE row is about, checked against areas.json. */
export function dfeArea<K extends string>(
  r: CsvRow<K>,
  file: string,
  areas: AreaIndex,
  f: { level: K; regionCode: K; laCode: K; countryCode?: K },
): string {
  const level = r.get(f.level);
  if (level === 'National') {
    if (f.countryCode && r.get(f.countryCode) !== ENGLAND) throw new ImportError(file, `country code "${r.get(f.countryCode)}" is not England's ${ENGLAND}`, { row: r.row, column: r.column(f.countryCode) });
    return ENGLAND;
  }
  if (level === 'Regional') {
    const code = r.get(f.regionCode).trim();
    const a = areas.byCode.get(code);
    if (!a || a.level !== 'region') throw new ImportError(file, `unknown region code "${code}"`, { row: r.row, column: r.column(f.regionCode) });
    return code;
  }
  if (level === 'Local authority') {
    const code = r.get(f.laCode).trim();
    const a = areas.byCode.get(code);
    if (!a || a.level !== 'council') throw new ImportError(file, `unknown council code "${code}"`, { row: r.row, column: r.column(f.laCode) });
    const region = r.get(f.regionCode).trim();
    if (region && a.parent !== region) throw new ImportError(file, `council ${code} is in region ${a.parent}, not "${region}"`, { row: r.row, column: r.column(f.regionCode) });
    return code;
  }
  throw new ImportError(file, `unknown geographic level "${level}"`, { row: r.row, column: r.column(f.level) });
}

export function locator(file: string, row: number): string {
  return `${file}, row ${row}`;
}
