/**
 * Reads one council's data folder, validates every file against its schema and then across
 * files. Throws a DataError listing every problem; never returns partial data.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { COUNCIL_FILES, OBSERVATIONS_DIR, OPTIONAL_FILES, Observations, type ProseFile, type RawData } from './schemas/index.ts';
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

/** Reads and validates one JSON file; undefined (with issues recorded) when it is bad. */
export function readJsonFile<S extends z.ZodType>(full: string, shown: string, schema: S, issues: DataIssue[]): z.infer<S> | undefined {
  const json = parseJson(readFileSync(full, 'utf8'), shown, issues);
  if (json === undefined) return undefined;
  const result = schema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    let message = issue.message;
    if (!/received/i.test(message) && issue.code !== 'unrecognized_keys') {
      message += `, received ${describeInput((issue as { input?: unknown }).input)}`;
    }
    issues.push({ file: shown, path: jsonPath(issue.path), message });
  }
  return undefined;
}

export interface LoadOptions {
  /** Shown in messages instead of the absolute path, e.g. "data/councils/<slug>". */
  label?: string;
  /** Dates after this are "in the future" (defaults to now). */
  today?: Date;
}

export const folderLabel = (dir: string) => relative(process.cwd(), dir).replaceAll('\\', '/') || '.';

/** The council's own prose: a `content/` folder inside its data folder, else content/councils/<folder name>/. */
export function councilContentDir(dir: string): string {
  const inside = join(dir, 'content');
  return existsSync(inside) ? inside : join('content', 'councils', basename(dir));
}

/** Every MDX file of the council's prose, as written (none when it has no prose folder). */
export function loadProse(dir: string): ProseFile[] {
  const base = councilContentDir(dir);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: folderLabel(join(base, f)), text: readFileSync(join(base, f), 'utf8') }));
}

export function loadCouncilData(dir: string, opts: LoadOptions = {}): RawData {
  const label = opts.label ?? folderLabel(dir);
  const issues: DataIssue[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, { file, schema }] of Object.entries(COUNCIL_FILES)) {
    const full = join(dir, file);
    if (!existsSync(full)) issues.push({ file: `${label}/${file}`, path: '', message: 'is missing (expected a JSON file here)' });
    else out[key] = readJsonFile(full, `${label}/${file}`, schema, issues);
  }
  for (const [key, { file, schema }] of Object.entries(OPTIONAL_FILES)) {
    const full = join(dir, file);
    if (existsSync(full)) out[key] = readJsonFile(full, `${label}/${file}`, schema, issues);
  }
  const obsDir = join(dir, OBSERVATIONS_DIR);
  const names = existsSync(obsDir) ? readdirSync(obsDir).filter((f) => f.endsWith('.json')).sort() : [];
  if (!names.length) issues.push({ file: `${label}/${OBSERVATIONS_DIR}/`, path: '', message: 'is missing or empty (expected one JSON file of observations per source)' });
  out.observations = names.map((name) => {
    const file = `${OBSERVATIONS_DIR}/${name}`;
    return { file, rows: readJsonFile(join(dir, file), `${label}/${file}`, Observations, issues) ?? [] };
  });
  if (issues.length) throw new DataError(issues);
  out.prose = loadProse(dir);
  const data = out as RawData;
  const cross = crossCheck(data, label, opts.today ?? new Date());
  if (cross.length) throw new DataError(cross);
  return data;
}
