/**
 * Ofsted's outcomes of inspections of local authority children's services (ILACS) as at 31 March
 * 2025: each council's latest judgements with the inspection and publication dates, joined on
 * the ONS code. Written to inspections.json (judgements are words, not observations' numbers).
 * Inspections before January 2023 judged children in care and care leavers together, so the
 * care leavers judgement may be blank only for them.
 */
import { join } from 'node:path';
import type { Inspection } from '../../../src/data/schemas/official-import.ts';
import { IsoDate } from '../../../src/data/schemas/common.ts';
import { readCsv } from '../csv.ts';
import { locator } from '../dfe.ts';
import { ImportError } from '../errors.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx } from '../context.ts';

export const INSPECTIONS_FILE = 'ofsted_la_inspection_outcomes_31mar2025.csv';
export const INSPECTIONS_AS_AT = '2025-03-31';
/** The ILACS framework judged care leavers on their own from this day. */
const CARE_LEAVERS_JUDGED_FROM = '2023-01-01';

const COLUMNS = {
  code: 'Local authority area code',
  name: 'Local authority name',
  region: 'Ofsted region',
  inspected: 'Inspection date',
  published: 'Publication date',
  overall: 'Overall effectiveness',
  leaders: 'The impact of leaders on social work practice with children and families',
  helpAndProtection: 'The experiences and progress of children who need help and protection',
  childrenInCare: 'The experiences and progress of children in care',
  careLeavers: 'The experiences and progress of care leavers',
} as const;
type Field = keyof typeof COLUMNS;
const JUDGED: Record<string, Inspection['overall']> = {
  Outstanding: 'outstanding',
  Good: 'good',
  'Requires improvement to be good': 'requires-improvement',
  Inadequate: 'inadequate',
};

export function importInspections(ctx: Ctx): { inspections: Inspection[]; rowsRead: Record<string, number> } {
  const csv = readCsv<Field>(join(ctx.dir, INSPECTIONS_FILE), [{ name: 'Inspections_as_at_31_March sheet', columns: COLUMNS }]);
  const { file } = csv;
  const out: Inspection[] = [];
  const rowOf = new Map<string, number>();
  for (const r of csv.rows) {
    const at = (f: Field) => ({ row: r.row, column: COLUMNS[f] });
    const code = r.get('code').trim();
    const area = ctx.areas.byCode.get(code);
    if (!area || area.level !== 'council') throw new ImportError(file, `unknown council code "${code}"`, at('code'));
    if (rowOf.has(code)) throw new ImportError(file, `duplicate row: council ${code} is already in row ${rowOf.get(code)}`, at('code'));
    rowOf.set(code, r.row);
    const date = (f: 'inspected' | 'published') => {
      const s = r.get(f).trim();
      if (!IsoDate.safeParse(s).success) throw new ImportError(file, `"${s}" is not a date written YYYY-MM-DD`, at(f));
      return s;
    };
    const inspected = date('inspected');
    const published = date('published');
    if (inspected > INSPECTIONS_AS_AT) throw new ImportError(file, `inspected ${inspected}, after the day the list describes (${INSPECTIONS_AS_AT})`, at('inspected'));
    if (published < inspected) throw new ImportError(file, `published ${published}, before the inspection (${inspected})`, at('published'));
    const judgement = (f: Field) => {
      const s = r.get(f).trim();
      const j = JUDGED[s];
      if (!j) throw new ImportError(file, `unknown judgement "${s}" (known: ${Object.keys(JUDGED).join(', ')})`, at(f));
      return j;
    };
    const leavers = r.get('careLeavers').trim();
    if (leavers === '' && inspected >= CARE_LEAVERS_JUDGED_FROM) throw new ImportError(file, `no care leavers judgement, but inspections from ${CARE_LEAVERS_JUDGED_FROM} judge care leavers`, at('careLeavers'));
    out.push({
      area: code,
      inspected,
      published,
      overall: judgement('overall'),
      leaders: judgement('leaders'),
      helpAndProtection: judgement('helpAndProtection'),
      childrenInCare: judgement('childrenInCare'),
      ...(leavers === '' ? {} : { careLeavers: judgement('careLeavers') }),
      asAt: INSPECTIONS_AS_AT,
      source: SOURCES.ilacs2025.id,
      locator: locator(file, r.row),
    });
  }
  out.sort((a, b) => a.area.localeCompare(b.area));
  return { inspections: out, rowsRead: { [file]: csv.rows.length } };
}
