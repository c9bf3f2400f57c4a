/**
 * Every area's datapackage.json validates against the Frictionless Data profiles (v1: Tabular
 * Data Package, Data Package, Table Schema; vendored in tests/fixtures/frictionless/, see its
 * README), describes the CSV beside it exactly (bytes, hash, path), and names its sources and
 * licence. The validator is ajv with draft-04 support (the profiles' JSON Schema version).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { getOfficial } from '../../src/data/official/model.ts';
import { openDataFiles } from '../../src/site/open-data/files.ts';

const profile = (id: string) => JSON.parse(readFileSync(`tests/fixtures/frictionless/${id}.json`, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// The profiles mark descriptions as "textarea", an editor hint rather than a format to check.
ajv.addFormat('textarea', true);
const validators = {
  'tabular-data-package': ajv.compile(profile('tabular-data-package')),
  'data-package': ajv.compile(profile('data-package')),
  'table-schema': ajv.compile(profile('table-schema')),
};
type ProfileId = keyof typeof validators;

function errorsFor(id: ProfileId, descriptor: unknown): string[] {
  const validate = validators[id];
  return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** The path rule of the current v1 profiles (and v2): a URL, or a relative POSIX path that stays inside the package. */
const PATH_RULE = /^((?=[^./~])(?!file:)((?!\/\.\.\/)(?!\\)(?!:\/\/).)*|(http|ftp)s?:\/\/.*)$/;
const pathProblems = (p: string) => (PATH_RULE.test(p) && !p.split('/').includes('..') ? [] : [`path "${p}" is not a URL or a safe relative path`]);

const site = 'https://example.gov.uk/portal/';
const files = openDataFiles(getOfficial(), site);
const parsed = files.map((f) => ({ f, dp: JSON.parse(f.datapackage) }));

describe('open data: Frictionless Data Packages', () => {
  it('builds one package for England, every region and every council', () => {
    const m = getOfficial();
    expect(files.map((f) => f.slug)).toContain('england');
    expect(files.filter((f) => f.area.level === 'region').length).toBe(m.areas.filter((a) => a.level === 'region').length);
    expect(files.filter((f) => f.area.level === 'council').length).toBe(m.councils.length);
    expect(new Set(files.map((f) => f.slug)).size).toBe(files.length);
  });

  it('every datapackage.json is valid against the Tabular Data Package, Data Package and Table Schema profiles', () => {
    const problems: string[] = [];
    for (const { f, dp } of parsed) {
      for (const id of ['tabular-data-package', 'data-package'] as const) for (const e of errorsFor(id, dp)) problems.push(`${f.slug} (${id}): ${e}`);
      for (const r of dp.resources) {
        for (const e of errorsFor('table-schema', r.schema)) problems.push(`${f.slug} (table-schema): ${e}`);
        for (const e of pathProblems(r.path)) problems.push(`${f.slug}: ${e}`);
      }
      for (const s of [...dp.sources, ...dp.licenses]) if (s.path) for (const e of pathProblems(s.path)) problems.push(`${f.slug}: ${e}`);
    }
    expect(problems).toEqual([]);
  });

  it('describes the CSV beside it: path, size, hash, format, licence, sources and a key', () => {
    for (const { f, dp } of parsed) {
      expect(dp.profile).toBe('tabular-data-package');
      expect(dp.name).toBe(`official-statistics-${f.slug}`);
      expect(dp.title).toContain(f.area.name);
      expect(dp.homepage).toBe(`${site}data/catalogue/#${f.slug}`);
      expect(dp.licenses).toEqual([{ name: 'OGL-UK-3.0', title: 'Open Government Licence v3.0', path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }]);
      expect(dp.sources.length).toBeGreaterThan(0);
      for (const s of dp.sources) expect(s.path).toMatch(/^https:\/\//);
      expect(dp.resources).toHaveLength(1);
      const [r] = dp.resources;
      expect(r).toMatchObject({ profile: 'tabular-data-resource', path: `${f.slug}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
      expect(r.bytes).toBe(Buffer.byteLength(f.csv, 'utf8'));
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(f.csv).digest('hex')}`);
      expect(r.schema.missingValues).toEqual(['', 'c', 'z', 'x', 'k', 'low', 'u']);
      expect(r.schema.primaryKey).toEqual(['time_period', 'area_code']);
      for (const field of r.schema.fields) expect(['string', 'integer', 'number', 'year']).toContain(field.type);
    }
  });

  it('names the sources the figures come from, and only those', () => {
    const m = getOfficial();
    const dorset = parsed.find((p) => p.f.slug === 'dorset')!;
    // Columns are the council's own measures; England and the region fill those columns only.
    const columns = m.measuresIn(dorset.f.area.code);
    const expected = [...new Set([m.england, m.regionOf(dorset.f.area.code)!, dorset.f.area].flatMap((a) => columns.flatMap((id) => m.series(a.code, id).map((v) => v.source))))];
    expect(dorset.f.table.sources.map((s) => s.id).sort()).toEqual(expected.sort());
  });

  it('the validators can fail: broken descriptors are refused', () => {
    const good = structuredClone(parsed.find((p) => p.f.slug === 'dorset')!.dp);
    expect(errorsFor('tabular-data-package', good)).toEqual([]);
    const broken = (change: (d: typeof good) => void) => {
      const d = structuredClone(good);
      change(d);
      return errorsFor('tabular-data-package', d);
    };
    expect(broken((d) => delete d.resources)).not.toEqual([]);
    expect(broken((d) => (d.resources = []))).not.toEqual([]);
    expect(broken((d) => delete d.resources[0].schema)).not.toEqual([]);
    expect(broken((d) => (d.resources[0].schema.fields[0].type = 'numeric'))).not.toEqual([]);
    expect(broken((d) => (d.resources[0].schema.missingValues = 'c'))).not.toEqual([]);
    expect(broken((d) => (d.name = 'Has Spaces'))).not.toEqual([]);
    expect(broken((d) => (d.licenses = [{ name: 'OGL v3' }]))).not.toEqual([]);
    expect(broken((d) => (d.sources = [{ path: 'https://example.org/' }]))).not.toEqual([]);
    expect(broken((d) => (d.profile = 'data-package'))).not.toEqual([]);
    expect(pathProblems('/data/official/x.csv')).not.toEqual([]);
    expect(pathProblems('../x.csv')).not.toEqual([]);
    expect(pathProblems('x.csv')).toEqual([]);
  });
});
