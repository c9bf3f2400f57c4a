/**
 * MHCLG's RO3 social care outturn for 2024-25: spending on children looked after (and all
 * children's social care) by council and England, in £ thousands as MHCLG prints them, written
 * here in pounds (the digits shifted, never rounded). Joined on ons_code; MHCLG's council names
 * ("Dorset UA") are not used. MHCLG's marks are kept: "[x]" (not available) as the symbol x,
 * "M" (return not received in time, England total estimated) and "[note 4]" (the council could
 * not split the figure; MHCLG allocated the England split) as notes on the observations.
 */
import { join } from 'node:path';
import { readCsv } from '../csv.ts';
import { Collector, type Obs } from '../collect.ts';
import { locator } from '../dfe.ts';
import { ENGLAND } from '../areas.ts';
import { ImportError } from '../errors.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx, DatasetOutput } from '../context.ts';

export const RO3_FILE = 'mhclg_ro3_2024_25_children_looked_after_spend_by_la.csv';
const YEAR = '2024-25';
const AS_AT = '2025-03-31';
const VALUE = 'value_gbp_thousands';

const COLUMNS = { year: 'time_period', eCode: 'e_code', code: 'ons_code', name: 'la_name', cls: 'class', notes: 'notes', line: 'service_line', measure: 'measure' } as const;
const THOUSANDS = { name: '£ thousands', columns: { ...COLUMNS, value: VALUE } };
/** Layouts with the values in pounds: recognised only to be refused in plain words. */
const POUNDS = ['value_gbp', 'value_gbp_pounds', 'value_pounds'].map((c) => ({ name: `pounds (${c})`, columns: { ...COLUMNS, value: c } }));

/** MHCLG's class of authority; "Eng" is England. The class totals (e_code "[Y]") are not areas. */
const CLASSES = new Set(['UA', 'MD', 'LB', 'SC', 'Eng']);
const CLASS_TOTALS = new Set(['E06', 'E08', 'E09', 'E10']);

const LINES: Record<string, { slug: string; words: string }> = {
  cla_total: { slug: 'looked-after', words: 'children looked after (all of RO3 lines 7 to 13)' },
  cla_residential_care: { slug: 'looked-after-residential', words: 'residential care for children looked after' },
  cla_fostering_services: { slug: 'looked-after-fostering', words: 'fostering services for children looked after' },
  cla_uasc: { slug: 'looked-after-uasc', words: 'unaccompanied asylum-seeking children looked after' },
  cla_other: { slug: 'looked-after-other', words: 'other services for children looked after' },
  childrens_social_care_total: { slug: 'childrens-social-care', words: "all children's social care" },
};
const MEASURES: Record<string, { slug: string; label: string; words: string; signed: boolean }> = {
  total_expenditure: { slug: 'expenditure', label: 'Spending', words: 'Total expenditure (RO3 column C3)', signed: false },
  total_income: { slug: 'income', label: 'Income', words: 'Total income (RO3 column C6), such as fees and grants received', signed: true },
  net_current_expenditure: { slug: 'net-expenditure', label: 'Net spending', words: 'Net current expenditure (RO3 column C7): expenditure less income', signed: true },
};
const NOTES: Record<string, string> = {
  M: 'MHCLG marks this council M: its return was not received in time, and MHCLG estimated its figures in the England total.',
  '[note 4]': "MHCLG's note 4: the council could not split its spending on children looked after by service line, so MHCLG allocated a split from other metropolitan districts for the England total.",
};
const NOT_AVAILABLE = 'MHCLG marks this [x]: not available.';
const NOT_SPLIT = "MHCLG gives [note 4] instead of a figure: the council did not split this spending out.";

/** "50037" or "38966.94" (£ thousands) -> pounds, by moving the decimal point (no float rounding). */
export function thousandsToPounds(s: string): number {
  const neg = s.startsWith('-');
  const [whole, frac = ''] = (neg ? s.slice(1) : s).split('.');
  const digits = `${whole}${frac.padEnd(3, '0').slice(0, 3)}`.replace(/^0+(?=\d)/, '');
  const rest = frac.slice(3);
  const n = Number(rest ? `${digits}.${rest}` : digits);
  return neg && n !== 0 ? -n : n;
}

export function importSpending(ctx: Ctx): DatasetOutput {
  const csv = readCsv(join(ctx.dir, RO3_FILE), [THOUSANDS, ...POUNDS]);
  const { file } = csv;
  if (csv.layout.name !== THOUSANDS.name) {
    throw new ImportError(file, `the values are in pounds ("${csv.layout.columns.value}"), but RO3 is imported in £ thousands ("${VALUE}")`, { row: 1, column: csv.layout.columns.value });
  }
  const source = SOURCES.ro3Spending2025.id;
  const col = new Collector(file);
  for (const r of csv.rows) {
    const at = (field: keyof typeof THOUSANDS.columns) => ({ row: r.row, column: THOUSANDS.columns[field] });
    const year = r.get('year').trim();
    if (!/^\d{4}-\d{2}$/.test(year)) throw new ImportError(file, `"${year}" is not a financial year such as ${YEAR}`, at('year'));
    if (year !== YEAR) throw new ImportError(file, `year ${year} is not the year this file covers (${YEAR})`, at('year'));
    const cls = r.get('cls').trim();
    if (!CLASSES.has(cls)) throw new ImportError(file, `unknown class of authority "${cls}" (known: ${[...CLASSES].join(', ')})`, at('cls'));
    const code = r.get('code').trim();
    if (r.get('eCode').trim() === '[Y]' && CLASS_TOTALS.has(code)) continue; // the total of a class of authority
    const area = ctx.areas.byCode.get(code);
    if (!area || (area.level !== 'council' && code !== ENGLAND)) throw new ImportError(file, `unknown council code "${code}"`, at('code'));
    if ((cls === 'Eng') !== (code === ENGLAND)) throw new ImportError(file, `class "${cls}" does not go with ${code}`, at('cls'));
    const line = LINES[r.get('line').trim()];
    if (!line) throw new ImportError(file, `unknown service line "${r.get('line')}" (known: ${Object.keys(LINES).join(', ')})`, at('line'));
    const m = MEASURES[r.get('measure').trim()];
    if (!m) throw new ImportError(file, `unknown measure "${r.get('measure')}" (known: ${Object.keys(MEASURES).join(', ')})`, at('measure'));
    const mark = r.get('notes').trim();
    if (mark && !NOTES[mark]) throw new ImportError(file, `unknown note "${mark}" (known: ${Object.keys(NOTES).join(', ')})`, at('notes'));

    const raw = r.get('value').trim();
    const notes = mark ? [NOTES[mark]] : [];
    let value: number | 'x';
    if (raw === '[x]') {
      value = 'x';
      notes.push(NOT_AVAILABLE);
    } else if (raw === '[note 4]') {
      if (mark !== '[note 4]') throw new ImportError(file, `"[note 4]" in place of a figure, but the notes column says "${mark}"`, at('value'));
      value = 'x';
      notes.push(NOT_SPLIT);
    } else if (raw === '') {
      throw new ImportError(file, 'empty cell where a figure in £ thousands, [x] or [note 4] is expected', at('value'));
    } else if (/[£$€]/.test(raw)) {
      throw new ImportError(file, `"${raw}" has a currency sign: this column holds plain numbers in £ thousands`, at('value'));
    } else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) {
      throw new ImportError(file, `"${raw}" has thousands separators: this column holds plain numbers in £ thousands`, at('value'));
    } else if (/^-?\d+\.\d{6,}$/.test(raw)) {
      throw new ImportError(file, `"${raw}" is finer than a penny in £ thousands (more than 5 decimals): the values look like pounds, not £ thousands`, at('value'));
    } else if (/^-?\d+(\.\d{1,5})?$/.test(raw)) {
      value = thousandsToPounds(raw);
      if (value < 0 && !m.signed) throw new ImportError(file, `negative ${r.get('measure')} ${raw}`, at('value'));
    } else if (/^\[[^\]]*\]$/.test(raw) || /^[a-z]{1,4}$/i.test(raw)) {
      throw new ImportError(file, `unknown symbol "${raw}" (known: [x], [note 4])`, at('value'));
    } else {
      throw new ImportError(file, `text "${raw.slice(0, 40)}" in a number column`, at('value'));
    }
    const id = `${line.slug}-${m.slug}`;
    ctx.measures.add({
      id,
      label: `${m.label} on ${line.words.replace(/ \(.*\)$/, '')}`,
      unit: 'gbp',
      topic: 'context',
      definition: `${m.words} on ${line.words}, in the financial year to 31 March, from the council's RO3 revenue outturn return to MHCLG. MHCLG publishes it in £ thousands; shown here in pounds.`,
    });
    col.add({ measure: id, area: code, period: `financial year ${YEAR}`, value, ...(notes.length ? { note: notes.join(' ') } : {}), source, locator: locator(file, r.row), asAt: AS_AT } as Obs, r.row, VALUE);
  }
  return { id: 'spending', observations: col.items, rowsRead: { [file]: csv.rows.length } };
}
