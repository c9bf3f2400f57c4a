/**
 * DfE's children's services statistical neighbours (2025 model): each council's 10 nearest
 * councils by DfE's three-digit code (old_la_code), with how close each is. Written to
 * neighbours.json by ONS code, joined through the areas' DfE numbers; order kept (nearest first).
 */
import { join } from 'node:path';
import { CLOSENESS, type StatisticalNeighbours } from '../../../src/data/schemas/official-import.ts';
import { readCsv } from '../csv.ts';
import { locator } from '../dfe.ts';
import { ImportError } from '../errors.ts';
import { SOURCES } from '../sources.ts';
import type { Ctx } from '../context.ts';

export const NEIGHBOURS_FILE = 'dfe_statistical_neighbours_2025.csv';
const N = 10;
const RANKS = Array.from({ length: N }, (_, i) => i + 1);
type Field = 'code' | 'name' | 'regionInd' | 'region' | `sn${number}` | `sn${number}p`;
const COLUMNS = Object.fromEntries([
  ['code', 'old_la_code'],
  ['name', 'la_name'],
  ['regionInd', 'region_ind'],
  ['region', 'region_name'],
  ...RANKS.flatMap((i) => [
    [`sn${i}`, `SN_${i}`],
    [`sn${i}p`, `SN_${i}P`],
  ]),
]) as Record<Field, string>;
const KNOWN: ReadonlySet<string> = new Set(CLOSENESS);

export function importNeighbours(ctx: Ctx): { neighbours: StatisticalNeighbours; rowsRead: Record<string, number> } {
  const csv = readCsv<Field>(join(ctx.dir, NEIGHBOURS_FILE), [{ name: 'DfE statistical neighbours (wide)', columns: COLUMNS }]);
  const { file } = csv;
  const byDfe = new Map(ctx.areas.list.filter((a) => a.level === 'council' && a.dfe).map((a) => [a.dfe!, a.code]));
  const council = (raw: string, row: number, column: string, what: string): string => {
    const s = raw.trim();
    if (s === '') throw new ImportError(file, `missing ${what} code`, { row, column });
    if (!/^\d{3}$/.test(s)) throw new ImportError(file, `"${s}" is not a three-digit DfE council number`, { row, column });
    const code = byDfe.get(s);
    if (!code) throw new ImportError(file, `unknown ${what} code ${s}: no council in the areas has this DfE number`, { row, column });
    return code;
  };
  const out: StatisticalNeighbours = { source: SOURCES.neighbours2025.id, neighbours: {}, locators: {} };
  const rowOf = new Map<string, number>();
  for (const r of csv.rows) {
    const code = council(r.get('code'), r.row, 'old_la_code', 'council');
    if (rowOf.has(code)) throw new ImportError(file, `duplicate row: council ${r.get('code').trim()} is already in row ${rowOf.get(code)}`, { row: r.row, column: 'old_la_code' });
    rowOf.set(code, r.row);
    const list = RANKS.map((i) => {
      const n = council(r.get(`sn${i}`), r.row, `SN_${i}`, 'neighbour');
      if (n === code) throw new ImportError(file, `the council is named as its own neighbour`, { row: r.row, column: `SN_${i}` });
      const closeness = r.get(`sn${i}p`).trim();
      if (!KNOWN.has(closeness)) throw new ImportError(file, `unknown closeness "${closeness}" (known: ${CLOSENESS.join(', ')})`, { row: r.row, column: `SN_${i}P` });
      return { code: n, closeness: closeness as (typeof CLOSENESS)[number] };
    });
    const seen = new Map<string, number>();
    list.forEach((x, i) => {
      if (seen.has(x.code)) throw new ImportError(file, `neighbour ${r.get(`sn${i + 1}`).trim()} is named twice (also SN_${seen.get(x.code)! + 1})`, { row: r.row, column: `SN_${i + 1}` });
      seen.set(x.code, i);
    });
    out.neighbours[code] = list;
    out.locators[code] = locator(file, r.row);
  }
  // Stable order: by council code.
  out.neighbours = Object.fromEntries(Object.entries(out.neighbours).sort(([a], [b]) => a.localeCompare(b)));
  out.locators = Object.fromEntries(Object.entries(out.locators).sort(([a], [b]) => a.localeCompare(b)));
  return { neighbours: out, rowsRead: { [file]: csv.rows.length } };
}
