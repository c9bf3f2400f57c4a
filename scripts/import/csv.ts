/**
 * Reads an official CSV file with csv-parse (quoted fields such as "Bristol, City of", BOM
 * stripped) and checks its layout against one of the column maps a dataset accepts.
 * Row numbers are file line numbers: the header is row 1, the first data row is row 2.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ImportError } from './errors.ts';

/** One accepted layout: canonical field name -> column name in the file. */
export interface Layout<K extends string> {
  /** e.g. "2024 release": named in messages and kept for provenance. */
  name: string;
  columns: Record<K, string>;
  /** Columns that may be present and are ignored. */
  ignored?: readonly string[];
}

export interface CsvRow<K extends string> {
  /** Line number in the file (header = 1). */
  row: number;
  get(field: K): string;
  /** The column name in the file for a canonical field (for messages). */
  column(field: K): string;
}

export interface CsvFile<K extends string> {
  file: string;
  layout: Layout<K>;
  rows: CsvRow<K>[];
}

const BOM = '\uFEFF';

export function readCsv<K extends string>(path: string, layouts: readonly Layout<K>[]): CsvFile<K> {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ImportError(file, `cannot read the file (${(e as Error).message})`);
  }
  const firstColumn = (Object.values(layouts[0].columns) as string[])[0];
  if (text.replace(BOM, '').trim() === '') throw new ImportError(file, 'the file is empty: expected a header row', { row: 1, column: firstColumn });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (e) {
    const err = e as Error & { lines?: number; index?: number };
    let column: string | undefined;
    try {
      const head = (parse(text, { bom: true, to_line: 1 }) as string[][])[0];
      column = err.index !== undefined ? head?.[err.index] : undefined;
    } catch {
      column = undefined;
    }
    throw new ImportError(file, `not valid CSV: ${err.message}`, { row: err.lines, column: column ?? `field ${(err.index ?? 0) + 1}` });
  }
  const header = records[0].record;
  header.forEach((h, i) => {
    if (h.includes(BOM)) throw new ImportError(file, `a byte-order mark is inside the header (column ${i + 1})`, { row: 1, column: h.replaceAll(BOM, '') });
  });
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) throw new ImportError(file, 'the header names this column twice', { row: 1, column: h });
    seen.add(h);
  }
  // Pick the layout that fits exactly; otherwise report against the nearest one.
  let best: { layout: Layout<K>; missing: string[]; unexpected: string[] } | undefined;
  for (const layout of layouts) {
    const wanted = Object.values(layout.columns) as string[];
    const allowed = new Set([...wanted, ...(layout.ignored ?? [])]);
    const missing = wanted.filter((c) => !seen.has(c));
    const unexpected = header.filter((c) => !allowed.has(c));
    if (!best || missing.length + unexpected.length < best.missing.length + best.unexpected.length) best = { layout, missing, unexpected };
  }
  if (!best) throw new Error('readCsv needs at least one layout');
  if (best.missing.length || best.unexpected.length) {
    const names = layouts.map((l) => l.name).join(' or ');
    throw new ImportError(
      file,
      `unexpected layout (compared with the ${best.layout.name} layout; accepted: ${names}): ` +
        `missing columns: ${best.missing.map((c) => `"${c}"`).join(', ') || 'none'}; ` +
        `unexpected columns: ${best.unexpected.map((c) => `"${c}"`).join(', ') || 'none'}`,
      { row: 1, column: best.missing[0] ?? best.unexpected[0] },
    );
  }
  const layout = best.layout;
  const index = new Map(header.map((h, i) => [h, i]));
  const rows: CsvRow<K>[] = [];
  for (const { record, info } of records.slice(1)) {
    const row = info.lines;
    if (record.length !== header.length) {
      const col = header[Math.min(record.length, header.length - 1)];
      throw new ImportError(file, `the row has ${record.length} fields but the header has ${header.length} (truncated or extra fields)`, { row, column: col });
    }
    rows.push({
      row,
      get: (field) => record[index.get(layout.columns[field])!],
      column: (field) => layout.columns[field],
    });
  }
  if (rows.length === 0) throw new ImportError(file, 'the file has a header but no data rows', { row: 2, column: header[0] });
  return { file, layout, rows };
}
