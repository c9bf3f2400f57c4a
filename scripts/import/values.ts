/** Published cells: a number, or one of DfE's symbols kept as the symbol (never read as 0). */
import { DFE_SYMBOLS, type DfeSymbol } from '../../src/data/schemas/common.ts';
import { ImportError } from './errors.ts';
import type { CsvRow } from './csv.ts';

export type Cell = number | DfeSymbol;

export interface CellOptions {
  /** Negative numbers allowed (net gain). */
  signed?: boolean;
  /** Only whole numbers (counts). */
  integer?: boolean;
}

const SYMBOLS: ReadonlySet<string> = new Set(DFE_SYMBOLS);

export function parseCell(raw: string, file: string, row: number, column: string, opts: CellOptions = {}): Cell {
  const s = raw.trim();
  if (s === '') throw new ImportError(file, 'empty cell where a number or a DfE symbol is expected', { row, column });
  if (SYMBOLS.has(s)) return s as DfeSymbol;
  if (!/^-?\d+(\.\d+)?$/.test(s)) {
    if (/^[a-z]{1,4}$/i.test(s)) throw new ImportError(file, `unknown symbol "${s}" (known: ${DFE_SYMBOLS.join(', ')})`, { row, column });
    throw new ImportError(file, `text "${s.slice(0, 40)}" in a number column`, { row, column });
  }
  const n = Number(s);
  if (n < 0 && !opts.signed) throw new ImportError(file, `negative number ${s} where only counts, rates or percentages are expected`, { row, column });
  if (opts.integer && !Number.isInteger(n)) throw new ImportError(file, `${s} is not a whole number`, { row, column });
  return n;
}

export function cell<K extends string>(r: CsvRow<K>, file: string, field: K, opts?: CellOptions): Cell {
  return parseCell(r.get(field), file, r.row, r.column(field), opts);
}

/** A whole number in an Ofsted column (places), where blank means "not given". */
export function optionalCount(raw: string, file: string, row: number, column: string): number | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  if (!/^\d+$/.test(s)) throw new ImportError(file, `"${s.slice(0, 40)}" is not a whole number`, { row, column });
  return Number(s);
}
