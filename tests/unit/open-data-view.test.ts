/** The open data catalogue's view, the links other pages use, and the schema.org Dataset JSON-LD. */
import { describe, expect, it } from 'vitest';
import { getOfficial } from '../../src/data/official/model.ts';
import { catalogueView, datasetJsonLd, jsonLdText, openDataLinks } from '../../src/views/open-data.ts';

const m = getOfficial();
const site = 'https://example.gov.uk';

describe('open data view', () => {
  it('links to an area’s CSV, JSON and Data Package', () => {
    expect(openDataLinks('dorset')).toEqual({ csv: '/data/official/dorset/dorset.csv', json: '/data/official/dorset/dorset.json', datapackage: '/data/official/dorset/datapackage.json' });
    expect(openDataLinks(m.england)).toEqual(openDataLinks('england'));
  });

  it('describes an area as a schema.org Dataset with its downloads', () => {
    const d = datasetJsonLd('dorset', { site, publisher: 'A council' }) as Record<string, any>;
    expect(datasetJsonLd('E06000059', { site })).toMatchObject({ name: d.name });
    expect(d['@context']).toBe('https://schema.org');
    expect(d['@type']).toBe('Dataset');
    expect(d.name).toContain('Dorset');
    expect(d.description.length).toBeGreaterThan(50);
    expect(d.license).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(d.creator.map((c: { name: string }) => c.name)).toEqual(['Department for Education', 'Ministry of Housing, Communities and Local Government', 'Ofsted', 'Office for National Statistics']);
    expect(d.publisher).toEqual({ '@type': 'Organization', name: 'A council' });
    expect(d.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
    expect(d.spatialCoverage).toEqual({ '@type': 'Place', name: 'Dorset', identifier: 'E06000059' });
    expect(d.distribution.map((x: { encodingFormat: string }) => x.encodingFormat)).toEqual(['text/csv', 'application/json', 'application/vnd.datapackage+json']);
    expect(d.distribution.map((x: { contentUrl: string }) => x.contentUrl)).toEqual([
      'https://example.gov.uk/data/official/dorset/dorset.csv',
      'https://example.gov.uk/data/official/dorset/dorset.json',
      'https://example.gov.uk/data/official/dorset/datapackage.json',
    ]);
  });

  it('writes JSON-LD that no text can break out of', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLdText({ name: '</script>' }))).toEqual({ name: '</script>' });
  });

  it('lists every area once: England, the regions, and each council under its region', () => {
    const v = catalogueView(m, site);
    expect(v.national.map((r) => r.id)).toEqual(['england']);
    expect(v.regions.map((r) => r.id).sort()).toEqual(m.areas.filter((a) => a.level === 'region').map((a) => a.slug).sort());
    const councils = v.councilGroups.flatMap((g) => g.rows.map((r) => r.id));
    expect(councils.sort()).toEqual(m.councils.map((c) => c.slug).sort());
    expect(v.councilGroups).toHaveLength(9);
    const replaced = v.councilGroups.flatMap((g) => g.rows).filter((r) => r.note);
    expect(replaced.length).toBe(m.councils.filter((c) => c.status === 'replaced').length);
    for (const r of [...v.national, ...v.regions, ...v.councilGroups.flatMap((g) => g.rows)]) {
      expect(r.rows).toBeGreaterThan(0);
      expect(r.csv.href).toBe(`/data/official/${r.id}/${r.id}.csv`);
      expect(r.csv.label).toMatch(/^CSV, \d+\.\d\u00a0kB$/);
    }
    const ld = JSON.parse(v.jsonLd);
    expect(ld['@type']).toBe('DataCatalog');
    // Every area's files, then one all-councils file per dataset, each with its one CSV.
    expect(ld.dataset).toHaveLength(1 + v.regions.length + councils.length + v.datasets.length);
    expect(v.datasets.map((d) => d.file)).toContain('spending.csv');
    const spending = ld.dataset.find((d: { '@id': string }) => d['@id'].endsWith('#dataset-spending'));
    expect(spending.distribution).toEqual([expect.objectContaining({ encodingFormat: 'text/csv', contentUrl: expect.stringMatching(/\/data\/official\/datasets\/spending\.csv$/) })]);
    expect(spending.creator.map((c: { name: string }) => c.name)).toEqual(['Ministry of Housing, Communities and Local Government']);
    expect(v.sources.every((s) => s.href?.startsWith('https://'))).toBe(true);
  });
});
