/**
 * A corpus of malformed official files, each made in a temporary folder from the fixtures.
 * Every one is refused with the file, the row and the column in the message, and the output
 * folder (a temporary copy of a good import) is byte-identical afterwards.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/import/index.ts';
import { ImportError } from '../../scripts/import/errors.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/official');
const CLA25 = 'dfe_cla_number_and_rate_per_10k_children_2021_2025.csv';
const CLA24 = 'dfe_cla_number_and_rate_per_10k_children_2020_2024.csv';
const NET = 'dfe_la_cla_on_31_march_la_of_placement_netgain_2020_2024.csv';
const NEWP = 'dfe_la_cla_during_year_new_placements_2021_2025.csv';
const STAB = 'dfe_la_cla_placement_stability_2021_2025.csv';
const SW = 'dfe_cla_on_31_march_by_characteristics_2021_2025_south_west.csv';
const NAT = 'dfe_national_cla_on_31_march_by_placement_provider_type_locality_2020_2024.csv';
const LA = 'dfe_la_list_with_region_2025.csv';
const ONS = 'ons_ltla_utla_apr23_lookup_england_wales.csv';
const PP = 'ofsted_csc_2023_providers_places_31mar2023.csv';
const PL = 'ofsted_csc_2023_provider_level_31mar2023.csv';

type Mutated = { text: string; row?: number };
interface Case {
  name: string;
  file: string;
  mutate: (text: string) => Mutated;
  /** Expected row: a number, or taken from the mutation. */
  row?: number;
  column: string;
  message: RegExp;
}

/** Lines with their line endings (CRLF or LF kept). */
const split = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [];
/** Change the first data line matching `find`; returns its row (line number, header = 1). */
function onLine(find: RegExp, change: (line: string) => string) {
  return (text: string): Mutated => {
    const lines = split(text);
    const i = lines.findIndex((l, n) => n > 0 && find.test(l));
    if (i < 0) throw new Error(`no line matches ${find}`);
    lines[i] = change(lines[i]);
    return { text: lines.join(''), row: i + 1 };
  };
}
function quote(f: string): string {
  return /[",\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f;
}
/** Set one field of a CSV line by header name. */
function setField(header: string, column: string, value: string) {
  const cols = (parse(header.replace(/^\uFEFF/, '')) as string[][])[0];
  const idx = cols.indexOf(column);
  if (idx < 0) throw new Error(`no column ${column}`);
  return (line: string) => {
    const eol = line.match(/\r?\n$/)?.[0] ?? '';
    const f = (parse(line) as string[][])[0];
    f[idx] = value;
    return f.map(quote).join(',') + eol;
  };
}
const headerOf = (file: string): string => split(readFileSync(join(FIXTURES, file), 'utf8'))[0] ?? '';

const CASES: Case[] = [
  {
    name: 'missing column (rate_per_10000 dropped)',
    file: CLA25,
    mutate: (t) => ({ text: split(t).map((l) => l.replace(/,[^,\r\n]*(\r?\n)?$/, '$1')).join('') }),
    row: 1,
    column: 'rate_per_10000',
    message: /missing columns: "rate_per_10000"/,
  },
  {
    name: 'renamed column (children_count -> child_count)',
    file: CLA25,
    mutate: (t) => ({ text: t.replace(',children_count,', ',child_count,') }),
    row: 1,
    column: 'children_count',
    message: /missing columns: "children_count"; unexpected columns: "child_count"/,
  },
  {
    name: 'older release with a newer column name mixed in',
    file: CLA24,
    mutate: (t) => ({ text: t.replace(',number,', ',children_count,') }),
    row: 1,
    column: 'population_type',
    message: /missing columns: "population_type"; unexpected columns: "population_count"/,
  },
  {
    name: 'BOM inside a header',
    file: NET,
    mutate: (t) => ({ text: t.replace(',la_name,', ',\uFEFFla_name,') }),
    row: 1,
    column: 'la_name',
    message: /byte-order mark is inside the header/,
  },
  {
    name: 'unexpected extra column',
    file: NAT,
    mutate: (t) => ({ text: split(t).map((l, i) => l.replace(/(\r?\n)?$/, `,${i === 0 ? 'extra' : '1'}$1`)).join('') }),
    row: 1,
    column: 'extra',
    message: /unexpected columns: "extra"/,
  },
  {
    name: 'unknown council code',
    file: NET,
    mutate: onLine(/E06000059/, (l) => l.replace('E06000059', 'E06000999')),
    column: 'new_la_code',
    message: /unknown council code "E06000999"/,
  },
  {
    name: 'duplicate rows',
    file: NEWP,
    mutate: (t) => {
      const lines = split(t);
      const i = lines.findIndex((l) => l.includes('E06000059'));
      lines.splice(i + 1, 0, lines[i]);
      return { text: lines.join(''), row: i + 2 };
    },
    column: 'breakdown',
    message: /duplicate row/,
  },
  {
    name: 'text in a number column',
    file: CLA25,
    mutate: onLine(/^2025,.*E06000059,Children looked after on 31 March/, setField(headerOf(CLA25), 'children_count', 'four hundred')),
    column: 'children_count',
    message: /text "four hundred" in a number column/,
  },
  {
    name: 'negative count',
    file: CLA25,
    mutate: onLine(/^2025,.*E06000059,Children looked after on 31 March/, setField(headerOf(CLA25), 'children_count', '-437')),
    column: 'children_count',
    message: /negative number -437/,
  },
  {
    name: 'unknown symbol',
    file: NET,
    mutate: onLine(/^2024,.*E06000059,1\./, setField(headerOf(NET), 'number', 'q')),
    column: 'number',
    message: /unknown symbol "q"/,
  },
  {
    name: 'unknown symbol (upper-case C)',
    file: SW,
    mutate: onLine(/,"c","[^"]*"\r?\n?$/, setField(headerOf(SW), 'number', 'C')),
    column: 'number',
    message: /unknown symbol "C"/,
  },
  {
    name: 'empty cell in a number column',
    file: STAB,
    mutate: onLine(/E06000059/, setField(headerOf(STAB), 'children_percent', '')),
    column: 'children_percent',
    message: /empty cell/,
  },
  {
    name: 'empty file',
    file: STAB,
    mutate: () => ({ text: '' }),
    row: 1,
    column: 'time_period',
    message: /the file is empty/,
  },
  {
    name: 'header only, no data rows',
    file: PP,
    mutate: (t) => ({ text: split(t)[0] ?? '' }),
    row: 2,
    column: 'URN',
    message: /no data rows/,
  },
  {
    name: 'truncated row',
    file: NET,
    mutate: (t) => {
      const lines = split(t).filter((l) => l.trim() !== '');
      const last = lines.length - 1;
      lines[last] = lines[last].split(',').slice(0, 5).join(',');
      return { text: lines.join(''), row: last + 1 };
    },
    column: 'region_code',
    message: /the row has 5 fields but the header has 12/,
  },
  {
    name: 'row with an extra field',
    file: CLA24,
    mutate: onLine(/E06000059/, (l) => l.replace(/(\r?\n)?$/, ',99$1')),
    column: 'rate_per_10000',
    message: /15 fields but the header has 14/,
  },
  {
    name: 'unclosed quote',
    file: LA,
    mutate: onLine(/"Dorset"/, (l) => l.replace('"Dorset"', '"Dorset')),
    column: 'la_name',
    message: /not valid CSV: Invalid Closing Quote/,
  },
  {
    name: 'unknown geographic level',
    file: NEWP,
    mutate: onLine(/E06000059/, (l) => l.replace('Local authority', 'County')),
    column: 'geographic_level',
    message: /unknown geographic level "County"/,
  },
  {
    name: 'unknown region code in the council list',
    file: LA,
    mutate: onLine(/E06000059/, (l) => l.replace('E12000009', 'E12000099')),
    column: 'region_code',
    message: /unknown region code "E12000099"/,
  },
  {
    name: 'reporting year not a year',
    file: STAB,
    mutate: onLine(/^2025,/, (l) => l.replace(/^2025,/, '2025/26,')),
    column: 'time_period',
    message: /"2025\/26" is not a reporting year/,
  },
  {
    name: 'unknown characteristic',
    file: SW,
    mutate: onLine(/"Foster placements"/, (l) => l.replace('"Foster placements"', '"Foster homes"')),
    column: 'characteristic',
    message: /unknown characteristic "Foster homes"/,
  },
  {
    name: 'unknown council name in an Ofsted sheet',
    file: PP,
    mutate: onLine(/,Dorset,South Dorset,/, (l) => l.replace(',Dorset,South Dorset,', ',Dorsett,South Dorset,')),
    column: 'Local authority',
    message: /council name "Dorsett" matches no council/,
  },
  {
    name: 'duplicate provider (URN) in an Ofsted sheet',
    file: PL,
    mutate: (t) => {
      const lines = split(t);
      lines.splice(3, 0, lines[2]);
      return { text: lines.join(''), row: 4 };
    },
    column: 'URN',
    message: /duplicate row: URN/,
  },
  {
    name: "text in Ofsted's places column",
    file: PP,
    mutate: onLine(/Children's home/, setField(headerOf(PP), 'Places', 'six')),
    column: 'Places',
    message: /"six" is not a whole number/,
  },
  {
    name: 'unknown council code in the ONS lookup',
    file: ONS,
    mutate: onLine(/E06000059/, (l) => l.replaceAll('E06000059', 'E06000998')),
    column: 'UTLA23CD',
    message: /unknown council code E06000998/,
  },
];

let base: string;
let good: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'import-bad-'));
  good = join(base, 'good', 'official');
  runImport(FIXTURES, good);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('malformed official files are refused with file, row and column', () => {
  it('has at least 15 distinct cases', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(15);
  });
  for (const [i, c] of CASES.entries()) {
    it(c.name, () => {
      const input = join(base, `in-${i}`);
      cpSync(FIXTURES, input, { recursive: true });
      const path = join(input, c.file);
      const m = c.mutate(readFileSync(path, 'utf8'));
      expect(m.text).not.toBe(readFileSync(path, 'utf8'));
      writeFileSync(path, m.text);
      const outParent = join(base, `out-${i}`);
      const out = join(outParent, 'official');
      cpSync(good, out, { recursive: true });
      const before = snapshot(out);

      let error: unknown;
      try {
        runImport(input, out);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      const e = error as ImportError;
      expect(e.file).toBe(c.file);
      expect(e.column).toBe(c.column);
      const row = c.row ?? m.row;
      if (row !== undefined) expect(e.row).toBe(row);
      else expect(e.row).toBeTypeOf('number');
      expect(e.message).toContain(c.file);
      expect(e.message).toMatch(/, row \d+, column "/);
      expect(e.message).toMatch(c.message);

      // Nothing written: the old output is byte-identical and no temporary folder is left.
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(outParent)).toEqual(['official']);
      rmSync(input, { recursive: true, force: true });
    });
  }
  it('a missing input folder is refused and the output left alone', () => {
    const out = join(base, 'out-missing', 'official');
    cpSync(good, out, { recursive: true });
    const before = snapshot(out);
    expect(() => runImport(join(base, 'no-such-folder'), out)).toThrow(ImportError);
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(out)).toBe(true);
  });
});
