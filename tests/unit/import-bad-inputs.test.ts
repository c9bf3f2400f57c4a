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
const CHAR = 'dfe_cla_on_31_march_by_characteristics_2021_2025_england.csv';
const ACC = 'dfe_la_care_leavers_accommodation_suitability_2021_2025.csv';
const ACT = 'dfe_la_care_leavers_activity_2021_2025.csv';
const SN = 'dfe_statistical_neighbours_2025.csv';
const POP = 'ons_mid_year_population_children_0_17_2012_2024.csv';
const RO3 = 'mhclg_ro3_2024_25_children_looked_after_spend_by_la.csv';
const ILACS = 'ofsted_la_inspection_outcomes_31mar2025.csv';
const LAIT = 'dfe_lait_data_dictionary_2026.csv';
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
    file: CHAR,
    mutate: onLine(/,"c","[^"]*"\r?\n?$/, setField(headerOf(CHAR), 'number', 'C')),
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
    file: CHAR,
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

  // The files for every council's profile (care leavers, population, RO3, neighbours, ILACS, LAIT).
  {
    name: 'characteristics: a year outside 2021-2025',
    file: CHAR,
    mutate: onLine(/^2025,"Local authority".*"E06000059"/, (l) => l.replace(/^2025,/, '2031,')),
    column: 'time_period',
    message: /year 2031 is outside the years this file covers \(2021 to 2025\)/,
  },
  {
    name: 'characteristics: an unknown cla_group',
    file: CHAR,
    mutate: onLine(/"Legal status"/, (l) => l.replace('"Legal status"', '"Legal basis"')),
    column: 'cla_group',
    message: /unknown cla_group "Legal basis"/,
  },
  {
    name: 'care leavers: wrong header (care_leaver_count misspelt)',
    file: ACT,
    mutate: (t) => ({ text: t.replace(',care_leaver_count,', ',care_leavers_count,') }),
    row: 1,
    column: 'care_leaver_count',
    message: /missing columns: "care_leaver_count"; unexpected columns: "care_leavers_count"/,
  },
  {
    name: 'care leavers: shifted columns (a field dropped mid-row, one added at the end)',
    file: ACC,
    mutate: onLine(/E06000059,19 to 21 years,Accommodation considered suitable/, (l) => l.replace(',England,', ',').replace(/(\r?\n)?$/, ',$1')),
    column: 'care_leaver_age',
    message: /unknown care_leaver_age "Accommodation considered suitable"/,
  },
  {
    name: 'care leavers: unknown symbol in the percentage',
    file: ACC,
    mutate: onLine(/E06000059,19 to 21 years,Accommodation considered suitable/, setField(headerOf(ACC), 'care_leaver_percent', 'xx')),
    column: 'care_leaver_percent',
    message: /unknown symbol "xx"/,
  },
  {
    name: 'population: negative estimate',
    file: POP,
    mutate: onLine(/^2024,.*E06000059/, setField(headerOf(POP), 'population_estimate', '-67149')),
    column: 'population_estimate',
    message: /negative number -67149/,
  },
  {
    name: 'population: text in the estimate',
    file: POP,
    mutate: onLine(/^2024,.*E06000059/, setField(headerOf(POP), 'population_estimate', 'about 67,000')),
    column: 'population_estimate',
    message: /text "about 67,000" in a number column/,
  },
  {
    name: 'population: council code not in the areas',
    file: POP,
    mutate: onLine(/^2024,.*E06000059/, (l) => l.replace('E06000059', 'E06000997')),
    column: 'new_la_code',
    message: /unknown council code "E06000997"/,
  },
  {
    name: 'population: a year before 2012',
    file: POP,
    mutate: onLine(/^2024,.*E06000059/, (l) => l.replace(/^2024,/, '2011,')),
    column: 'time_period',
    message: /year 2011 is outside the years this file covers \(2012 to 2024\)/,
  },
  {
    name: 'RO3: a £ sign in a £ thousands column',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, setField(headerOf(RO3), 'value_gbp_thousands', '£50037')),
    column: 'value_gbp_thousands',
    message: /has a currency sign/,
  },
  {
    name: 'RO3: a header saying the values are pounds',
    file: RO3,
    mutate: (t) => ({ text: t.replace(',value_gbp_thousands', ',value_gbp') }),
    row: 1,
    column: 'value_gbp',
    message: /the values are in pounds \("value_gbp"\), but RO3 is imported in £ thousands/,
  },
  {
    name: 'RO3: pounds with pence written where £ thousands are expected (more than 5 decimals)',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, setField(headerOf(RO3), 'value_gbp_thousands', '50037.000123456')),
    column: 'value_gbp_thousands',
    message: /finer than a penny in £ thousands/,
  },
  {
    name: 'RO3: thousands separators',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, setField(headerOf(RO3), 'value_gbp_thousands', '50,037')),
    column: 'value_gbp_thousands',
    message: /has thousands separators/,
  },
  {
    name: 'RO3: an unknown note',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, setField(headerOf(RO3), 'notes', '[note 9]')),
    column: 'notes',
    message: /unknown note "\[note 9\]"/,
  },
  {
    name: 'RO3: an unknown symbol in place of a figure',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, setField(headerOf(RO3), 'value_gbp_thousands', '[z]')),
    column: 'value_gbp_thousands',
    message: /unknown symbol "\[z\]"/,
  },
  {
    name: 'RO3: an ONS code not in the areas',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, (l) => l.replace('E06000059', 'E06000996')),
    column: 'ons_code',
    message: /unknown council code "E06000996"/,
  },
  {
    name: 'RO3: negative total expenditure',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, setField(headerOf(RO3), 'value_gbp_thousands', '-50037')),
    column: 'value_gbp_thousands',
    message: /negative total_expenditure -50037/,
  },
  {
    name: 'RO3: a duplicated row',
    file: RO3,
    mutate: (t) => {
      const lines = split(t);
      const i = lines.findIndex((l) => l.includes('E06000059,Dorset UA,UA,,cla_fostering_services,total_income'));
      lines.splice(i + 1, 0, lines[i]);
      return { text: lines.join(''), row: i + 2 };
    },
    column: 'value_gbp_thousands',
    message: /duplicate row: looked-after-fostering-income for E06000059/,
  },
  {
    name: 'RO3: a financial year the file does not cover',
    file: RO3,
    mutate: onLine(/E06000059,Dorset UA,UA,,cla_total,total_expenditure,/, (l) => l.replace(/^2024-25,/, '2025-26,')),
    column: 'time_period',
    message: /year 2025-26 is not the year this file covers \(2024-25\)/,
  },
  {
    name: 'neighbours: missing neighbour code',
    file: SN,
    mutate: onLine(/^838,Dorset,/, setField(headerOf(SN), 'SN_3', '')),
    column: 'SN_3',
    message: /missing neighbour code/,
  },
  {
    name: 'neighbours: neighbour code unknown',
    file: SN,
    mutate: onLine(/^838,Dorset,/, setField(headerOf(SN), 'SN_2', '999')),
    column: 'SN_2',
    message: /unknown neighbour code 999/,
  },
  {
    name: 'neighbours: closeness value unknown',
    file: SN,
    mutate: onLine(/^838,Dorset,/, setField(headerOf(SN), 'SN_1P', 'Quite close')),
    column: 'SN_1P',
    message: /unknown closeness "Quite close"/,
  },
  {
    name: 'neighbours: a council named twice',
    file: SN,
    mutate: (t) => {
      const lines = split(t);
      const i = lines.findIndex((l) => l.startsWith('838,Dorset,'));
      lines.splice(i + 1, 0, lines[i]);
      return { text: lines.join(''), row: i + 2 };
    },
    column: 'old_la_code',
    message: /duplicate row: council 838 is already in row/,
  },
  {
    name: 'neighbours: a council that is not in the areas',
    file: SN,
    mutate: onLine(/^838,Dorset,/, setField(headerOf(SN), 'old_la_code', '998')),
    column: 'old_la_code',
    message: /unknown council code 998/,
  },
  {
    name: 'inspections: judgement unknown',
    file: ILACS,
    mutate: onLine(/^E06000059,/, setField(headerOf(ILACS), 'Overall effectiveness', 'Very good')),
    column: 'Overall effectiveness',
    message: /unknown judgement "Very good"/,
  },
  {
    name: 'inspections: date malformed (DD/MM/YYYY)',
    file: ILACS,
    mutate: onLine(/^E06000059,/, setField(headerOf(ILACS), 'Inspection date', '17/03/2025')),
    column: 'Inspection date',
    message: /"17\/03\/2025" is not a date written YYYY-MM-DD/,
  },
  {
    name: 'inspections: a date that does not exist',
    file: ILACS,
    mutate: onLine(/^E06000059,/, setField(headerOf(ILACS), 'Publication date', '2025-02-30')),
    column: 'Publication date',
    message: /"2025-02-30" is not a date written YYYY-MM-DD/,
  },
  {
    name: 'inspections: no care leavers judgement for an inspection from 2023',
    file: ILACS,
    mutate: onLine(/^E06000059,/, setField(headerOf(ILACS), 'The experiences and progress of care leavers', '')),
    column: 'The experiences and progress of care leavers',
    message: /no care leavers judgement/,
  },
  {
    name: 'inspections: council code not in the areas',
    file: ILACS,
    mutate: onLine(/^E06000059,/, (l) => l.replace('E06000059', 'E06000995')),
    column: 'Local authority area code',
    message: /unknown council code "E06000995"/,
  },
  {
    name: 'LAIT: unknown polarity',
    file: LAIT,
    mutate: (t) => {
      const i = t.indexOf('"Care Leavers - NEET (%)"');
      const j = t.indexOf('"Low"', i);
      return { text: `${t.slice(0, j)}"Lower"${t.slice(j + 5)}` };
    },
    column: 'Polarity',
    message: /unknown polarity "Lower"/,
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
