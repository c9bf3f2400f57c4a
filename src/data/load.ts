/**
 * Reads one authority's data folder, validates every file against its schema and then
 * across files. Throws a DataError listing every problem; never returns partial data.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_FILES, type DataKey, type RawData } from './schemas/index.ts';
import { DataError, jsonPath, type DataIssue } from './data-error.ts';
import { crossCheck } from './cross-check.ts';

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  const s = JSON.stringify(input);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** Parse JSON, reporting the line and column of a syntax error. */
function parseJson(text: string, file: string, issues: DataIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    issues.push({ file, path: '', message: `is not valid JSON${where}: ${msg}` });
    return undefined;
  }
}

export interface LoadOptions {
  /** Shown in messages instead of the absolute path, e.g. "data/dorset". */
  label?: string;
  /** Dates after this are "in the future" (defaults to now). */
  today?: Date;
}

export function loadAuthorityData(dir: string, opts: LoadOptions = {}): RawData {
  const label = opts.label ?? relative(process.cwd(), dir).replaceAll('\\', '/');
  const issues: DataIssue[] = [];
  const out: Partial<Record<DataKey, unknown>> = {};
  for (const [key, { file, schema }] of Object.entries(DATA_FILES) as [DataKey, (typeof DATA_FILES)[DataKey]][]) {
    const shown = `${label}/${file}`;
    const full = join(dir, file);
    if (!existsSync(full)) {
      issues.push({ file: shown, path: '', message: 'is missing (expected a JSON file here)' });
      continue;
    }
    const json = parseJson(readFileSync(full, 'utf8'), shown, issues);
    if (json === undefined) continue;
    const result = schema.safeParse(json, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        let message = issue.message;
        if (!/received/i.test(message) && issue.code !== 'unrecognized_keys') {
          message += `, received ${describeInput((issue as { input?: unknown }).input)}`;
        }
        issues.push({ file: shown, path: jsonPath(issue.path), message });
      }
      continue;
    }
    out[key] = result.data;
  }
  if (issues.length) throw new DataError(issues);
  const data = out as RawData;
  const cross = crossCheck(data, label, opts.today ?? new Date());
  if (cross.length) throw new DataError(cross);
  return data;
}
