/**
 * DfE's Local Authority Interactive Tool (LAIT) data dictionary: its Polarity column says, for
 * each LAIT measure, whether a higher value is better (High), a lower one (Low) or neither
 * ("-" or NA). An official measure gets a polarity only where it matches a LAIT measure named
 * below and that measure states High or Low; the LAIT name it came from is kept beside it.
 */
import { join } from 'node:path';
import type { Polarity } from '../../../src/data/schemas/measures.ts';
import { readCsv } from '../csv.ts';
import { ImportError } from '../errors.ts';
import type { Ctx } from '../context.ts';

export const LAIT_FILE = 'dfe_lait_data_dictionary_2026.csv';

/**
 * Official measure -> the LAIT measure that counts the same thing, by DfE's exact name. LAIT's
 * care leaver measures are for "former relevant" young people, aged 19 to 21.
 */
export const LAIT_MATCHES: Record<string, string> = {
  'children-looked-after': 'Number of Children looked after',
  'children-looked-after-rate': 'Children looked after rate per 10,000',
  'children-starting-care': 'Number of children who started to be looked after',
  'children-starting-care-rate': 'Rate of Children starting to be looked after each year',
  'children-leaving-care': 'Number of children who ceased to be looked after during the year',
  'children-leaving-care-rate': 'Rate of Children ceasing to be looked after each year',
  'three-placements-in-year': 'Placement 1 - Number of CLA with three or more placements',
  'three-placements-in-year-percent': 'Placement 1 - % CLA with three or more placements',
  'same-carer-two-years': 'Long Term Placement Stability (Num)',
  'same-carer-two-years-percent': 'Long Term Placement Stability (%)',
  'placed-foster-percent': '% of CLA in foster care',
  'placed-childrens-homes-percent': "% of CLA in secure homes and children's homes",
  'placed-supported-accommodation-percent': '% of CLA in independent and semi-independent living arrangements/supported accommodation',
  'placed-other-residential-percent': '% of CLA in other residential settings',
  'placed-other-percent': '% of CLA in other placements',
  'placed-with-parents-percent': '% of CLA placed with parents or other person with parental responsibility',
  'placed-outside-over-20-miles-percent': 'Children looked after placed more than 20 miles from home, outside LA Boundary (%)',
  uasc: 'Number of unaccompanied Asylum Seeking Children looked after',
  'uasc-percent': '% Children looked after who are unaccompanied Asylum Seeking Children',
  'care-leavers-19-21-suitable-accommodation': 'Leaving Care 3 - Number of former relevant young people who were in suitable accommodation',
  'care-leavers-19-21-suitable-accommodation-percent': 'Care Leavers - Suitable accommodation (%)',
  'care-leavers-19-21-eet': 'Leaving Care 2 - Number of former relevant young people who were in education, employment or training',
  'care-leavers-19-21-eet-percent': 'Care Leavers - Education, Employment & Training (EET) (%)',
  'care-leavers-19-21-higher-education': 'Leaving Care 4 - Number of former relevant young people who were in higher education',
  'care-leavers-19-21-higher-education-percent': 'Care Leavers - Higher Education (%)',
  'care-leavers-19-21-neet-percent': 'Care Leavers - NEET (%)',
};

const POLARITY: Record<string, Polarity | null> = { High: 'higher-is-better', Low: 'lower-is-better', '-': null, NA: null };

const COLUMNS = { code: 'Measure_code', topic: 'Topic', measure: 'Measure', polarity: 'Polarity' } as const;
const IGNORED = ['Chart_title', 'Measure_short', 'y_axis_name', 'state_funded_flag', 'Table_status', 'Description', 'Last Update', 'Next Update', 'Data Owner (DO) /Supplier and Contact Details', 'Methodology', 'Hyperlink(s)', 'dps', 'Year_Type', 'No_Quartile'];

/** Sets polarity on the registered measures DfE states one for; returns what was matched. */
export function applyLaitPolarity(ctx: Ctx): { matched: number; stated: number; rowsRead: Record<string, number> } {
  const csv = readCsv(join(ctx.dir, LAIT_FILE), [{ name: 'LAIT data dictionary', columns: COLUMNS, ignored: IGNORED }]);
  const { file } = csv;
  const byName = new Map<string, { row: number; polarity: Polarity | null }[]>();
  for (const r of csv.rows) {
    const raw = r.get('polarity').trim();
    if (!(raw in POLARITY)) throw new ImportError(file, `unknown polarity "${raw}" (known: High, Low, -, NA)`, { row: r.row, column: 'Polarity' });
    const name = r.get('measure').trim();
    if (!name) throw new ImportError(file, 'empty measure name', { row: r.row, column: 'Measure' });
    byName.set(name, [...(byName.get(name) ?? []), { row: r.row, polarity: POLARITY[raw] }]);
  }
  let matched = 0;
  let stated = 0;
  for (const [id, name] of Object.entries(LAIT_MATCHES)) {
    if (!ctx.measures.byId.has(id)) continue; // not in this folder's files (e.g. a South West-only folder)
    const hits = byName.get(name);
    if (!hits) throw new ImportError(file, `LAIT measure "${name}" (matched to the official measure ${id}) is not in the dictionary`, { column: 'Measure' });
    const polarities = new Set(hits.map((h) => h.polarity));
    if (polarities.size > 1) throw new ImportError(file, `LAIT measure "${name}" is listed ${hits.length} times with different polarities`, { row: hits[1].row, column: 'Polarity' });
    matched++;
    const p = hits[0].polarity;
    if (p) {
      ctx.measures.setPolarity(id, p, name);
      stated++;
    }
  }
  return { matched, stated, rowsRead: { [file]: csv.rows.length } };
}
