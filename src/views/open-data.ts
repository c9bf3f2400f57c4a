/**
 * Open data: the catalogue page of every area's official-statistics files, the links other pages
 * use to reach them, and schema.org Dataset descriptions (JSON-LD) for search engines.
 */
import type { Model } from '../data/model.ts';
import { getOfficial, type OfficialModel } from '../data/official/model.ts';
import type { OfficialArea } from '../data/schemas/official.ts';
import { href } from '../site/paths.ts';
import { ATTRIBUTION, LICENCE, SYMBOL_MEANINGS, openDataFile, openDataFiles, openDataPaths, type OpenDataFile } from '../site/open-data/files.ts';
import { GEOGRAPHY_FIELDS, SYMBOLS, councilDatasets, datasetCsv, datasetTable } from '../site/open-data/table.ts';
import type { PageMeta } from './site.ts';
import { siteConfig } from '../data/site-config.ts';

export interface OpenDataLinks {
  csv: string;
  json: string;
  datapackage: string;
}

/** Links to an area's CSV, JSON and Data Package descriptor (an area, or its slug). */
export function openDataLinks(area: Pick<OfficialArea, 'slug'> | string): OpenDataLinks {
  const p = openDataPaths(typeof area === 'string' ? area : area.slug);
  return { csv: href(p.csv), json: href(p.json), datapackage: href(p.datapackage) };
}

/** The site's root address with its base path, e.g. "https://example.gov.uk/sufficiency/". */
export function siteRoot(site: string | URL | undefined = import.meta.env?.SITE): string {
  return new URL(href(''), site ?? 'http://127.0.0.1:4321').href;
}

export const catalogueHref = () => href('data/catalogue/');

const ORGANISATIONS: Record<string, string> = {
  'Department for Education': 'https://www.gov.uk/government/organisations/department-for-education',
  Ofsted: 'https://www.gov.uk/government/organisations/ofsted',
  'Office for National Statistics': 'https://www.ons.gov.uk/',
};

export interface DatasetOptions {
  /** The site's root address (default: the configured site and base). */
  site?: string | URL;
  /** Who publishes this site, e.g. the council's name. */
  publisher?: string;
  model?: OfficialModel;
}

const KEYWORDS = ['children looked after', 'placements', "children's social care", 'sufficiency'];
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');

/** The publishers of a table's sources, as schema.org organisations. */
const creatorsOf = (sources: readonly { publisher: string }[]) =>
  [...new Set(sources.map((s) => s.publisher))].map((name) => ({ '@type': 'Organization', name, ...(ORGANISATIONS[name] ? { url: ORGANISATIONS[name] } : {}) }));

/** A Dataset; `inCatalogue` leaves out what the catalogue around it already says. */
function datasetOf(f: OpenDataFile, root: string, publisher?: string, inCatalogue = false): Record<string, unknown> {
  const t = f.table;
  const dp = JSON.parse(f.datapackage) as { title: string; description: string; homepage: string };
  const p = openDataPaths(f.slug);
  const abs = (path: string) => new URL(path, root).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': dp.homepage,
    name: dp.title,
    description: dp.description,
    url: dp.homepage,
    license: LICENCE.path,
    isAccessibleForFree: true,
    creator: creatorsOf(t.sources),
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
    ...(inCatalogue ? {} : { keywords: KEYWORDS }),
    temporalCoverage: `${t.firstAsAt}/${t.lastAsAt}`,
    spatialCoverage: { '@type': 'Place', name: f.area.name, identifier: f.area.code },
    isBasedOn: [...new Set(t.sources.map((s) => s.url).filter((u): u is string => !!u))],
    ...(inCatalogue ? {} : { includedInDataCatalog: { '@type': 'DataCatalog', name: 'Open data catalogue', url: abs('data/catalogue/') } }),
    distribution: [
      { '@type': 'DataDownload', name: `${f.names.csv} (CSV)`, encodingFormat: 'text/csv', contentUrl: abs(p.csv), contentSize: kb(bytesOf(f.csv)) },
      { '@type': 'DataDownload', name: `${f.names.json} (JSON)`, encodingFormat: 'application/json', contentUrl: abs(p.json), contentSize: kb(bytesOf(f.json)) },
      { '@type': 'DataDownload', name: 'datapackage.json (Frictionless Data Package)', encodingFormat: 'application/vnd.datapackage+json', contentUrl: abs(p.datapackage), contentSize: kb(bytesOf(f.datapackage)) },
    ],
  };
}

/** schema.org Dataset for an area's files (an area, its slug or its ONS code), to embed as JSON-LD. */
export function datasetJsonLd(area: Pick<OfficialArea, 'slug'> | string, opts: DatasetOptions = {}): Record<string, unknown> {
  const m = opts.model ?? getOfficial();
  const slug = typeof area === 'string' ? (m.bySlug(area) ?? m.area(area))?.slug ?? area : area.slug;
  const root = siteRoot(opts.site);
  return datasetOf(openDataFile(m, slug, root), root, opts.publisher);
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

export interface CatalogueFile {
  href: string;
  label: string;
  bytes: number;
}
export interface CatalogueRow {
  id: string;
  name: string;
  note?: string;
  rows: number;
  columns: number;
  years: string;
  csv: CatalogueFile;
  json: CatalogueFile;
  datapackage: CatalogueFile;
}
/** One all-councils file: one dataset for England, every region and every council. */
export interface DatasetRow {
  id: string;
  file: string;
  href: string;
  bytes: number;
  rows: number;
  columns: number;
  years: string;
  sources: string[];
}
export interface CatalogueView {
  meta: PageMeta;
  datasets: DatasetRow[];
  lede: string;
  years: string;
  contents: string[];
  columns: { name: string; text: string }[];
  symbols: { symbol: string; meaning: string }[];
  national: CatalogueRow[];
  regions: CatalogueRow[];
  councilGroups: { id: string; region: string; rows: CatalogueRow[] }[];
  total: string;
  sources: { title: string; publisher: string; release: string; href?: string }[];
  licence: { title: string; href: string };
  attribution: string;
  jsonLd: string;
}

/** "2020 to 2025", or one year: the reporting years a table covers. */
const yearsOf = (t: { firstAsAt: string; lastAsAt: string }) => {
  const a = t.firstAsAt.slice(0, 4);
  const b = t.lastAsAt.slice(0, 4);
  return a === b ? a : `${a} to ${b}`;
};

/** The last year an area has a figure (a number or a suppressed one), not only "z" or "x". */
function lastFigureYear(m: OfficialModel, a: OfficialArea): string {
  let last = '';
  for (const id of m.measuresIn(a.code))
    for (const v of m.series(a.code, id)) if ((v.shown.kind === 'number' || v.shown.kind === 'suppressed') && v.asAt > last) last = v.asAt;
  return last.slice(0, 4);
}

function row(f: OpenDataFile, m: OfficialModel, allYears: string, note?: string): CatalogueRow {
  const links = openDataLinks(f.slug);
  // A no-break space keeps "9.3 kB" whole when a narrow screen wraps the label.
  const file = (text: string, hrefTo: string, kind: string): CatalogueFile => ({ href: hrefTo, bytes: bytesOf(text), label: `${kind}, ${kb(bytesOf(text)).replace(' ', '\u00a0')}` });
  const years = yearsOf(f.table);
  const notes = [note, years === allYears ? '' : `years ${years}`];
  if (f.area.status === 'replaced') {
    const by = (f.area.replacedBy ?? []).map((c) => m.area(c)?.name).filter(Boolean) as string[];
    notes.push(`no longer reports: figures to ${lastFigureYear(m, f.area)}${by.length ? `, then ${listAnd(by)}` : ''}`);
  }
  return {
    id: f.slug,
    name: f.area.name,
    note: notes.filter(Boolean).join('; ') || undefined,
    rows: f.table.rows.length,
    columns: f.table.fields.length,
    years,
    csv: file(f.csv, links.csv, 'CSV'),
    json: file(f.json, links.json, 'JSON'),
    datapackage: file(f.datapackage, links.datapackage, 'Data Package'),
  };
}

const listAnd = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** The open data catalogue page. */
export function catalogueView(m: OfficialModel = getOfficial(), site?: string | URL): CatalogueView {
  const root = siteRoot(site);
  const files = openDataFiles(m, root);
  const bySlug = new Map(files.map((f) => [f.slug, f]));
  const fileOf = (a: OfficialArea) => bySlug.get(a.slug)!;
  const parts = (r: OfficialArea) => m.areas.filter((a) => a.level === 'region' && a.parent === r.code);
  // The catalogue is the portal's: it publishes the files, as their publisher's figures.
  const publisher = siteConfig().name;
  const sources = [...new Map(files.flatMap((f) => f.table.sources).map((s) => [s.id, s])).values()];
  const totalBytes = files.reduce((n, f) => n + bytesOf(f.csv) + bytesOf(f.json) + bytesOf(f.datapackage), 0);
  const councils = files.filter((f) => f.area.level === 'council').length;
  const allYears = yearsOf(fileOf(m.england).table);
  // One file per dataset with every council: for ranking and mapping councils without joining 155 files.
  const datasets: (DatasetRow & { table: ReturnType<typeof datasetTable> })[] = councilDatasets(m).map((id) => {
    const t = datasetTable(m, id);
    return { id, file: `${id}.csv`, href: href(`data/official/datasets/${id}.csv`), bytes: bytesOf(datasetCsv(t)), rows: t.rows.length, columns: t.fields.length, years: yearsOf(t), sources: t.sources.map((s) => `${s.publisher}: ${s.title}`), table: t };
  });
  const datasetLd = (d: (typeof datasets)[number]) => {
    const url = new URL(`data/catalogue/#dataset-${d.id}`, root).href;
    return {
      '@type': 'Dataset',
      '@id': url,
      name: `${d.table.sources.map((s) => s.title).join('; ')}: every council in England`,
      description: `One official dataset for England, every region and every council, one row per area and year, ${d.years} (years ending 31 March). ${ATTRIBUTION}`,
      url,
      license: LICENCE.path,
      isAccessibleForFree: true,
      creator: creatorsOf(d.table.sources),
      publisher: { '@type': 'Organization', name: publisher },
      temporalCoverage: `${d.table.firstAsAt}/${d.table.lastAsAt}`,
      spatialCoverage: { '@type': 'Place', name: m.england.name, identifier: m.england.code },
      isBasedOn: [...new Set(d.table.sources.map((s) => s.url).filter((u): u is string => !!u))],
      distribution: [{ '@type': 'DataDownload', name: `${d.file} (CSV)`, encodingFormat: 'text/csv', contentUrl: new URL(`data/official/datasets/${d.file}`, root).href, contentSize: kb(d.bytes) }],
    };
  };

  return {
    meta: {
      title: 'Open data catalogue',
      description: "Official statistics on children in care, placements and children's social care providers for England, every region and every council, as CSV, JSON and Frictionless Data Packages.",
      kind: 'data',
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Open data catalogue', href: catalogueHref() }],
    },
    lede: `Department for Education and Ofsted statistics on children in care, their placements and children's social care providers, for England, its ${m.regions.length} regions and ${councils} councils. Each area has a CSV file in the Department for Education's open data layout, the same data as JSON, and a Frictionless Data Package that describes every column.`,
    contents: [
      `One row per area and year, ${allYears}. Years are reporting years ending 31 March; Ofsted's counts of providers and places are on 31 March of the year given.`,
      "A council's file also holds its region and England, to compare with. A region's file holds the region, each of its councils and England. England's file holds England and every region.",
      'Geography columns first, as in DfE files, then one column per measure, named after it. A file only has the measures published for its area.',
      'Symbols are kept exactly as published, never turned into 0. An empty cell means no figure was published.',
    ],
    columns: GEOGRAPHY_FIELDS.map((f) => ({ name: f.name, text: f.description })),
    symbols: SYMBOLS.map((s) => ({ symbol: s, meaning: SYMBOL_MEANINGS[s] })),
    years: allYears,
    datasets: datasets.map(({ table: _t, ...d }) => d),
    national: [row(fileOf(m.england), m, allYears)],
    regions: m.regions.flatMap((r) => [row(fileOf(r), m, allYears), ...parts(r).map((p) => row(fileOf(p), m, allYears, `part of ${r.name}`))]),
    councilGroups: m.regions.map((r) => ({ id: `councils-${r.slug}`, region: r.name, rows: m.councilsIn(r.code).map((c) => row(fileOf(c), m, allYears)) })),
    total: `${files.length * 3} files, ${(totalBytes / 1e6).toFixed(1)} MB in all`,
    sources: sources.map((s) => ({ title: s.title, publisher: s.publisher, release: s.release, href: s.url })),
    licence: { title: LICENCE.title, href: LICENCE.path },
    attribution: ATTRIBUTION,
    jsonLd: jsonLdText({
      '@context': 'https://schema.org',
      '@type': 'DataCatalog',
      name: 'Open data catalogue',
      description: 'Official statistics on children in care, placements and providers for England, every region and every council.',
      url: new URL('data/catalogue/', root).href,
      license: LICENCE.path,
      publisher: { '@type': 'Organization', name: publisher },
      keywords: KEYWORDS,
      dataset: [
        ...files.map((f) => {
          const { '@context': _context, ...d } = datasetOf(f, root, publisher, true);
          return d;
        }),
        ...datasets.map(datasetLd),
      ],
    }),
  };
}
