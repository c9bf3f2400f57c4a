/**
 * Every open data CSV read back with csv-parse and checked against its own Table Schema: the
 * header is the schema's fields, each cell is of its field's type or one of the missing values,
 * constraints hold, the primary key is unique; and every cell is the official value (symbols
 * stay symbols, never 0), with the JSON holding the same table.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { getOfficial } from '../../src/data/official/model.ts';
import { openDataFiles } from '../../src/site/open-data/files.ts';
import { cellText, columnName } from '../../src/site/open-data/table.ts';

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Schema {
  fields: Field[];
  missingValues: string[];
  primaryKey: string[];
}

const TYPE_RULES: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  year: /^\d{4}$/,
  string: /^[\s\S]*$/,
};

/** Problems with a CSV against a Table Schema (header, types, missing values, constraints, key). */
function tableProblems(csv: string, schema: Schema, label = 'table'): string[] {
  const problems: string[] = [];
  const [header, ...rows] = parse(csv, { relax_column_count: true }) as string[][];
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${label}: header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`);
  const missing = new Set(schema.missingValues);
  const keys = new Set<string>();
  const keyAt = schema.primaryKey.map((k) => names.indexOf(k));
  rows.forEach((row, i) => {
    const at = `${label} row ${i + 2}`;
    if (row.length !== names.length) problems.push(`${at}: ${row.length} cells for ${names.length} fields`);
    schema.fields.forEach((f, j) => {
      const cell = row[j] ?? '';
      if (missing.has(cell)) {
        if (f.constraints?.required || schema.primaryKey.includes(f.name)) problems.push(`${at}, ${f.name}: required, found missing value "${cell}"`);
        return;
      }
      const rule = TYPE_RULES[f.type];
      if (!rule) problems.push(`${at}, ${f.name}: unknown type ${f.type}`);
      else if (!rule.test(cell)) problems.push(`${at}, ${f.name}: "${cell}" is not ${f.type === 'integer' ? 'an' : 'a'} ${f.type}`);
      if (f.constraints?.enum && !f.constraints.enum.includes(cell)) problems.push(`${at}, ${f.name}: "${cell}" not in ${f.constraints.enum.join(', ')}`);
      if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(cell)) problems.push(`${at}, ${f.name}: "${cell}" does not match ${f.constraints.pattern}`);
    });
    const key = JSON.stringify(keyAt.map((k) => row[k]));
    if (keys.has(key)) problems.push(`${at}: primary key ${key} repeats`);
    keys.add(key);
  });
  return problems;
}

const m = getOfficial();
const files = openDataFiles(m, 'http://127.0.0.1:4321/');
const schemaOf = (f: (typeof files)[number]) => JSON.parse(f.datapackage).resources[0].schema as Schema;
const parsed = new Map<string, Record<string, string>[]>();
/** A CSV's rows as records, parsed once. */
const read = (csv: string) => {
  let rows = parsed.get(csv);
  if (!rows) parsed.set(csv, (rows = parse(csv, { columns: true }) as Record<string, string>[]));
  return rows;
};

describe('open data: CSV files read back against their schemas', () => {
  it('every CSV has the header, types, missing values, constraints and unique key its schema declares', () => {
    const problems = files.flatMap((f) => tableProblems(f.csv, schemaOf(f), f.names.csv));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('every cell is the official value as published: numbers as written, symbols kept', () => {
    const problems: string[] = [];
    let cells = 0;
    for (const f of files) {
      const measures = f.table.fields.filter((x) => x.measure);
      for (const row of read(f.csv)) {
        for (const field of measures) {
          const v = m.value(row.area_code, field.measure!, `${row.time_period}-03-31`);
          const expected = v ? cellText(v.shown, () => '') : '';
          if (row[field.name] !== expected) problems.push(`${f.names.csv} ${row.area_code} ${row.time_period} ${field.name}: "${row[field.name]}", expected "${expected}"`);
          cells++;
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(cells).toBeGreaterThan(100_000);
  });

  it('no official value is left out of a file that has its area and measure', () => {
    for (const f of files) {
      const rows = read(f.csv);
      const columns = new Set(f.table.fields.filter((x) => x.measure).map((x) => x.measure!));
      let expected = 0;
      for (const a of f.table.areas) for (const id of m.measuresIn(a.code)) if (columns.has(id)) expected += m.series(a.code, id).length;
      const written = rows.reduce((n, r) => n + f.table.fields.filter((x) => x.measure && r[x.name] !== '').length, 0);
      expect(written, f.names.csv).toBe(expected);
    }
  });

  it('suppressed figures are "c" and other symbols stay as DfE wrote them, never 0', () => {
    const dorset = files.find((f) => f.slug === 'dorset')!;
    const rows = read(dorset.csv);
    let symbols = 0;
    for (const row of rows)
      for (const field of dorset.table.fields.filter((x) => x.measure)) {
        const v = m.value(row.area_code, field.measure!, `${row.time_period}-03-31`);
        if (v?.shown.kind === 'suppressed') expect(row[field.name]).toBe('c');
        if (v?.shown.kind === 'symbol') expect(row[field.name]).toBe(v.shown.symbol);
        if (v && v.shown.kind !== 'number') symbols++;
      }
    expect(symbols).toBeGreaterThan(0);
    const all = files.flatMap((f) => read(f.csv));
    const seen = new Set(all.flatMap((r) => Object.values(r)).filter((c) => /^[a-z]+$/.test(c)));
    expect([...seen].sort()).toEqual(expect.arrayContaining(['c', 'k', 'x', 'z']));
  });

  it("holds the right rows: an area's own rows and its comparators, newest year first", () => {
    const byslug = (s: string) => files.find((f) => f.slug === s)!;
    const levels = (f: (typeof files)[number]) => [...new Set(read(f.csv).map((r) => r.geographic_level))];
    const codes = (f: (typeof files)[number]) => new Set(read(f.csv).map((r) => r.area_code));

    const england = byslug('england');
    expect(levels(england)).toEqual(['National', 'Regional']);
    expect(codes(england)).toEqual(new Set([m.england.code, ...m.areas.filter((a) => a.level === 'region').map((a) => a.code)]));

    const sw = byslug('south-west');
    expect(levels(sw)).toEqual(['National', 'Regional', 'Local authority']);
    expect(codes(sw)).toEqual(new Set([m.england.code, sw.area.code, ...m.councilsIn(sw.area.code).map((c) => c.code)]));

    const dorset = byslug('dorset');
    const rows = read(dorset.csv);
    expect(codes(dorset)).toEqual(new Set([m.england.code, 'E12000009', dorset.area.code]));
    expect(rows[0].time_period >= rows.at(-1)!.time_period).toBe(true);
    const own = rows.find((r) => r.area_code === dorset.area.code)!;
    expect(own).toMatchObject({ time_identifier: 'Reporting year', geographic_level: 'Local authority', country_code: 'E92000001', country_name: 'England', region_code: 'E12000009', region_name: 'South West', old_la_code: '838', la_name: dorset.area.name, new_la_code: dorset.area.code });
    expect(rows.find((r) => r.area_code === 'E92000001')).toMatchObject({ geographic_level: 'National', region_code: '', la_name: '', new_la_code: '' });

    // A London borough is reported under Inner or Outer London, as DfE does.
    const borough = m.councils.find((c) => c.parent === 'E13000001')!;
    const b = read(byslug(borough.slug).csv);
    expect(new Set(b.map((r) => r.area_code))).toEqual(new Set([m.england.code, 'E12000007', 'E13000001', borough.code]));
    expect(b.find((r) => r.area_code === borough.code)).toMatchObject({ region_code: 'E13000001', region_name: 'Inner London' });
  });

  it("every measure column has a value for the file's own areas; no empty columns", () => {
    for (const f of files) {
      const rows = read(f.csv);
      const own = new Set(f.table.own.map((a) => a.code));
      for (const field of f.table.fields.filter((x) => x.measure)) {
        expect(rows.some((r) => own.has(r.area_code) && r[field.name] !== ''), `${f.names.csv} ${field.name}`).toBe(true);
        expect(field.name).toBe(columnName(field.measure!));
      }
    }
  });

  it('keeps files a reasonable size', () => {
    for (const f of files) {
      expect(Buffer.byteLength(f.csv), f.names.csv).toBeLessThan(150_000);
      expect(Buffer.byteLength(f.json), f.names.json).toBeLessThan(400_000);
      expect(Buffer.byteLength(f.datapackage), `${f.slug} datapackage`).toBeLessThan(200_000);
    }
  });

  it('the JSON holds the same table as the CSV, numbers as numbers and null where the CSV is empty', () => {
    for (const f of files) {
      const j = JSON.parse(f.json);
      const [header, ...rows] = parse(f.csv) as string[][];
      expect(j.fields.map((x: { name: string }) => x.name)).toEqual(header);
      expect(j.data).toHaveLength(rows.length);
      const types: string[] = j.fields.map((x: { type: string }) => x.type);
      const want = rows.map((row) => row.map((cell, k) => (cell === '' ? null : types[k] === 'string' || /^[a-z]+$/.test(cell) ? cell : Number(cell))));
      expect(j.data, f.names.json).toEqual(want);
      expect(j.licence.name).toBe('OGL-UK-3.0');
    }
  });

  it('the checker can fail', () => {
    const schema: Schema = {
      fields: [
        { name: 'time_period', type: 'year', constraints: { required: true } },
        { name: 'code', type: 'string', constraints: { required: true, pattern: '^E[0-9]{8}$' } },
        { name: 'level', type: 'string', constraints: { enum: ['National', 'Regional'] } },
        { name: 'n', type: 'integer' },
        { name: 'pct', type: 'number' },
      ],
      missingValues: ['', 'c', 'z'],
      primaryKey: ['time_period', 'code'],
    };
    expect(tableProblems('time_period,code,level,n,pct\n2025,E92000001,National,5,1.5\n2024,E92000001,,c,z\n', schema)).toEqual([]);
    const bad = (csv: string) => tableProblems(`time_period,code,level,n,pct\n${csv}`, schema);
    expect(bad('2025,E92000001,National,1.5,1\n')).toHaveLength(1); // not an integer
    expect(bad('2025,E92000001,National,5,abc\n')).toHaveLength(1); // not a number
    expect(bad('2025,E92000001,National,0,y\n')).toHaveLength(1); // unknown symbol
    expect(bad('25,E92000001,National,5,1\n')).toHaveLength(1); // not a year
    expect(bad(',E92000001,National,5,1\n')).toHaveLength(1); // key missing
    expect(bad('2025,E9200001,National,5,1\n')).toHaveLength(1); // pattern
    expect(bad('2025,E92000001,Local,5,1\n')).toHaveLength(1); // enum
    expect(bad('2025,E92000001,National,5,1\n2025,E92000001,Regional,6,2\n')).toHaveLength(1); // key repeats
    expect(bad('2025,E92000001,National,5\n')).toHaveLength(1); // short row
    expect(tableProblems('time_period,level,code,n,pct\n', schema)).toHaveLength(1); // header order
  });
});
