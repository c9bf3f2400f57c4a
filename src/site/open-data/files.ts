/**
 * The three open data files of one area, built from its table (table.ts): the CSV in DfE's
 * layout, the same data as JSON, and a Frictionless Tabular Data Package descriptor (v1) with
 * the CSV's Table Schema. Built once per model and site address (see openDataFiles).
 */
import { createHash } from 'node:crypto';
import { csvFormatRows } from 'd3';
import type { OfficialModel } from '../../data/official/model.ts';
import type { OfficialArea } from '../../data/schemas/official.ts';
import { symbolMeaning } from '../../text/symbols.ts';
import { MISSING_VALUES, PRIMARY_KEY, SYMBOLS, openDataTable, type OpenDataField, type OpenDataTable } from './table.ts';

export const LICENCE = {
  name: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;
export const ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/** What each symbol means, for the files' notes and the catalogue. */
export const SYMBOL_MEANINGS: Record<(typeof SYMBOLS)[number], string> = {
  c: 'suppressed by the publisher to protect confidentiality',
  ...(Object.fromEntries(SYMBOLS.filter((s) => s !== 'c').map((s) => [s, symbolMeaning(s)])) as Record<Exclude<(typeof SYMBOLS)[number], 'c'>, string>),
};

export interface OpenDataFile {
  slug: string;
  area: OfficialArea;
  table: OpenDataTable;
  csv: string;
  json: string;
  datapackage: string;
  /** File names inside the area's folder (see openDataPaths). */
  names: { csv: string; json: string; datapackage: string };
}

/** Paths below the site root: data/official/<slug>/<slug>.csv, <slug>.json and datapackage.json. */
export function openDataPaths(slug: string) {
  const dir = `data/official/${slug}/`;
  return { dir, csv: `${dir}${slug}.csv`, json: `${dir}${slug}.json`, datapackage: `${dir}datapackage.json` };
}

/** "England and its regions", "South West and its councils", "a council" in words. */
function titles(t: OpenDataTable): { title: string; scope: string } {
  const what = "Children in care, placements and children's social care providers";
  const names = (as: OfficialArea[]) => as.map((a) => a.name);
  if (t.kind === 'england') return { title: `${what}: official statistics for England and its regions`, scope: 'England and every region' };
  // Comparators nearest first: "South West and England".
  const others = t.areas.filter((a) => !t.own.includes(a)).reverse();
  const compare = `, with ${listAnd(names(others))} to compare`;
  if (t.kind === 'region') {
    const parts = t.own.filter((a) => a.level === 'region' && a !== t.area).map((a) => a.name);
    const councils = t.own.filter((a) => a.level === 'council').length;
    return { title: `${what}: official statistics for ${t.area.name} and its councils`, scope: `${t.area.name}${parts.length ? ` (with ${listAnd(parts)})` : ''} and its ${councils} councils${compare}` };
  }
  return { title: `${what}: official statistics for ${t.area.name}`, scope: `${t.area.name}${compare}` };
}

const listAnd = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const year = (iso: string) => iso.slice(0, 4);

function description(t: OpenDataTable): string {
  const { scope } = titles(t);
  const publishers = [...new Set(t.sources.map((s) => (s.publisher === 'Ofsted' ? s.publisher : `the ${s.publisher}`)))];
  return `Official statistics from ${listAnd(publishers)} for ${scope}, reporting years ${year(t.firstAsAt)} to ${year(t.lastAsAt)} (years ending 31 March). ${ATTRIBUTION}`;
}

/** How to read the table: layout and symbols. */
export const LAYOUT =
  "One row per area and year, in the Department for Education's open data layout: geography columns, then one column per measure. " +
  `Symbols are kept as published: ${SYMBOLS.map((s) => `${s} (${SYMBOL_MEANINGS[s]})`).join(', ')}. An empty cell means no figure was published.`;

function schemaField(f: OpenDataField) {
  return { name: f.name, title: f.title, description: f.description, type: f.type, ...(f.unit ? { unit: f.unit } : {}), ...(f.constraints ? { constraints: f.constraints } : {}) };
}

/** The Table Schema of an area's CSV. */
export function tableSchema(t: OpenDataTable) {
  return { fields: t.fields.map(schemaField), missingValues: [...MISSING_VALUES], primaryKey: [...PRIMARY_KEY] };
}

function sourceList(t: OpenDataTable) {
  return t.sources.map((s) => ({ title: `${s.publisher}: ${s.title} (${s.release})`, ...(s.url ? { path: s.url } : {}) }));
}

function buildFile(m: OfficialModel, area: OfficialArea, site: string): OpenDataFile {
  const t = openDataTable(m, area);
  const slug = area.slug;
  const paths = openDataPaths(slug);
  const names = { csv: `${slug}.csv`, json: `${slug}.json`, datapackage: 'datapackage.json' };
  const header = t.fields.map((f) => f.name);
  const csv = csvFormatRows([header, ...t.rows]) + '\n';
  const { title } = titles(t);
  const desc = description(t);
  const homepage = new URL(`data/catalogue/#${slug}`, site).href;

  const typed = (f: OpenDataField, text: string): string | number | null => (text === '' ? null : f.type === 'string' || MISSING_VALUES.includes(text) ? text : Number(text));
  const json =
    JSON.stringify({
      name: `official-statistics-${slug}`,
      title,
      description: `${desc} ${LAYOUT}`,
      homepage,
      licence: LICENCE,
      attribution: ATTRIBUTION,
      sources: t.sources.map((s) => ({ title: s.title, publisher: s.publisher, release: s.release, ...(s.url ? { path: s.url } : {}) })),
      symbols: SYMBOL_MEANINGS,
      csv: new URL(paths.csv, site).href,
      fields: t.fields.map((f) => ({ name: f.name, title: f.title, type: f.type, ...(f.unit ? { unit: f.unit } : {}) })),
      primaryKey: PRIMARY_KEY,
      // One array per row, in the order of fields: numbers as numbers, symbols as written, null where the CSV cell is empty.
      data: t.rows.map((r) => r.map((text, i) => typed(t.fields[i], text))),
    }) + '\n';

  const datapackage = JSON.stringify(
    {
      profile: 'tabular-data-package',
      name: `official-statistics-${slug}`,
      title,
      description: desc,
      homepage,
      licenses: [LICENCE],
      sources: sourceList(t),
      keywords: ['children looked after', 'placements', "children's social care", 'sufficiency', area.name],
      resources: [
        {
          profile: 'tabular-data-resource',
          name: slug,
          path: names.csv,
          title,
          description: LAYOUT,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          bytes: Buffer.byteLength(csv, 'utf8'),
          hash: `sha256:${createHash('sha256').update(csv, 'utf8').digest('hex')}`,
          dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
          schema: tableSchema(t),
        },
      ],
    },
    null,
    1,
  ) + '\n';

  return { slug, area, table: t, csv, json, datapackage, names };
}

/** Areas with open data files: England, the regions (with London's two parts) and every council. */
export function openDataAreas(m: OfficialModel): OfficialArea[] {
  return m.areas.filter((a) => a.level === 'country' || a.level === 'region' || a.level === 'council');
}

const cache = new WeakMap<OfficialModel, Map<string, Map<string, OpenDataFile>>>();

/** An area's files, built on first use and kept for the model and site address. */
export function openDataFile(m: OfficialModel, slug: string, site: string): OpenDataFile {
  let bySite = cache.get(m);
  if (!bySite) cache.set(m, (bySite = new Map()));
  let files = bySite.get(site);
  if (!files) bySite.set(site, (files = new Map()));
  let f = files.get(slug);
  if (!f) {
    const area = m.bySlug(slug);
    if (!area) throw new Error(`No official area has the slug "${slug}"`);
    files.set(slug, (f = buildFile(m, area, site)));
  }
  return f;
}

/** Every area's files. */
export function openDataFiles(m: OfficialModel, site: string): OpenDataFile[] {
  return openDataAreas(m).map((a) => openDataFile(m, a.slug, site));
}
